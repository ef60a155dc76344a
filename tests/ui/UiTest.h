#pragma once

// Helpers shared by the GUI tests: settings kept out of the user's, signing in through the
// real sign-in screen, and finding the dialog a screen opened.

#include "TestStore.h"

#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInWidget.h"
#include "ui/shell/UserListModel.h"

#include "engine/VisitService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace astro::test {

// QSettings of this test process live in a temporary folder and start empty.
inline void isolateSettings(const QTemporaryDir& dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Astro Loyalty Tests"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

// The counter of the small catalog's Toronto location.
inline void useLocation(TestStore& ts, const QString& location = QStringLiteral("LOC-A"))
{
    const Status set = ts->setSetting(QStringLiteral("counter_location"), location);
    if (!set.ok())
        qFatal("cannot set the location: %s", qPrintable(set.error().message));
}

// Picks `name` in the sign-in list and types the PIN, then Enter.
inline void typeSignIn(ui::MainWindow& window, const QString& name, const QString& pin)
{
    ui::SignInWidget* signIn = window.signInWidget();
    auto* model = qobject_cast<ui::UserListModel*>(signIn->userList()->model());
    QVERIFY(model);
    const int row = model->rowOfName(name);
    QVERIFY2(row >= 0, qPrintable(name));
    signIn->userList()->setCurrentIndex(model->index(row));
    signIn->pinField()->clear();
    QTest::keyClicks(signIn->pinField(), pin);
    QTest::keyClick(signIn->pinField(), Qt::Key_Return);
    // Let the layouts catch up with the sections the new user may see.
    QCoreApplication::processEvents();
}

// A scan of one small-catalog product.
inline ScanLine item(const char* name, int quantity = 1)
{
    ScanLine line;
    line.code = upc(name);
    line.quantity = quantity;
    return line;
}

// The visible dialog of type T, if one is open.
template <typename T> T* openDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
            return d;
    return nullptr;
}

// Clicks the action button an ActionButtonDelegate draws in a cell.
inline void clickCellButton(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace astro::test
