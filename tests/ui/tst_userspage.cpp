// Users page (Admins): add a user, reset a PIN and sign in with it, change a role, disable and
// enable — each confirmed and done by the engine (audit log and event); the last active Admin
// refused; a Manager cannot manage users.
#include "UiTest.h"

#include "ui/backoffice/UserAddDialog.h"
#include "ui/backoffice/UserPinDialog.h"
#include "ui/backoffice/UserRoleDialog.h"
#include "ui/backoffice/UserTableModel.h"
#include "ui/backoffice/UsersPage.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"

#include "storage/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace astro;
using namespace astro::test;

namespace {

// Answers the disable/enable question with its action button (or Cancel).
void confirm(bool yes)
{
    whenModal<QMessageBox>([yes](QMessageBox* box) {
        QCOMPARE(box->objectName(), QStringLiteral("userActiveConfirm"));
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == (yes ? QMessageBox::YesRole : QMessageBox::RejectRole)) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        QFAIL("no such button");
    });
}

User userNamed(TestStore& ts, const QString& name)
{
    auto found = ts->users().byName(name);
    if (!found || !found->has_value())
        qFatal("no user %s", qPrintable(name));
    return **found;
}

int auditCount(TestStore& ts, const QString& field)
{
    auto n = ts->db().scalar(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE subject LIKE 'user:%' AND field = ?"),
        {field});
    return n ? n->toInt() : -1;
}

// The user changes in the store's log.
qint64 userChanges(TestStore& ts)
{
    return eventCount(ts, QStringLiteral("user.changed"));
}

using Fixture = PageFixture<ui::UsersPage>;

} // namespace

