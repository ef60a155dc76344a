// Sign-in lockout on screen: the sign-in screen says until when a locked-out user must wait,
// even with the right PIN; an Admin unlocks them on the Users page, by keyboard.
#include "UiTest.h"

#include "ui/backoffice/UsersPage.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/shell/SignInWidget.h"
#include "ui/shell/UserListModel.h"

#include "users/SignInLockout.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace astro;
using namespace astro::test;
using namespace std::chrono_literals;

namespace {

const QString cashierName = QStringLiteral("Test Cashier");

void lockOut(TestStore& ts, const QString& name)
{
    for (int i = 0; i < SignInLockout::maxFailures; ++i)
        QVERIFY(!ts->users().authenticate(name, QStringLiteral("9999"), QStringLiteral("LOC-A")));
}

void typePin(ui::SignInWidget& signIn, const QString& name, const QString& pin)
{
    auto* model = qobject_cast<ui::UserListModel*>(signIn.userList()->model());
    QVERIFY(model);
    const int row = model->rowOfName(name);
    QVERIFY(row >= 0);
    signIn.userList()->setCurrentIndex(model->index(row));
    signIn.pinField()->clear();
    QTest::keyClicks(signIn.pinField(), pin);
    QTest::keyClick(signIn.pinField(), Qt::Key_Return);
}

} // namespace

class TestLockoutUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateSettings(m_settings); }

    void signInSaysUntilWhen()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ts.cashier();
        ui::Session session(ts.store());
        ui::SignInWidget signIn(session);
        signIn.throttle().setFirstDelay(1ms);
        signIn.prepare();
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));

        const QDateTime until = ts->now().addSecs(5 * 60);
        for (int i = 0; i < SignInLockout::maxFailures; ++i) {
            QTRY_VERIFY(signIn.pinField()->isEnabled());
            typePin(signIn, cashierName, QStringLiteral("9999"));
        }
        QCOMPARE(signIn.errorText(), SignInLockout::lockedMessage(cashierName, until));

        // The right PIN, while locked: still refused, with the same message.
        QTRY_VERIFY(signIn.pinField()->isEnabled());
        typePin(signIn, cashierName, QStringLiteral("1234"));
        QCOMPARE(signIn.errorText(), SignInLockout::lockedMessage(cashierName, until));
        QVERIFY(signIn.errorText().contains(QStringLiteral("locked until")));

        ts.clock().advance(5 * 60);
        QTRY_VERIFY(signIn.pinField()->isEnabled());
        QSignalSpy signedIn(&signIn, &ui::SignInWidget::signedIn);
        typePin(signIn, cashierName, QStringLiteral("1234"));
        QCOMPARE(signedIn.count(), 1);
        QVERIFY(signIn.errorText().isEmpty());
    }

    void adminUnlocksByKeyboard()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Actor cashier = ts.cashier();
        const Actor other = ts.manager();
        lockOut(ts, cashierName);
        PageFixture<ui::UsersPage> f(ts, ts.admin());
        ui::UsersPage& page = f.page;

        QVERIFY(page.selectUser(other.userName));
        QVERIFY(page.unlockButton()->isHidden());
        QVERIFY(page.lockNote()->isHidden());

        QVERIFY(page.selectUser(cashierName));
        QVERIFY(page.unlockButton()->isVisible());
        QVERIFY(page.unlockButton()->isEnabled());
        QVERIFY(page.lockNote()->isVisible());
        QVERIFY(page.lockNote()->text().contains(cashierName));
        QVERIFY(page.unlockButton()->focusPolicy() & Qt::TabFocus);

        // Alt+U, the button's shortcut, from the table.
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_U, Qt::AltModifier);
        // A shortcut "animates" the click: the button fires a moment later.
        QTRY_VERIFY(!ts->users().lockedUntil(cashier.userId).value().has_value());
        QVERIFY(page.unlockButton()->isHidden());
        QVERIFY(page.lockNote()->isHidden());
        QVERIFY(page.messageStrip()->text().contains(cashierName));
        ASTRO_VERIFY_OK(
            ts->users().authenticate(cashierName, QStringLiteral("1234"), QStringLiteral("LOC-A")));

        // The button itself takes Space when it has the focus.
        lockOut(ts, cashierName);
        page.refresh();
        QVERIFY(page.selectUser(cashierName));
        QVERIFY(page.unlockButton()->isEnabled());
        page.unlockButton()->setFocus();
        QTest::keyClick(page.unlockButton(), Qt::Key_Space);
        TAKE(again, ts->users().lockedUntil(cashier.userId));
        QVERIFY(!again.has_value());

        auto n = ts->db().scalar(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE field = 'lockout' AND new_value = 'unlocked'"));
        ASTRO_VERIFY_OK(n);
        QCOMPARE(n->toInt(), 2);
    }

    void managerHasNoUnlock()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ts.cashier();
        lockOut(ts, cashierName);
        PageFixture<ui::UsersPage> f(ts, ts.manager());
        QVERIFY(!f.page.unlockButton()->isEnabled());
        QVERIFY(f.page.unlockButton()->isHidden());
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestLockoutUi)
#include "tst_lockoutui.moc"
