// Sign-in, wrong PINs and their growing wait, the idle lock and switching users.
#include "UiTest.h"

#include "ui/checkout/CheckoutWidget.h"
#include "ui/common/CustomerLookup.h"
#include "ui/common/Session.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/SessionStatusBar.h"
#include "ui/shell/SignInThrottle.h"

#include <QListView>
#include <QPushButton>

using namespace astro;
using namespace astro::test;
using namespace std::chrono_literals;

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void throttleDoublesAfterThreeFailures()
    {
        ui::SignInThrottle throttle(3, 5s, 60s);
        throttle.failed();
        throttle.failed();
        QVERIFY(!throttle.mustWait());
        QCOMPARE(throttle.lastDelay(), 0ms);
        throttle.failed();
        QCOMPARE(throttle.lastDelay(), 5000ms);
        QVERIFY(throttle.mustWait());
        throttle.failed();
        QCOMPARE(throttle.lastDelay(), 10000ms);
        throttle.failed();
        QCOMPARE(throttle.lastDelay(), 20000ms);
        for (int i = 0; i < 5; ++i)
            throttle.failed();
        QCOMPARE(throttle.lastDelay(), 60000ms);
        throttle.succeeded();
        QVERIFY(!throttle.mustWait());
        QCOMPARE(throttle.failures(), 0);
    }

    void signInWithTheRightPin()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        useLocation(ts);
        ts.cashier();
        ui::MainWindow window(ts.store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isLocked());
        QCOMPARE(window.sessionStatusBar()->userText(), QStringLiteral("Nobody signed in"));

        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        QVERIFY(!window.isLocked());
        QVERIFY(window.session().isSignedIn());
        QCOMPARE(window.session().actor().userName, QStringLiteral("Test Cashier"));
        QCOMPARE(window.session().actor().locationId, QStringLiteral("LOC-A"));
        QCOMPARE(window.currentSection(), window.checkout());
        QVERIFY(window.sessionStatusBar()->userText().contains(QStringLiteral("Test Cashier")));
        QVERIFY(window.sessionStatusBar()->locationText().contains(QStringLiteral("Toronto")));
    }

    void wrongPinsMakeTheCounterWait()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        useLocation(ts);
        ts.cashier();
        ui::MainWindow window(ts.store());
        window.show();
        ui::SignInWidget* signIn = window.signInWidget();
        signIn->throttle().setFirstDelay(700ms);

        for (int i = 0; i < 2; ++i) {
            typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("9999"));
            QVERIFY(window.isLocked());
            QCOMPARE(signIn->errorText(), QStringLiteral("Wrong name or PIN."));
            QVERIFY(signIn->signInButton()->isEnabled());
            QVERIFY(signIn->countdownText().isEmpty());
        }
        // The third wrong PIN: a wait, with a countdown; the PIN field refuses input meanwhile.
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("9999"));
        QVERIFY(!signIn->signInButton()->isEnabled());
        QVERIFY(!signIn->pinField()->isEnabled());
        QVERIFY(signIn->countdownText().contains(QStringLiteral("Try again in 1 second")));
        signIn->pinField()->setText(QStringLiteral("1234"));
        signIn->attempt();
        QVERIFY(window.isLocked());

        QTRY_VERIFY_WITH_TIMEOUT(signIn->signInButton()->isEnabled(), 3000);
        QVERIFY(signIn->countdownText().isEmpty());
        // Each further failure doubles the wait.
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("9999"));
        QCOMPARE(signIn->throttle().lastDelay(), 1400ms);
        QTRY_VERIFY_WITH_TIMEOUT(signIn->signInButton()->isEnabled(), 4000);
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        QVERIFY(!window.isLocked());
        QCOMPARE(signIn->throttle().failures(), 0);
    }

    void idleLocksAndKeepsTheScreen()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.cashier();
        const qint64 customer = ts.addCustomer();
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        QVERIFY(!window.isLocked());
        QVERIFY(window.checkout()->chooseCustomer(customer));
        const qint64 visit = window.checkout()->visitId();
        QVERIFY(visit != 0);

        window.idleWatcher()->setTimeout(150);
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 2000);
        QVERIFY(!window.session().isSignedIn());
        // The visit is still there underneath, and the same user is preselected.
        QCOMPARE(window.checkout()->visitId(), visit);
        QCOMPARE(window.signInWidget()->userList()->currentIndex().data().toString(),
                 QStringLiteral("Test Cashier"));

        window.idleWatcher()->setTimeout(60 * 1000);
        QTest::keyClicks(window.signInWidget()->pinField(), QStringLiteral("1234"));
        QTest::keyClick(window.signInWidget()->pinField(), Qt::Key_Return);
        QVERIFY(!window.isLocked());
        QCOMPARE(window.checkout()->visitId(), visit);
        QCOMPARE(window.checkout()->customer()->id, customer);
    }

    void activityKeepsTheCounterOpen()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        useLocation(ts);
        ts.cashier();
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        window.idleWatcher()->setTimeout(400);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(100);
            QTest::keyClick(window.checkout()->lookup()->searchField(), Qt::Key_A);
        }
        QVERIFY(!window.isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 2000);
    }

    void switchUserWithoutClosing()
    {
        TestStore ts;
        ts.importCatalog(smallCatalog());
        ts.enrollDefaults();
        useLocation(ts);
        ts.cashier();
        ts.manager();
        ui::MainWindow window(ts.store());
        window.show();
        typeSignIn(window, QStringLiteral("Test Cashier"), QStringLiteral("1234"));
        QCOMPARE(window.availableSections().size(), 1);

        auto* switchButton = window.findChild<QPushButton*>(QStringLiteral("switchUserButton"));
        QVERIFY(switchButton);
        QTest::mouseClick(switchButton, Qt::LeftButton);
        QVERIFY(window.isLocked());
        QVERIFY(!window.signInWidget()->userList()->selectionModel()->hasSelection());

        typeSignIn(window, QStringLiteral("Test Manager"), QStringLiteral("1234"));
        QVERIFY(!window.isLocked());
        QCOMPARE(window.session().actor().role, Role::Manager);
        QCOMPARE(window.availableSections().size(), 3);
        QVERIFY(window.sessionStatusBar()->userText().contains(QStringLiteral("Test Manager")));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
