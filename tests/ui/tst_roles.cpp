// What each role sees: sections, settings parts, and the Temporary Holding warning at sign-in.
#include "UiTest.h"

#include "ui/backoffice/BackOfficeWidget.h"
#include "ui/checkout/CheckoutWidget.h"
#include "ui/common/Session.h"
#include "ui/history/CustomerHistoryWidget.h"
#include "ui/shell/HoldingWarningDialog.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/SectionBar.h"
#include "ui/shell/SessionStatusBar.h"
#include "ui/shell/SettingsDialog.h"

#include "batches/BatchService.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace astro;
using namespace astro::test;

class TestRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }
    void cleanup()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog*>(w))
                w->close();
    }

    void cashierSeesOnlyCheckout()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.cashier();
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));

        QCOMPARE(window.availableSections(), QList<QWidget*>{window.checkout()});
        QVERIFY(window.sectionBar()->buttonFor(window.checkout())->isVisible());
        QVERIFY(!window.sectionBar()->buttonFor(window.history())->isVisible());
        window.showSection(window.history());
        QCOMPARE(window.currentSection(), window.checkout());
        // A cashier gets no Temporary Holding dialog, only the status bar warning.
        QVERIFY(!window.holdingWarning());
        QVERIFY(window.sessionStatusBar()->heldWarningShown());

        window.openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        QVERIFY(!settings->storeGroup()->isVisible());
        QVERIFY(settings->languageBox()->isVisible());
        QVERIFY(settings->idleBox()->isVisible());
        QVERIFY(settings->burstBox()->isVisible());
        // Where the store's file lives is not a cashier's business.
        for (auto* label : settings->findChildren<QLabel*>())
            QVERIFY2(!label->isVisible() || !label->text().contains(ts.path()),
                     qPrintable(label->text()));
        for (auto* field : settings->findChildren<QLineEdit*>())
            QVERIFY2(!field->isVisible() || !field->text().contains(ts.path()),
                     qPrintable(field->text()));
        settings->reject();
    }

    void managerSeesHistoryAndStoreSettings()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.manager();
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));

        QCOMPARE(window.availableSections(), (QList<QWidget*>{window.checkout(), window.history(),
                                                              (QWidget*)window.backOffice()}));
        // The back office shows a Manager every page but Users (an Admin's).
        QCOMPARE(window.backOffice()->availablePages().size(), 8);
        QVERIFY(window.sectionBar()->buttonFor(window.history())->isVisible());
        QCOMPARE(window.sectionBar()->buttonFor(window.history())->text(),
                 QStringLiteral("Customer history"));
        if (auto* warning = window.holdingWarning())
            warning->close();
        QTest::mouseClick(window.sectionBar()->buttonFor(window.history()), Qt::LeftButton);
        QCOMPARE(window.currentSection(), window.history());

        window.openSettings();
        auto* settings = openDialog<ui::SettingsDialog>();
        QVERIFY(settings);
        QVERIFY(settings->storeGroup()->isVisible());
        QVERIFY(settings->cadenceBox()->isVisible());
        bool pathShown = false;
        for (auto* field : settings->findChildren<QLineEdit*>())
            pathShown = pathShown || (field->isVisible() && field->text() == ts.path());
        QVERIFY(pathShown);
        QCOMPARE(settings->locationBox()->count(), 2);
        QCOMPARE(settings->locationBox()->currentData().toString(), QStringLiteral("LOC-A"));

        // A new location and a monthly batch cadence, saved through the engine.
        settings->locationBox()->setCurrentIndex(settings->locationBox()->findData("LOC-B"));
        settings->cadenceBox()->setCurrentIndex(settings->cadenceBox()->findData("monthly"));
        settings->idleBox()->setValue(9);
        settings->accept();
        QVERIFY2(!settings->isVisible(), qPrintable(settings->errorText()));
        QCOMPARE(window.session().locationId(), QStringLiteral("LOC-B"));
        QCOMPARE(window.session().actor().locationId, QStringLiteral("LOC-B"));
        QCOMPARE(ts->setting(QStringLiteral("counter_location")).value(), QStringLiteral("LOC-B"));
        QCOMPARE(ts->batches().cadence().value(), BatchCadence::Monthly);
        QVERIFY(window.sessionStatusBar()->locationText().contains(QStringLiteral("Buffalo")));
        QCOMPARE(window.idleWatcher()->timeout(), 9 * 60 * 1000);
        // Buffalo has nothing in Temporary Holding.
        QVERIFY(!window.sessionStatusBar()->heldWarningShown());
    }

    void holdingWarningAtManagerSignIn()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.manager();
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));

        auto* warning = openDialog<ui::HoldingWarningDialog>();
        QVERIFY(warning);
        QCOMPARE(warning->programs(), QStringList{QStringLiteral("Program PRG-HOLD")});
        QVERIFY(window.sessionStatusBar()->heldWarningShown());
        QCOMPARE(window.sessionStatusBar()->heldText(),
                 QStringLiteral("1 program in Temporary Holding"));
        warning->accept();
        QTRY_VERIFY(!openDialog<ui::HoldingWarningDialog>());

        // Unlocking as the same user does not nag again; another Manager or Admin is told.
        window.lock();
        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));
        QVERIFY(!openDialog<ui::HoldingWarningDialog>());
    }

    void adminWithoutHeldProgramsGetsNoWarning()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts, QStringLiteral("LOC-B"));
        ts.admin();
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Admin"), QStringLiteral("1234"));
        QVERIFY(!window.isLocked());
        QVERIFY(!openDialog<ui::HoldingWarningDialog>());
        QVERIFY(!window.sessionStatusBar()->heldWarningShown());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
