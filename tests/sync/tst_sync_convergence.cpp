// Two counters of one store and the real astro-server: enrollment, customers and cards end the
// same on both, with and without injected faults, and every line reaches the server once.
#include "ServerProcess.h"
#include "SyncTestKit.h"

#include "common/Text.h"
#include "engine/CardService.h"
#include "storage/DamageMark.h"
#include "sync/CardConfirmations.h"
#include "sync/ConflictLog.h"

#include <QJsonObject>
#include <QSet>

using namespace astro;
using namespace astro::test;

namespace {

const QString fb = QStringLiteral("PRG-NORTHWIND-FB"); // distributor fulfilled

QString distributorOf(Counter& c)
{
    auto e = c.ts->enrollment().get(location, fb);
    return e && e->has_value() ? (*e)->distributorId : QString();
}

// Syncs until a round succeeds and nothing waits, at most `rounds` times.
bool settle(Counter& c, int rounds = 200)
{
    for (int i = 0; i < rounds; ++i)
        if (auto r = c.sync(); r && c.unsent() == 0)
            return true;
    return false;
}

qint64 openConflicts(Counter& c, const QString& kind)
{
    auto all = c.ts->db().scalar(
        QStringLiteral(
            "SELECT count(*) FROM sync_conflicts WHERE kind = ? AND resolved_at IS NULL"),
        {kind});
    return all ? all->toLongLong() : -1;
}

// Two counters of one store, synced once with the server (and its faults).
struct Store2
{
    ServerProcess server;
    Counter a, b;

    bool start(const QStringList& faults)
    {
        if (!server.start(faults)) {
            qWarning("%s", qPrintable(server.errors()));
            return false;
        }
        return a.configure(server.url()).ok() && b.configure(server.url()).ok() && settle(a) &&
               settle(b);
    }
};

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT

    // A sets a distributor, B (not yet synced) another: the server's order decides, for good.
    void enrollmentConverges(const QStringList& faults)
    {
        Store2 store;
        QVERIFY(store.start(faults));
        Counter &a = store.a, &b = store.b;
        TAKE(eligible, a.ts->enrollment().eligibleDistributors(location, fb));
        QVERIFY(eligible.size() >= 3);
        const QString first = eligible[0].id, second = eligible[1].id, third = eligible[2].id;

        ASTRO_VERIFY_OK(a.ts->enrollment().set(a.ts.manager(location), location, fb, first,
                                               QStringLiteral("ACCT-1")));
        ASTRO_VERIFY_OK(b.ts->enrollment().set(b.ts.manager(location), location, fb, second,
                                               QStringLiteral("ACCT-2")));
        QVERIFY(settle(a)); // the server has A's change first...
        QVERIFY(settle(b)); // ...then B's, which is the last
        QVERIFY(settle(a));
        QVERIFY(settle(b));
        QCOMPARE(distributorOf(a), second);
        QCOMPARE(distributorOf(b), second);
        TAKE(account, a.ts->enrollment().get(location, fb));
        QCOMPARE(account->accountNumber, QStringLiteral("ACCT-2"));
        // The manager at A is told that the change made there was overtaken; B is not.
        QCOMPARE(openConflicts(a, QStringLiteral("enrollment_overtaken")), 1);
        QCOMPARE(openConflicts(b, QStringLiteral("enrollment_overtaken")), 0);

        // For good: more rounds change nothing, and a later change at A wins everywhere.
        QVERIFY(settle(a));
        QVERIFY(settle(b));
        QCOMPARE(distributorOf(a), second);
        ASTRO_VERIFY_OK(a.ts->enrollment().set(a.ts.manager(location), location, fb, third,
                                               QStringLiteral("ACCT-3")));
        QVERIFY(settle(a));
        QVERIFY(settle(b));
        QCOMPARE(distributorOf(a), third);
        QCOMPARE(distributorOf(b), third);
        // Now B's change was overtaken in turn, and only B is told.
        QCOMPARE(openConflicts(b, QStringLiteral("enrollment_overtaken")), 1);
        QCOMPARE(openConflicts(a, QStringLiteral("enrollment_overtaken")), 1);
    }

