#include "Driver.h"

#include "ui/common/Language.h"
#include "ui/common/Theme.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInWidget.h"
#include "ui/shell/UserListModel.h"

#include "store/Store.h"
#include "users/UserStore.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>
#include <cstdio>

using namespace astro;

namespace guibench {

namespace {

struct KnownUser
{
    const char* name;
    const char* pin;
    Role role;
};

// tests/bench/Generator.cpp (createUsers) and the demo store (README.md).
constexpr std::array knownUsers{KnownUser{"Bench Cashier 1", "2460", Role::Cashier},
                                KnownUser{"Sam Tremblay", "3333", Role::Cashier},
                                KnownUser{"Bench Admin", "90210", Role::Admin},
                                KnownUser{"Alex Martin", "1111", Role::Admin}};

QtMessageHandler defaultHandler = nullptr;

// The offscreen platform says this for every dialog and window the app sizes: noise here.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")) ||
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (defaultHandler)
        defaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

std::optional<Credentials> userFor(Store& store, Role role, const Credentials& override)
{
    if (!override.name.isEmpty())
        return override;
    for (const KnownUser& known : knownUsers) {
        if (known.role != role)
            continue;
        auto user = store.users().byName(QString::fromUtf8(known.name));
        if (user && user->has_value() && (*user)->active && (*user)->role == role)
            return Credentials{(*user)->name, QString::fromLatin1(known.pin)};
    }
    return std::nullopt;
}

void quietPlatformNoise()
{
    defaultHandler = qInstallMessageHandler(quietOffscreen);
}

void prepareApplication(QApplication& app, const QTemporaryDir& settings)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Astro Loyalty GUI Bench"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    astro::ui::Language::apply(QStringLiteral("en"));
    astro::ui::Theme::apply(app);
}

bool signIn(ui::MainWindow& window, const Credentials& user, QString& why)
{
    ui::SignInWidget* signIn = window.signInWidget();
    auto* model = qobject_cast<ui::UserListModel*>(signIn->userList()->model());
    const int row = model ? model->rowOfName(user.name) : -1;
    if (row < 0) {
        why = QStringLiteral("“%1” is not in the sign-in list").arg(user.name);
        return false;
    }
    signIn->userList()->setCurrentIndex(model->index(row));
    signIn->pinField()->clear();
    QTest::keyClicks(signIn->pinField(), user.pin);
    QTest::keyClick(signIn->pinField(), Qt::Key_Return);
    QCoreApplication::processEvents();
    if (window.isLocked()) {
        why = QStringLiteral("signing in as “%1” failed: %2").arg(user.name, signIn->errorText());
        return false;
    }
    // The conflicts list opens once the holding warning is closed: close both, in turn.
    waitUntil(
        [&] {
            bool open = false;
            for (QDialog* d : {window.holdingWarning(), window.syncConflictsDialog()})
                if (d && d->isVisible()) {
                    d->close();
                    open = true;
                }
            return !open;
        },
        2000);
    QCoreApplication::processEvents();
    return true;
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(500);
    }
    return true;
}

void settleAndPaint(QWidget& window)
{
    QCoreApplication::processEvents();
    window.repaint();
}

void showAtBenchSize(QWidget& window)
{
    window.resize(windowWidth, windowHeight);
    window.show();
    settleAndPaint(window);
}

} // namespace guibench
