// A damaged store is marked, and from then on every connection to it refuses to write, with a
// message that says so and the way back; reads go on. A full check that finds the store whole
// lifts the mark; a restore sets it aside with the replaced store.
#include "TestStore.h"
#include "backup/Backup.h"
#include "backup/Restore.h"
#include "customers/CustomerStore.h"
#include "storage/DamageMark.h"
#include "storage/Database.h"

#include <QtTest>

using namespace astro;
using astro::test::TestStore;

namespace {

CustomerInput someone(const QString& phone)
{
    return CustomerInput{QStringLiteral("Anne"), QStringLiteral("Roy"), phone, {}};
}

qint64 customers(Store& store)
{
    return store.db().scalar(QStringLiteral("SELECT count(*) FROM customers"))->toLongLong();
}

} // namespace

class TestDamageMark : public QObject
{
    Q_OBJECT

private slots:
    void aMarkedStoreRefusesEveryWriteAndStillReads()
    {
        TestStore ts;
        ts.loadDemo();
        const qint64 before = customers(ts.store());
        auto second = Store::open(ts.path()); // another connection: the sync's, the bridge's
        QVERIFY(second);

        DamageMark::set(ts.path(), QStringLiteral("page 12: btree damaged"));
        QCOMPARE(DamageMark::problem(ts.path()), QStringLiteral("page 12: btree damaged"));
        QCOMPARE(test::fileMode(DamageMark::pathFor(ts.path())), 0600);
        for (Store* store : {&ts.store(), second->get()}) {
            auto added = store->customers().add(Actor::system(), someone("4165550001"));
            QVERIFY(!added);
            QVERIFY2(added.error().message.contains(QStringLiteral("read-only")) &&
                         added.error().message.contains(ts.path()),
                     qPrintable(added.error().message));
            // A write outside a transaction too.
            auto set = store->setSetting(QStringLiteral("counter_note"), QStringLiteral("x"));
            QVERIFY(!set);
            QVERIFY(set.error().message.contains(QStringLiteral("read-only")));
            QCOMPARE(customers(*store), before);
        }
        // Reads go on: the customer list, their history.
        auto found = ts->customers().find(QStringLiteral("Martin"), 10);
        QVERIFY2(found, found ? "" : qPrintable(found.error().message));

        DamageMark::clear(ts.path());
        ASTRO_VERIFY_OK(ts->customers().add(Actor::system(), someone("4165550002")));
        QCOMPARE(customers(ts.store()), before + 1);
    }

    // A write that meets a damaged page fails, and marks the store: the next write, even one
    // that touches only whole pages, is refused before anything is recorded.
    void aWriteThatMeetsDamageMarksTheStore()
    {
        TestStore ts;
        ts.loadDemo();
        ts.close();
        test::damageTable(ts.path(), QStringLiteral("events")); // every change appends one
        auto store = Store::open(ts.path());
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QVERIFY(DamageMark::problem(ts.path()).isEmpty());
        auto added = (*store)->customers().add(Actor::system(), someone("4165550003"));
        QVERIFY(!added);
        QVERIFY(!DamageMark::problem(ts.path()).isEmpty());
        const qint64 before = customers(**store);
        auto set = (*store)->setSetting(QStringLiteral("counter_note"), QStringLiteral("x"));
        QVERIFY(!set);
        QVERIFY2(set.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(set.error().message));
        QCOMPARE(customers(**store), before);
    }

    void theCheckMarksADamagedStoreAndLiftsTheMarkOnceWhole()
    {
        TestStore ts;
        ts.loadDemo();
        TAKE(whole, ts->db().checkIntegrity());
        QCOMPARE(whole, QString());
        QVERIFY(DamageMark::problem(ts.path()).isEmpty());

        // Marked by mistake (or the file put right by support): the full check lifts it.
        DamageMark::set(ts.path(), QStringLiteral("was damaged"));
        TAKE(again, ts->db().checkIntegrity());
        QCOMPARE(again, QString());
        QVERIFY(DamageMark::problem(ts.path()).isEmpty());
        ASTRO_VERIFY_OK(ts->customers().add(Actor::system(), someone("4165550004")));

        ts.close();
        test::damageTable(ts.path(), QStringLiteral("punches"));
        auto store = Store::open(ts.path());
        QVERIFY(store);
        auto found = (*store)->db().checkIntegrity();
        const QString problem = found ? *found : found.error().message;
        QVERIFY(!problem.isEmpty());
        QVERIFY(!DamageMark::problem(ts.path()).isEmpty());
    }

    void aRestoreSetsTheMarkAsideWithTheReplacedStore()
    {
        TestStore ts;
        ts.loadDemo();
        const BackupFile backup = ts.backUp();
        ts.close();
        test::damageTable(ts.path(), QStringLiteral("punches"));
        DamageMark::set(ts.path(), QStringLiteral("punches damaged"));
        auto report = Restore::run(ts.path(), backup.path, QDateTime::currentDateTimeUtc());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY(DamageMark::problem(ts.path()).isEmpty());
        QCOMPARE(DamageMark::problem(report->replacedKeptAt), QStringLiteral("punches damaged"));
        auto store = Store::open(ts.path());
        QVERIFY(store);
        ASTRO_VERIFY_OK((*store)->customers().add(Actor::system(), someone("4165550005")));
    }

    // The lockout holds on a damaged store: wrong PINs still count and lock, and are audited;
    // the right PIN still signs in, to look customers up.
    void theLockoutHoldsOnAMarkedStore()
    {
        TestStore ts;
        ts.loadDemo();
        DamageMark::set(ts.path(), QStringLiteral("page 4"));
        ASTRO_VERIFY_OK(ts->users().authenticate(QStringLiteral("Alex Martin"),
                                                 QStringLiteral("1111"), QStringLiteral("")));
        for (int i = 0; i < 5; ++i) {
            auto wrong = ts->users().authenticate(QStringLiteral("Alex Martin"),
                                                  QStringLiteral("9999"), QString());
            QVERIFY(!wrong);
            QVERIFY2(!wrong.error().message.contains(QStringLiteral("read-only")),
                     qPrintable(wrong.error().message));
        }
        TAKE(alex, ts->users().byName(QStringLiteral("Alex Martin")));
        QVERIFY(alex.has_value());
        TAKE(locked, ts->users().lockedUntil(alex->id));
        QVERIFY(locked.has_value());
        QVERIFY(!ts->users().authenticate(QStringLiteral("Alex Martin"), QStringLiteral("1111"),
                                          QString()));
    }

    // A backup or a copy being checked is never marked: only a store is.
    void aDamagedBackupIsNotMarked()
    {
        TestStore ts;
        ts.loadDemo();
        const BackupFile backup = ts.backUp();
        test::damageTable(backup.path, QStringLiteral("punches"));
        QVERIFY(!Backup::verify(backup.path));
        QVERIFY(!QFileInfo::exists(DamageMark::pathFor(backup.path)));
    }
};

QTEST_GUILESS_MAIN(TestDamageMark)
#include "tst_damagemark.moc"