    // Both counters punch one customer's card; both, and Astro, count every line once.
    void cardsConverge(const QStringList& faults)
    {
        Store2 store;
        QVERIFY(store.start(faults));
        ServerProcess& server = store.server;
        Counter &a = store.a, &b = store.b;
        enroll(a);
        enroll(b);
        const qint64 onA = a.ts.addCustomer(QStringLiteral("Élodie"), QStringLiteral("Gagnon"));
        const QString uuid = a.ts->customers().get(onA)->uuid;
        QVERIFY(settle(a));
        QVERIFY(settle(b));
        const qint64 onB = customerOn(b, uuid);
        QVERIFY(onB > 0);
        for (int visit = 0; visit < 4; ++visit) {
            buy(a, onA, 2);
            buy(b, onB, 1);
            QVERIFY(settle(a));
            QVERIFY(settle(b));
        }
        QVERIFY(settle(a));
        TAKE(viewA, a.ts->cards().view(onA, card));
        TAKE(viewB, b.ts->cards().view(onB, card));
        QCOMPARE(viewA.rewardsEarned, 2); // 12 treats on a "buy 5": two rewards, 2 toward more
        QCOMPARE(viewA.progress, 2);
        QCOMPARE(viewB.rewardsEarned, viewA.rewardsEarned);
        QCOMPARE(viewB.progress, viewA.progress);

        // What the server holds, read without faults: the same database, restarted.
        server.stop();
        QVERIFY2(server.start(), qPrintable(server.errors()));
        ASTRO_VERIFY_OK(b.configure(server.url()));
        Observer observer(server.url());
        TAKE(status, observer.call(QStringLiteral("customerStatus"),
                                   QJsonObject{{QStringLiteral("customerID"), uuid}}));
        const QJsonObject onAstro =
            status.toObject().value(QStringLiteral("cards")).toArray().first().toObject();
        QCOMPARE(onAstro.value(QStringLiteral("free_goods_earned")).toInt(), 2);
        QCOMPARE(onAstro.value(QStringLiteral("purchases")).toInt(), 2);
        // Astro's count of the card, asked for when the customer is opened, agrees with B's.
        TAKE(confirmed, b.engine->confirmCards(uuid));
        QCOMPARE(confirmed, 1);
        TAKE(confirmations, sync::CardConfirmations(b.ts.store()).of(onB));
        QCOMPARE(confirmations.value(card).purchases, viewB.progress);
        QCOMPARE(confirmations.value(card).freeGoods, 2);
        QVERIFY(confirmations.value(card).confirmedAt.isValid());
        // Every event each counter recorded is on the server exactly once.
        const auto byDevice = observer.eventsByDevice();
        for (Counter* c : {&a, &b}) {
            TAKE(all, c->ts->db().scalar(QStringLiteral("SELECT count(*) FROM events")));
            const QStringList mine = byDevice.value(c->ts->deviceId());
            QCOMPARE(mine.size(), all.toInt());
            QCOMPARE(QSet<QString>(mine.begin(), mine.end()).size(), all.toInt());
        }
    }

    static QStringList faults()
    {
        return {QStringLiteral("--fail-share"), QStringLiteral("0.3"),
                QStringLiteral("--cut-share"),  QStringLiteral("0.3"),
                QStringLiteral("--seed"),       QStringLiteral("11")};
    }

private Q_SLOTS:
    void enrollmentConvergesOnTheServersOrder() { enrollmentConverges({}); }
    void enrollmentConvergesThroughFaults() { enrollmentConverges(faults()); }
    void cardsConvergeOnBothCountersAndAstro() { cardsConverge({}); }
    void cardsConvergeThroughFaults() { cardsConverge(faults()); }

    // A store marked damaged is read-only, yet every change it holds (here more than a page)
    // still reaches the store's server and its other counters; none is marked sent and no call
    // goes to Astro, so once the store is put right nothing arrives twice.
    void aDamagedStoreStillSendsWhatItHolds()
    {
        Store2 store;
        QVERIFY(store.start({}));
        Counter &a = store.a, &b = store.b;
        for (int i = 0; i < 520; ++i)
            a.ts.addCustomer(QStringLiteral("Anne%1").arg(i), QStringLiteral("Roy"));
        const qint64 waiting = a.unsent();
        QVERIFY(waiting > 500);
        const QString publicWaiting =
            QStringLiteral("SELECT count(*) FROM events WHERE wire_state = 0");
        TAKE(calls, a.ts->db().scalar(publicWaiting));
        QVERIFY(calls.toLongLong() >= 520);

        DamageMark::set(a.ts.path(), QStringLiteral("page 9"));
        auto round = a.sync();
        QVERIFY(!round);
        QVERIFY2(round.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(round.error().message));
        QCOMPARE(a.unsent(), waiting);
        TAKE(stillCalls, a.ts->db().scalar(publicWaiting));
        QCOMPARE(stillCalls, calls);
        QVERIFY(settle(b));
        TAKE(onB, b.ts->db().scalar(
                      QStringLiteral("SELECT count(*) FROM customers WHERE first_name LIKE "
                                     "'Anne%' AND last_name = 'Roy'")));
        QCOMPARE(onB.toInt(), 520);

        DamageMark::clear(a.ts.path());
        TAKE(report, a.sync());
        QCOMPARE(report.pushed, 0);
        QVERIFY(report.duplicates >= 520);
        QCOMPARE(a.unsent(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_sync_convergence.moc"
