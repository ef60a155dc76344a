#include "TestStore.h"

#include "common/Text.h"
#include "users/SignInLockout.h"
#include "users/UserStore.h"

#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

const QString cashierName = QStringLiteral("Test Cashier");
const QString location = QStringLiteral("LOC-A");

Result<Actor> signIn(TestStore& t, const QString& name, const QString& pin)
{
    return t->users().authenticate(name, pin, location);
}

// `n` wrong PINs for `name`; the message of the last one.
QString wrongPins(TestStore& t, const QString& name, int n)
{
    QString last;
    for (int i = 0; i < n; ++i) {
        auto refused = signIn(t, name, QStringLiteral("9999"));
        if (refused.ok())
            return QStringLiteral("accepted");
        last = refused.error().message;
    }
    return last;
}

std::vector<AuditEntry> auditOf(TestStore& t, const QString& field)
{
    AuditFilter filter;
    filter.fields = {field};
    auto entries = t->auditLog().entries(filter);
    return entries ? *entries : std::vector<AuditEntry>();
}

} // namespace

class TestLockout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockLengthDoublesUpToADay()
    {
        QCOMPARE(SignInLockout::lockSeconds(1), qint64(5 * 60));
        QCOMPARE(SignInLockout::lockSeconds(2), qint64(10 * 60));
        QCOMPARE(SignInLockout::lockSeconds(3), qint64(20 * 60));
        QCOMPARE(SignInLockout::lockSeconds(9), qint64(1280 * 60));
        QCOMPARE(SignInLockout::lockSeconds(10), qint64(24 * 60 * 60));
        QCOMPARE(SignInLockout::lockSeconds(1000), qint64(24 * 60 * 60));
    }

    void fiveWrongPinsLockEvenTheRightOne()
    {
        TestStore t;
        t.cashier();
        QCOMPARE(wrongPins(t, cashierName, 4), QStringLiteral("Wrong name or PIN."));
        const QDateTime until = t->now().addSecs(5 * 60);
        QCOMPARE(wrongPins(t, cashierName, 1), SignInLockout::lockedMessage(cashierName, until));

        auto right = signIn(t, cashierName, QStringLiteral("1234"));
        QVERIFY(!right.ok());
        QCOMPARE(right.error().code, ErrorCode::Forbidden);
        QCOMPARE(right.error().message, SignInLockout::lockedMessage(cashierName, until));
        QVERIFY(right.error().message.contains(
            QLocale().toString(until.toLocalTime(), QLocale::ShortFormat)));
        // The same lock whatever the case or spaces the name is typed with.
        QVERIFY(!signIn(t, QStringLiteral(" test cashier "), QStringLiteral("1234")).ok());

        t.clock().advance(5 * 60 - 1);
        QVERIFY(!signIn(t, cashierName, QStringLiteral("1234")).ok());
        t.clock().advance(1);
        ASTRO_VERIFY_OK(signIn(t, cashierName, QStringLiteral("1234")));
    }

    void lockoutsDoubleUntilTheRightPin()
    {
        TestStore t;
        t.cashier();
        for (const int minutes : {5, 10, 20, 40}) {
            const QDateTime until = t->now().addSecs(minutes * 60);
            QCOMPARE(wrongPins(t, cashierName, 5),
                     SignInLockout::lockedMessage(cashierName, until));
            t.clock().advance(minutes * 60);
        }
        // The right PIN starts the count again: the next lockout is a short one.
        ASTRO_VERIFY_OK(signIn(t, cashierName, QStringLiteral("1234")));
        QCOMPARE(wrongPins(t, cashierName, 4), QStringLiteral("Wrong name or PIN."));
        ASTRO_VERIFY_OK(signIn(t, cashierName, QStringLiteral("1234")));
        QCOMPARE(wrongPins(t, cashierName, 5),
                 SignInLockout::lockedMessage(cashierName, t->now().addSecs(5 * 60)));
    }

    void unknownNameLocksTheSameWay()
    {
        // Whether a name exists is not told by the lockout either.
        TestStore t;
        t.cashier();
        const QString nobody = QStringLiteral("Nobody Here");
        QCOMPARE(wrongPins(t, nobody, 4), QStringLiteral("Wrong name or PIN."));
        QCOMPARE(wrongPins(t, nobody, 1),
                 SignInLockout::lockedMessage(nobody, t->now().addSecs(5 * 60)));
        QCOMPARE(wrongPins(t, nobody, 1),
                 SignInLockout::lockedMessage(nobody, t->now().addSecs(5 * 60)));
    }

    void lockSurvivesARestart()
    {
        TestStore t;
        t.cashier();
        wrongPins(t, cashierName, 5);
        auto reopened = Store::open(t.path(), t->clock());
        ASTRO_VERIFY_OK(reopened);
        auto refused =
            (*reopened)->users().authenticate(cashierName, QStringLiteral("1234"), location);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message,
                 SignInLockout::lockedMessage(cashierName, t->now().addSecs(5 * 60)));
    }

    void adminUnlocks()
    {
        TestStore t;
        const Actor admin = t.admin();
        const Actor cashier = t.cashier();
        const Actor manager = t.manager();
        wrongPins(t, cashierName, 5);
        TAKE(until, t->users().lockedUntil(cashier.userId));
        QCOMPARE(until, std::optional<QDateTime>(t->now().addSecs(5 * 60)));

        auto refused = t->users().unlock(manager, cashier.userId);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);

        ASTRO_VERIFY_OK(t->users().unlock(admin, cashier.userId));
        TAKE(after, t->users().lockedUntil(cashier.userId));
        QVERIFY(!after.has_value());
        ASTRO_VERIFY_OK(signIn(t, cashierName, QStringLiteral("1234")));

        const auto unlocks = auditOf(t, QStringLiteral("lockout"));
        QCOMPARE(unlocks.size(), std::size_t(2));
        QCOMPARE(unlocks.front().newValue, QStringLiteral("unlocked"));
        QCOMPARE(unlocks.front().userName, admin.userName);
        QCOMPARE(unlocks.front().subject, QStringLiteral("user:Test Cashier"));
    }

    void failuresAndLockoutsAreAudited()
    {
        TestStore t;
        t.cashier();
        wrongPins(t, cashierName, 5);
        QVERIFY(!signIn(t, cashierName, QStringLiteral("1234")).ok());

        const auto signIns = auditOf(t, QStringLiteral("sign_in"));
        QCOMPARE(signIns.size(), std::size_t(6));
        int wrong = 0;
        int locked = 0;
        for (const AuditEntry& e : signIns) {
            QCOMPARE(e.subject, QStringLiteral("user:Test Cashier"));
            QCOMPARE(e.locationId, location);
            wrong += e.newValue == QLatin1String("wrong_pin");
            locked += e.newValue == QLatin1String("locked");
            // Never the PIN typed.
            QVERIFY(!e.newValue.contains(QLatin1String("9999")));
        }
        QCOMPARE(wrong, 5);
        QCOMPARE(locked, 1);
        const auto lockouts = auditOf(t, QStringLiteral("lockout"));
        QCOMPARE(lockouts.size(), std::size_t(1));
        QCOMPARE(lockouts.front().newValue, text::isoUtc(t->now().addSecs(5 * 60)));
    }

    void rightPinWithNoFailuresWritesNothing()
    {
        TestStore t;
        t.cashier();
        ASTRO_VERIFY_OK(signIn(t, cashierName, QStringLiteral("1234")));
        TAKE(rows, t->db().scalar(QStringLiteral("SELECT count(*) FROM sign_in_failures")));
        QCOMPARE(rows.toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLockout)
#include "tst_lockout.moc"
