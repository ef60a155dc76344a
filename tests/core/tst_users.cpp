#include "TestStore.h"

#include "domain/Permissions.h"
#include "users/PinHasher.h"
#include "users/UserStore.h"

#include <QJsonDocument>
#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

const QString wrongNameOrPin = QStringLiteral("Wrong name or PIN.");

std::vector<AuditEntry> auditFor(TestStore& t, const QString& text)
{
    AuditFilter filter;
    filter.text = text;
    auto entries = t->auditLog().entries(filter);
    return entries ? *entries : std::vector<AuditEntry>();
}

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinHashIsSalted()
    {
        const PinHash a = PinHasher::hash(QStringLiteral("1234"), 1000);
        const PinHash b = PinHasher::hash(QStringLiteral("1234"), 1000);
        QCOMPARE(a.salt.size(), 16);
        QCOMPARE(a.hash.size(), 32);
        QCOMPARE(a.iterations, 1000);
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.hash != b.hash);
        QVERIFY(!a.hash.contains("1234"));
        QVERIFY(PinHasher::verify(QStringLiteral("1234"), a));
        QVERIFY(PinHasher::verify(QStringLiteral("1234"), b));
    }

    void pinVerify()
    {
        const PinHash h = PinHasher::hash(QStringLiteral("20261116"), 1000);
        QVERIFY(PinHasher::verify(QStringLiteral("20261116"), h));
        QVERIFY(!PinHasher::verify(QStringLiteral("20261117"), h));
        QVERIFY(!PinHasher::verify(QStringLiteral("2026111"), h));
        QVERIFY(!PinHasher::verify(QString(), h));
        PinHash otherSalt = h;
        otherSalt.salt[0] = char(otherSalt.salt[0] ^ 1);
        QVERIFY(!PinHasher::verify(QStringLiteral("20261116"), otherSalt));
        PinHash fewerRounds = h;
        fewerRounds.iterations = 999;
        QVERIFY(!PinHasher::verify(QStringLiteral("20261116"), fewerRounds));
        PinHash truncated = h;
        truncated.hash.chop(1);
        QVERIFY(!PinHasher::verify(QStringLiteral("20261116"), truncated));
    }

    void pinHashDefaultsToManyIterations()
    {
        const PinHash h = PinHasher::hash(QStringLiteral("4321"));
        QCOMPARE(h.iterations, PinHasher::defaultIterations);
        QVERIFY(PinHasher::defaultIterations >= 100000);
        QVERIFY(PinHasher::verify(QStringLiteral("4321"), h));
    }

    void pinsAreNotStoredInClear()
    {
        TestStore t;
        ASTRO_VERIFY_OK(t->users().add(Actor::system(), QStringLiteral("Alex"), Role::Admin,
                                       QStringLiteral("987654")));
        auto row = t->db().selectOne(
            QStringLiteral("SELECT pin_salt, pin_hash, pin_iterations FROM users WHERE name = ?"),
            {QStringLiteral("Alex")});
        ASTRO_VERIFY_OK(row);
        QVERIFY(row->has_value());
        const Row& r = **row;
        QVERIFY(!r[1].toByteArray().contains("987654"));
        QVERIFY(PinHasher::verify(QStringLiteral("987654"),
                                  PinHash{r[0].toByteArray(), r[1].toByteArray(), r[2].toInt()}));
    }

    void firstUserMustBeAdmin()
    {
        TestStore t;
        for (Role role : {Role::Cashier, Role::Manager}) {
            auto refused = t->users().add(Actor::system(), QStringLiteral("First"), role,
                                          QStringLiteral("1234"));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::Invalid);
            QVERIFY2(refused.error().message.contains(QStringLiteral("Admin")),
                     qPrintable(refused.error().message));
        }
        QCOMPARE(*t->users().count(), qint64(0));
        // Someone has to be first: no one is signed in yet, so anyone may add the first Admin.
        Actor nobody{0, QStringLiteral("setup"), Role::Cashier, {}};
        auto first = t->users().add(nobody, QStringLiteral("  Alex   Martin "), Role::Admin,
                                    QStringLiteral("1111"));
        ASTRO_VERIFY_OK(first);
        QCOMPARE(first->name, QStringLiteral("Alex Martin"));
        QCOMPARE(first->role, Role::Admin);
        QVERIFY(first->active);
        QCOMPARE(*t->users().count(), qint64(1));
        // The second user needs an Admin.
        auto second =
            t->users().add(nobody, QStringLiteral("Sam"), Role::Cashier, QStringLiteral("2222"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::Forbidden);
    }

    void addRefusesBadInput()
    {
        TestStore t;
        const Actor admin = t.admin();
        auto noName =
            t->users().add(admin, QStringLiteral("   "), Role::Cashier, QStringLiteral("1234"));
        QVERIFY(!noName.ok());
        QCOMPARE(noName.error().code, ErrorCode::Invalid);
        auto system =
            t->users().add(admin, QStringLiteral("Robot"), Role::System, QStringLiteral("1234"));
        QVERIFY(!system.ok());
        QCOMPARE(system.error().code, ErrorCode::Invalid);
        auto badPin =
            t->users().add(admin, QStringLiteral("Sam"), Role::Cashier, QStringLiteral("12"));
        QVERIFY(!badPin.ok());
        QCOMPARE(badPin.error().code, ErrorCode::Invalid);
        ASTRO_VERIFY_OK(
            t->users().add(admin, QStringLiteral("Sam"), Role::Cashier, QStringLiteral("1234")));
        auto duplicate =
            t->users().add(admin, QStringLiteral("sam"), Role::Cashier, QStringLiteral("5678"));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, ErrorCode::Conflict);
        QCOMPARE(*t->users().count(), qint64(2));
    }

    void authenticate()
    {
        TestStore t;
        const Actor admin = t.admin();
        ASTRO_VERIFY_OK(t->users().add(admin, QStringLiteral("Sam Tremblay"), Role::Cashier,
                                       QStringLiteral("3333")));
        auto signedIn = t->users().authenticate(QStringLiteral("Sam Tremblay"),
                                                QStringLiteral("3333"), QStringLiteral("LOC-B"));
        ASTRO_VERIFY_OK(signedIn);
        QCOMPARE(signedIn->userName, QStringLiteral("Sam Tremblay"));
        QCOMPARE(signedIn->role, Role::Cashier);
        QCOMPARE(signedIn->locationId, QStringLiteral("LOC-B"));
        QCOMPARE(signedIn->userId, (*t->users().byName(QStringLiteral("Sam Tremblay")))->id);

        auto adminIn = t->users().authenticate(QStringLiteral("Test Admin"), QStringLiteral("1234"),
                                               QStringLiteral("LOC-A"));
        ASTRO_VERIFY_OK(adminIn);
        QCOMPARE(adminIn->role, Role::Admin);
    }

    void wrongPinAndUnknownNameSayTheSame()
    {
        TestStore t;
        const Actor admin = t.admin();
        ASTRO_VERIFY_OK(
            t->users().add(admin, QStringLiteral("Sam"), Role::Cashier, QStringLiteral("3333")));
        auto wrongPin = t->users().authenticate(QStringLiteral("Sam"), QStringLiteral("3334"),
                                                QStringLiteral("LOC-A"));
        QVERIFY(!wrongPin.ok());
        QCOMPARE(wrongPin.error().code, ErrorCode::Forbidden);
        QCOMPARE(wrongPin.error().message, wrongNameOrPin);

        auto unknown = t->users().authenticate(QStringLiteral("Nobody"), QStringLiteral("3333"),
                                               QStringLiteral("LOC-A"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, wrongPin.error().code);
        QCOMPARE(unknown.error().message, wrongPin.error().message);

        auto empty =
            t->users().authenticate(QStringLiteral("Sam"), QString(), QStringLiteral("LOC-A"));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().message, wrongNameOrPin);
    }

    void disabledUserIsRefused()
    {
        TestStore t;
        const Actor admin = t.admin();
        const Actor cashier = t.cashier();
        ASTRO_VERIFY_OK(t->users().setActive(admin, cashier.userId, false));
        auto refused = t->users().authenticate(QStringLiteral("Test Cashier"),
                                               QStringLiteral("1234"), QStringLiteral("LOC-A"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        // A wrong PIN on a disabled user does not reveal that the user exists.
        auto wrong = t->users().authenticate(QStringLiteral("Test Cashier"), QStringLiteral("9999"),
                                             QStringLiteral("LOC-A"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().message, wrongNameOrPin);

        auto listed = t->users().list();
        ASTRO_VERIFY_OK(listed);
        QCOMPARE(listed->size(), std::size_t(1));
        auto all = t->users().list(true);
        ASTRO_VERIFY_OK(all);
        QCOMPARE(all->size(), std::size_t(2));

        ASTRO_VERIFY_OK(t->users().setActive(admin, cashier.userId, true));
        ASTRO_VERIFY_OK(t->users().authenticate(QStringLiteral("Test Cashier"),
                                                QStringLiteral("1234"), QStringLiteral("LOC-A")));
    }

    void onlyAdminManagesUsers_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("Manager") << int(Role::Manager);
        QTest::newRow("Cashier") << int(Role::Cashier);
    }

    void onlyAdminManagesUsers()
    {
        QFETCH(int, role);
        TestStore t;
        const Actor admin = t.admin();
        const Actor actor = Role(role) == Role::Manager ? t.manager() : t.cashier();
        auto other =
            t->users().add(admin, QStringLiteral("Jordan"), Role::Cashier, QStringLiteral("4444"));
        ASTRO_VERIFY_OK(other);
        const qint64 count = *t->users().count();

        auto add =
            t->users().add(actor, QStringLiteral("Eve"), Role::Admin, QStringLiteral("6666"));
        QVERIFY(!add.ok());
        QCOMPARE(add.error().code, ErrorCode::Forbidden);
        QCOMPARE(*t->users().count(), count);

        auto promote = t->users().setRole(actor, actor.userId, Role::Admin);
        QVERIFY(!promote.ok());
        QCOMPARE(promote.error().code, ErrorCode::Forbidden);
        auto demote = t->users().setRole(actor, admin.userId, Role::Cashier);
        QVERIFY(!demote.ok());
        QCOMPARE(demote.error().code, ErrorCode::Forbidden);
        auto disable = t->users().setActive(actor, other->id, false);
        QVERIFY(!disable.ok());
        QCOMPARE(disable.error().code, ErrorCode::Forbidden);
        auto resetOther = t->users().setPin(actor, other->id, QStringLiteral("0000"));
        QVERIFY(!resetOther.ok());
        QCOMPARE(resetOther.error().code, ErrorCode::Forbidden);

        // Nothing changed.
        QCOMPARE((*t->users().byName(actor.userName))->role, Role(role));
        QCOMPARE((*t->users().byName(QStringLiteral("Test Admin")))->role, Role::Admin);
        QVERIFY((*t->users().byName(QStringLiteral("Jordan")))->active);
        ASTRO_VERIFY_OK(t->users().authenticate(QStringLiteral("Jordan"), QStringLiteral("4444"),
                                                QStringLiteral("LOC-A")));

        // The Admin may do all of it.
        ASTRO_VERIFY_OK(t->users().setRole(admin, other->id, Role::Manager));
        QCOMPARE((*t->users().byName(QStringLiteral("Jordan")))->role, Role::Manager);
        ASTRO_VERIFY_OK(t->users().setActive(admin, other->id, false));
        QVERIFY(!(*t->users().byName(QStringLiteral("Jordan")))->active);
        ASTRO_VERIFY_OK(t->users().setPin(admin, other->id, QStringLiteral("0000")));
    }

    void userChangesOwnPin()
    {
        TestStore t;
        const Actor cashier = t.cashier();
        ASTRO_VERIFY_OK(t->users().setPin(cashier, cashier.userId, QStringLiteral("5678")));
        ASTRO_VERIFY_OK(t->users().authenticate(QStringLiteral("Test Cashier"),
                                                QStringLiteral("5678"), QStringLiteral("LOC-A")));
        auto old = t->users().authenticate(QStringLiteral("Test Cashier"), QStringLiteral("1234"),
                                           QStringLiteral("LOC-A"));
        QVERIFY(!old.ok());
        QCOMPARE(old.error().message, wrongNameOrPin);

        auto bad = t->users().setPin(cashier, cashier.userId, QStringLiteral("12"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Invalid);
        ASTRO_VERIFY_OK(t->users().authenticate(QStringLiteral("Test Cashier"),
                                                QStringLiteral("5678"), QStringLiteral("LOC-A")));
    }

    void pinValidation_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << "" << false;
        QTest::newRow("3 digits") << "123" << false;
        QTest::newRow("4 digits") << "1234" << true;
        QTest::newRow("6 digits") << "000000" << true;
        QTest::newRow("12 digits") << "123456789012" << true;
        QTest::newRow("13 digits") << "1234567890123" << false;
        QTest::newRow("letter") << "12a4" << false;
        QTest::newRow("leading space") << " 1234" << false;
        QTest::newRow("inner space") << "12 34" << false;
        QTest::newRow("dash") << "12-34" << false;
        QTest::newRow("sign") << "+1234" << false;
    }

    void pinValidation()
    {
        QFETCH(QString, pin);
        QFETCH(bool, valid);
        const Status s = UserStore::validatePin(pin);
        QCOMPARE(s.ok(), valid);
        if (!valid)
            QCOMPARE(s.error().code, ErrorCode::Invalid);

        // add and setPin apply the same rule.
        TestStore t;
        const Actor admin = t.admin();
        auto added = t->users().add(admin, QStringLiteral("Sam"), Role::Cashier, pin);
        QCOMPARE(added.ok(), valid);
        const Status reset = t->users().setPin(admin, admin.userId, pin);
        QCOMPARE(reset.ok(), valid);
    }

    void lastActiveAdminStays()
    {
        TestStore t;
        const Actor admin = t.admin();
        auto demote = t->users().setRole(admin, admin.userId, Role::Manager);
        QVERIFY(!demote.ok());
        QCOMPARE(demote.error().code, ErrorCode::Conflict);
        auto disable = t->users().setActive(admin, admin.userId, false);
        QVERIFY(!disable.ok());
        QCOMPARE(disable.error().code, ErrorCode::Conflict);
        QCOMPARE((*t->users().byName(QStringLiteral("Test Admin")))->role, Role::Admin);
        QVERIFY((*t->users().byName(QStringLiteral("Test Admin")))->active);

        // With a second Admin, the first may step down; then the second is the last one.
        auto second =
            t->users().add(admin, QStringLiteral("Alex"), Role::Admin, QStringLiteral("1111"));
        ASTRO_VERIFY_OK(second);
        ASTRO_VERIFY_OK(t->users().setRole(admin, admin.userId, Role::Manager));
        const Actor alex{second->id, second->name, Role::Admin, QStringLiteral("LOC-A")};
        auto lastDisable = t->users().setActive(alex, alex.userId, false);
        QVERIFY(!lastDisable.ok());
        QCOMPARE(lastDisable.error().code, ErrorCode::Conflict);
        auto lastDemote = t->users().setRole(alex, alex.userId, Role::Cashier);
        QVERIFY(!lastDemote.ok());
        QCOMPARE(lastDemote.error().code, ErrorCode::Conflict);
    }

    void disabledAdminsDoNotCount()
    {
        TestStore t;
        const Actor admin = t.admin();
        auto second =
            t->users().add(admin, QStringLiteral("Alex"), Role::Admin, QStringLiteral("1111"));
        ASTRO_VERIFY_OK(second);
        ASTRO_VERIFY_OK(t->users().setActive(admin, second->id, false));
        // Alex is an Admin, but disabled: Test Admin is the last active one.
        auto demote = t->users().setRole(admin, admin.userId, Role::Cashier);
        QVERIFY(!demote.ok());
        QCOMPARE(demote.error().code, ErrorCode::Conflict);
        auto disable = t->users().setActive(admin, admin.userId, false);
        QVERIFY(!disable.ok());
        QCOMPARE(disable.error().code, ErrorCode::Conflict);
        // Re-enabling Alex makes it possible again.
        ASTRO_VERIFY_OK(t->users().setActive(admin, second->id, true));
        ASTRO_VERIFY_OK(t->users().setRole(admin, admin.userId, Role::Cashier));
    }

    void auditEntriesAreWritten()
    {
        TestStore t;
        const Actor admin = t.admin();
        auto sam =
            t->users().add(admin, QStringLiteral("Sam"), Role::Cashier, QStringLiteral("3333"));
        ASTRO_VERIFY_OK(sam);
        t.clock().advance(60);
        ASTRO_VERIFY_OK(t->users().setRole(admin, sam->id, Role::Manager));
        t.clock().advance(60);
        ASTRO_VERIFY_OK(t->users().setActive(admin, sam->id, false));
        t.clock().advance(60);
        ASTRO_VERIFY_OK(t->users().setPin(admin, sam->id, QStringLiteral("97531")));

        const auto entries = auditFor(t, QStringLiteral("user:Sam"));
        QCOMPARE(entries.size(), std::size_t(4));
        // Newest first.
        QCOMPARE(entries[3].field, QStringLiteral("user"));
        QCOMPARE(entries[3].newValue, QStringLiteral("cashier"));
        QCOMPARE(entries[2].field, QStringLiteral("role"));
        QCOMPARE(entries[2].oldValue, QStringLiteral("cashier"));
        QCOMPARE(entries[2].newValue, QStringLiteral("manager"));
        QCOMPARE(entries[1].field, QStringLiteral("active"));
        QCOMPARE(entries[1].oldValue, QStringLiteral("yes"));
        QCOMPARE(entries[1].newValue, QStringLiteral("no"));
        QCOMPARE(entries[0].field, QStringLiteral("pin"));
        for (const AuditEntry& e : entries) {
            QCOMPARE(e.subject, QStringLiteral("user:Sam"));
            QCOMPARE(e.userName, QStringLiteral("Test Admin"));
            QVERIFY(!e.oldValue.contains(QStringLiteral("97531")));
            QVERIFY(!e.newValue.contains(QStringLiteral("97531")));
            QVERIFY(!e.newValue.contains(QStringLiteral("3333")));
        }
        QCOMPARE(entries[3].at, QDateTime(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC));
        QCOMPARE(entries[0].at, QDateTime(QDate(2026, 11, 16), QTime(15, 3), Qt::UTC));

        // The event log says the same, and never carries a PIN either.
        auto events = t->events().recent(100, QStringLiteral("user."));
        ASTRO_VERIFY_OK(events);
        int aboutSam = 0;
        for (const Event& e : *events) {
            const QString payload = QString::fromUtf8(QJsonDocument(e.payload).toJson());
            QVERIFY2(!payload.contains(QStringLiteral("97531")), qPrintable(payload));
            QVERIFY2(!payload.contains(QStringLiteral("3333")), qPrintable(payload));
            if (e.payload.value(QStringLiteral("user")).toString() == QLatin1String("Sam"))
                ++aboutSam;
        }
        QCOMPARE(aboutSam, 4);
    }

    void refusedChangesAreNotAudited()
    {
        TestStore t;
        const Actor admin = t.admin();
        const Actor cashier = t.cashier();
        const std::size_t before = auditFor(t, {}).size();
        QVERIFY(!t->users().setRole(cashier, admin.userId, Role::Cashier).ok());
        QVERIFY(!t->users().setRole(admin, admin.userId, Role::Cashier).ok());
        QVERIFY(!t->users().setPin(admin, cashier.userId, QStringLiteral("1")).ok());
        QCOMPARE(auditFor(t, {}).size(), before);
    }

    void permissionMatrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");

        const struct
        {
            Permission permission;
            const char* name;
            bool cashier;
            bool manager;
        } rows[] = {
            {Permission::CheckOut, "CheckOut", true, true},
            {Permission::UndoAfterVisit, "UndoAfterVisit", false, true},
            {Permission::MergeCustomers, "MergeCustomers", false, true},
            // domain.md §3: an exception is added only by an Admin.
            {Permission::AddException, "AddException", false, false},
            {Permission::ManageEnrollment, "ManageEnrollment", false, true},
            {Permission::ManageBatches, "ManageBatches", false, true},
            {Permission::ManageCredits, "ManageCredits", false, true},
            {Permission::ImportCatalog, "ImportCatalog", false, true},
            {Permission::ViewReports, "ViewReports", false, true},
            // Manager = Admin without user administration.
            {Permission::ManageUsers, "ManageUsers", false, false},
            {Permission::ManageSettings, "ManageSettings", false, true},
        };
        for (const auto& r : rows) {
            QTest::addRow("Cashier %s", r.name)
                << int(Role::Cashier) << int(r.permission) << r.cashier;
            QTest::addRow("Manager %s", r.name)
                << int(Role::Manager) << int(r.permission) << r.manager;
            QTest::addRow("Admin %s", r.name) << int(Role::Admin) << int(r.permission) << true;
            QTest::addRow("System %s", r.name) << int(Role::System) << int(r.permission) << true;
        }
    }

    void permissionMatrix()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows(Role(role), Permission(permission)), allowed);
        const Actor actor{7, QStringLiteral("Someone"), Role(role), QStringLiteral("LOC-A")};
        const Status checked = Permissions::check(actor, Permission(permission));
        QCOMPARE(checked.ok(), allowed);
        if (!allowed) {
            QCOMPARE(checked.error().code, ErrorCode::Forbidden);
            QVERIFY2(checked.error().message.contains(QStringLiteral("Someone")),
                     qPrintable(checked.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