class TestUsersPage : public QObject
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

    void addsAUser()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ts.cashier();
        Fixture f(ts, ts.admin());
        ui::UsersPage& page = f.page;
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.windowTitle(), QStringLiteral("Users"));
        QCOMPARE(page.model()->rowCount(), 2);
        const int events = userChanges(ts);
        const int audits = auditCount(ts, QStringLiteral("user"));

        // Two different PINs: the dialog says so and stays open; then a right one.
        bool sawMismatch = false;
        whenModal<ui::UserAddDialog>([&](ui::UserAddDialog* d) {
            d->nameField()->insert(QStringLiteral("Zoé Martin")); // keyClicks types ASCII only
            d->roleBox()->setCurrentIndex(d->roleBox()->findData(int(Role::Manager)));
            QTest::keyClicks(d->pinField(), QStringLiteral("4321"));
            QTest::keyClicks(d->confirmField(), QStringLiteral("4322"));
            QTest::mouseClick(d->addButton(), Qt::LeftButton);
            sawMismatch = d->isVisible() && !d->errorLabel()->text().isEmpty();
            d->confirmField()->clear();
            QTest::keyClicks(d->confirmField(), QStringLiteral("4321"));
            QTest::mouseClick(d->addButton(), Qt::LeftButton);
        });
        QTest::mouseClick(page.addButton(), Qt::LeftButton);
        QVERIFY(sawMismatch);
        QCOMPARE(page.model()->rowCount(), 3);
        const User added = userNamed(ts, QStringLiteral("Zoé Martin"));
        QCOMPARE(added.role, Role::Manager);
        QVERIFY(added.active);
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QVERIFY(ts->users().authenticate(QStringLiteral("Zoé Martin"), QStringLiteral("4321"),
                                         QStringLiteral("LOC-A")));
        QCOMPARE(userChanges(ts), events + 1);
        QCOMPARE(auditCount(ts, QStringLiteral("user")), audits + 1);

        // A name already taken: the engine's refusal, in the dialog.
        QString refusal;
        whenModal<ui::UserAddDialog>([&](ui::UserAddDialog* d) {
            d->nameField()->insert(QStringLiteral("zoé martin"));
            QTest::keyClicks(d->pinField(), QStringLiteral("5555"));
            QTest::keyClicks(d->confirmField(), QStringLiteral("5555"));
            QTest::mouseClick(d->addButton(), Qt::LeftButton);
            refusal = d->errorLabel()->text();
            d->reject();
        });
        QTest::mouseClick(page.addButton(), Qt::LeftButton);
        QVERIFY2(refusal.contains(QStringLiteral("already")), qPrintable(refusal));
        QCOMPARE(page.model()->rowCount(), 3);
    }

    void resetPinThenSignInWithIt()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Actor cashier = ts.cashier();
        Fixture f(ts, ts.admin());
        ui::UsersPage& page = f.page;
        QVERIFY(!page.pinButton()->isEnabled()); // nobody selected yet
        QVERIFY(page.selectUser(cashier.userName));
        QVERIFY(page.pinButton()->isEnabled());
        whenModal<ui::UserPinDialog>([](ui::UserPinDialog* d) {
            QTest::keyClicks(d->pinField(), QStringLiteral("908172"));
            QTest::keyClicks(d->confirmField(), QStringLiteral("908172"));
            QTest::mouseClick(d->setButton(), Qt::LeftButton);
        });
        QTest::mouseClick(page.pinButton(), Qt::LeftButton);
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Success);
        QVERIFY(ts->users().authenticate(cashier.userName, QStringLiteral("908172"),
                                         QStringLiteral("LOC-A")));
        QVERIFY(!ts->users().authenticate(cashier.userName, QStringLiteral("1234"),
                                          QStringLiteral("LOC-A")));
        QCOMPARE(auditCount(ts, QStringLiteral("pin")), 1);

        // Cancelled: nothing changes.
        whenModal<ui::UserPinDialog>([](ui::UserPinDialog* d) {
            QTest::keyClicks(d->pinField(), QStringLiteral("1111"));
            d->reject();
        });
        QTest::mouseClick(page.pinButton(), Qt::LeftButton);
        QVERIFY(ts->users().authenticate(cashier.userName, QStringLiteral("908172"),
                                         QStringLiteral("LOC-A")));
        QCOMPARE(auditCount(ts, QStringLiteral("pin")), 1);
    }

    void changesARole()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Actor cashier = ts.cashier();
        Fixture f(ts, ts.admin());
        ui::UsersPage& page = f.page;
        QVERIFY(page.selectUser(cashier.userName));
        whenModal<ui::UserRoleDialog>([](ui::UserRoleDialog* d) {
            QCOMPARE(d->roleBox()->currentData().toInt(), int(Role::Cashier));
            d->roleBox()->setCurrentIndex(d->roleBox()->findData(int(Role::Manager)));
            QTest::mouseClick(d->changeButton(), Qt::LeftButton);
        });
        QTest::mouseClick(page.roleButton(), Qt::LeftButton);
        QCOMPARE(userNamed(ts, cashier.userName).role, Role::Manager);
        const int row = page.model()->rowOfName(cashier.userName);
        QCOMPARE(page.model()->index(row, ui::UserTableModel::RoleColumn).data().toString(),
                 label(Role::Manager));
        QCOMPARE(auditCount(ts, QStringLiteral("role")), 1);
    }

    void disablesAndEnables()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Actor cashier = ts.cashier();
        Fixture f(ts, ts.admin());
        ui::UsersPage& page = f.page;
        QVERIFY(page.selectUser(cashier.userName));
        QCOMPARE(page.activeButton()->text(), QStringLiteral("Disable…"));

        confirm(false);
        QTest::mouseClick(page.activeButton(), Qt::LeftButton);
        QVERIFY(userNamed(ts, cashier.userName).active);

        confirm(true);
        QTest::mouseClick(page.activeButton(), Qt::LeftButton);
        QVERIFY(!userNamed(ts, cashier.userName).active);
        auto refused = ts->users().authenticate(cashier.userName, QStringLiteral("1234"),
                                                QStringLiteral("LOC-A"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("disabled")));
        const int row = page.model()->rowOfName(cashier.userName);
        QCOMPARE(page.model()->index(row, ui::UserTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Disabled"));
        QCOMPARE(page.activeButton()->text(), QStringLiteral("Enable…"));

        confirm(true);
        QTest::mouseClick(page.activeButton(), Qt::LeftButton);
        QVERIFY(userNamed(ts, cashier.userName).active);
        QCOMPARE(auditCount(ts, QStringLiteral("active")), 2);
    }

    void keepsTheLastAdmin()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        const Actor admin = ts.admin();
        ts.manager();
        Fixture f(ts, admin);
        ui::UsersPage& page = f.page;
        QVERIFY(page.selectUser(admin.userName));

        confirm(true);
        QTest::mouseClick(page.activeButton(), Qt::LeftButton);
        QCOMPARE(page.messageStrip()->kind(), ui::MessageStrip::Kind::Error);
        QVERIFY2(page.messageStrip()->text().contains(QStringLiteral("last Admin")),
                 qPrintable(page.messageStrip()->text()));
        QVERIFY(userNamed(ts, admin.userName).active);

        QString refusal;
        bool stayedOpen = false;
        whenModal<ui::UserRoleDialog>([&](ui::UserRoleDialog* d) {
            d->roleBox()->setCurrentIndex(d->roleBox()->findData(int(Role::Cashier)));
            QTest::mouseClick(d->changeButton(), Qt::LeftButton);
            refusal = d->errorLabel()->text();
            stayedOpen = d->isVisible();
            d->reject();
        });
        QTest::mouseClick(page.roleButton(), Qt::LeftButton);
        QVERIFY2(refusal.contains(QStringLiteral("last Admin")), qPrintable(refusal));
        QVERIFY(stayedOpen);
        QCOMPARE(userNamed(ts, admin.userName).role, Role::Admin);
        QCOMPARE(auditCount(ts, QStringLiteral("role")), 0);
        QCOMPARE(auditCount(ts, QStringLiteral("active")), 0);
    }

    void managerCannotManageUsers()
    {
        TestStore ts;
        ready(ts);
        useLocation(ts);
        ts.cashier();
        Fixture f(ts, ts.manager());
        ui::UsersPage& page = f.page;
        QCOMPARE(page.model()->rowCount(), 0);
        for (QPushButton* b :
             {page.addButton(), page.pinButton(), page.roleButton(), page.activeButton()})
            QVERIFY(!b->isEnabled());

        // Even reached another way, the engine refuses and the dialog says why.
        QString refusal;
        whenModal<ui::UserAddDialog>([&](ui::UserAddDialog* d) {
            QTest::keyClicks(d->nameField(), QStringLiteral("Sneaky"));
            QTest::keyClicks(d->pinField(), QStringLiteral("1111"));
            QTest::keyClicks(d->confirmField(), QStringLiteral("1111"));
            QTest::mouseClick(d->addButton(), Qt::LeftButton);
            refusal = d->errorLabel()->text();
            d->reject();
        });
        page.addUser();
        QVERIFY(!refusal.isEmpty());
        auto sneaky = ts->users().byName(QStringLiteral("Sneaky"));
        QVERIFY(sneaky && !sneaky->has_value());
    }

    // The demo store's users at a window's size; ASTRO_GRAB_DIR keeps a picture to look at.
    void demoStore()
    {
        TestStore ts;
        ts.loadDemo();
        Fixture f(ts, ts.admin());
        QVERIFY(f.page.model()->rowCount() > 1);
        QVERIFY(f.page.selectUser(QStringLiteral("Test Admin")));
        const QString dir = qEnvironmentVariable("ASTRO_GRAB_DIR");
        if (dir.isEmpty())
            return;
        QVERIFY(f.page.grab().save(QDir(dir).filePath(QStringLiteral("users.png"))));
        ui::UserAddDialog add(f.session, &f.page);
        add.show();
        QVERIFY(add.grab().save(QDir(dir).filePath(QStringLiteral("users-add.png"))));
    }

private:
    QTemporaryDir m_settings;
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
