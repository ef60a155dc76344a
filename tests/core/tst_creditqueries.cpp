// The credits screen's reads: totals by distributor and manufacturer summed in SQL, and the
// matching credits a page at a time, under every filter.
#include "TestStore.h"

#include "credits/CreditQueries.h"
#include "credits/CreditService.h"
#include "engine/OfferService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"

#include <QTest>

#include <algorithm>

using namespace astro;
using namespace astro::test;

namespace {

Result<Redemption> earnAndRedeem(TestStore& ts, const Actor& who, qint64 customer, const char* card,
                                 const char* item, int buy)
{
    auto visit = ts->visits().open(who, customer);
    if (!visit)
        return visit.error();
    if (auto out = ts->visits().scan(who, visit->id, line(item, buy)); !out)
        return out.error();
    RedeemRequest r;
    r.customerId = customer;
    r.cardId = QLatin1String(card);
    r.code = upc(item);
    r.visitId = visit->id;
    return ts->redemptions().redeem(who, r);
}

QList<qint64> idsOf(const std::vector<Redemption>& list)
{
    QList<qint64> ids;
    for (const Redemption& r : list)
        ids << r.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// "DST-ON/M1" for each group, in the order given.
QStringList keysOf(const std::vector<CreditGroup>& groups)
{
    QStringList keys;
    for (const CreditGroup& g : groups)
        keys << g.distributorId + QLatin1Char('/') + g.manufacturerId;
    return keys;
}

// A store with one credit of each kind, at two locations and on two days.
struct Credits
{
    Redemption onUncredited; // LOC-A, DST-ON, M1, given a month before the others
    Redemption onCredited;   // LOC-A, DST-ON, M1
    Redemption onDeclined;   // LOC-A, DST-ON, M1
    Redemption onReconciled; // LOC-A, DST-ON, M1 (the BOGO offer), reconciled
    Redemption ny;           // LOC-B, DST-NY, M1
    Redemption direct;       // LOC-A, direct, M1
    Redemption held;         // LOC-A, Temporary Holding, M2
};

Credits makeCredits(TestStore& ts)
{
    Credits c;
    const qint64 customer = ts.addCustomer();
    const auto take = [](Result<Redemption> r) {
        if (!r)
            qFatal("redeem refused: %s", qPrintable(r.error().message));
        return *r;
    };
    ts.clock().set(QDateTime(QDate(2026, 10, 14), QTime(15, 0), Qt::UTC));
    c.onUncredited = take(earnAndRedeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", 3));
    ts.clock().set(QDateTime(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC));
    c.onCredited = take(earnAndRedeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", 3));
    c.onDeclined = take(earnAndRedeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", 3));
    {
        auto visit = ts->visits().open(ts.cashier(), customer);
        if (!visit || !ts->visits().scan(ts.cashier(), visit->id, line("BOGO-1")))
            qFatal("offer visit refused");
        auto given = ts->offers().redeem(ts.cashier(), visit->id, QStringLiteral("OFR-BOGO"),
                                         upc("BOGO-1"), QString());
        c.onReconciled = take(std::move(given));
    }
    c.ny = take(
        earnAndRedeem(ts, ts.cashier(QStringLiteral("LOC-B")), customer, "CRD-ANY", "ANY-1", 3));
    c.direct = take(earnAndRedeem(ts, ts.cashier(), customer, "CRD-FREQ", "MF-1", 3));
    c.held = take(earnAndRedeem(ts, ts.cashier(), customer, "CRD-HOLD", "HOLD-1", 2));
    // Neither a retailer batch line nor an undone redemption is a credit.
    take(earnAndRedeem(ts, ts.cashier(), customer, "CRD-PRIOR", "PP-1", 3));
    const Redemption undone =
        take(earnAndRedeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", 3));
    if (!ts->redemptions().undo(ts.cashier(), undone.id, UndoMode::RemoveOnly))
        qFatal("undo refused");

    const Actor manager = ts.manager();
    if (!ts->credits().markCredited(manager, c.onCredited.id) ||
        !ts->credits().markDeclined(manager, c.onDeclined.id, QStringLiteral("wrong account")) ||
        !ts->credits().markCredited(manager, c.onReconciled.id) ||
        !ts->credits().markReconciled(manager, c.onReconciled.id))
        qFatal("credit change refused");
    return c;
}

} // namespace

class TestCreditQueries : public QObject
{
    Q_OBJECT

private slots:
    void groupsAddUpByDistributorThenManufacturer()
    {
        TestStore ts;
        ready(ts);
        const Credits c = makeCredits(ts);
        TAKE(groups, CreditQueries(ts->db()).groups({}));

        // Distributors by name, Temporary Holding after them, direct credits last.
        QCOMPARE(keysOf(groups),
                 (QStringList{QStringLiteral("DST-NY/M1"), QStringLiteral("DST-ON/M1"),
                              QStringLiteral("TEMP-HOLDING/M2"), QStringLiteral("/M1")}));
        const CreditGroup& on = groups[1];
        QCOMPARE(on.distributorName, QStringLiteral("Distributor DST-ON"));
        QCOMPARE(on.manufacturerName, QStringLiteral("Acme Pet Foods"));
        QVERIFY(!on.temporaryHolding);
        QCOMPARE(on.counts.uncredited, 1);
        QCOMPARE(on.counts.credited, 1);
        QCOMPARE(on.counts.declined, 1);
        QCOMPARE(on.counts.reconciled, 1);
        QCOMPARE(on.counts.held, 0);
        QCOMPARE(on.counts.all(), 4);
        QCOMPARE(on.counts.of(CreditStatus::Declined), 1);
        QCOMPARE(on.total,
                 c.onUncredited.cost + c.onCredited.cost + c.onDeclined.cost + c.onReconciled.cost);
        QCOMPARE(on.quantity, c.onUncredited.quantity + c.onCredited.quantity +
                                  c.onDeclined.quantity + c.onReconciled.quantity);
        // A large bag's card cost: $40.
        QCOMPARE(c.onCredited.cost, Money{4000});

        const CreditGroup& held = groups[2];
        QVERIFY(held.temporaryHolding);
        QCOMPARE(held.manufacturerName, QStringLiteral("Beta Pet Co"));
        QCOMPARE(held.counts.held, 1);
        QCOMPARE(held.total, c.held.cost);

        const CreditGroup& direct = groups[3];
        QVERIFY(direct.distributorId.isEmpty());
        QCOMPARE(direct.counts.uncredited, 1);
        QCOMPARE(direct.total, c.direct.cost);
        QCOMPARE(groups[0].counts.all(), 1);
        QCOMPARE(groups[0].total, c.ny.cost);
    }

    void aGroupWhoseCreditsWereAllUndoneIsNotListed()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        auto undone = earnAndRedeem(ts, ts.cashier(), customer, "CRD-HOLD", "HOLD-1", 2);
        QVERIFY(undone.ok());
        QVERIFY(ts->redemptions().undo(ts.cashier(), undone->id, UndoMode::RemoveOnly).ok());
        // Its day's totals keep a row that adds up to nothing.
        TAKE(zero, ts->db().scalar(QStringLiteral("SELECT count(*) FROM redemption_days WHERE "
                                                  "redemptions = 0")));
        QCOMPARE(zero.toInt(), 1);
        TAKE(groups, CreditQueries(ts->db()).groups({}));
        QCOMPARE(keysOf(groups), QStringList());
    }

    void everyFilterNarrowsGroupsPagesAndCounts()
    {
        TestStore ts;
        ready(ts);
        const Credits c = makeCredits(ts);
        CreditQueries queries(ts->db());
        const auto check = [&](const CreditQuery& q, const QList<qint64>& expected) {
            auto page = queries.page(q, 100, 0);
            QVERIFY(page.ok());
            QCOMPARE(idsOf(*page), sorted(expected));
            auto count = queries.count(q);
            QVERIFY(count.ok());
            QCOMPARE(*count, int(expected.size()));
            auto groups = queries.groups(q);
            QVERIFY(groups.ok());
            int inGroups = 0;
            for (const CreditGroup& g : *groups)
                inGroups += g.counts.all();
            QCOMPARE(inGroups, int(expected.size()));
        };

        check({}, {c.onUncredited.id, c.onCredited.id, c.onDeclined.id, c.onReconciled.id, c.ny.id,
                   c.direct.id, c.held.id});

        CreditQuery declined;
        declined.status = CreditStatus::Declined;
        check(declined, {c.onDeclined.id});
        CreditQuery held;
        held.status = CreditStatus::Held;
        check(held, {c.held.id});

        CreditQuery ny;
        ny.distributorId = QStringLiteral("DST-NY");
        check(ny, {c.ny.id});
        CreditQuery direct;
        direct.distributorId = QString();
        check(direct, {c.direct.id});

        CreditQuery atB;
        atB.locationId = QStringLiteral("LOC-B");
        check(atB, {c.ny.id});

        CreditQuery m2;
        m2.manufacturerId = QStringLiteral("M2");
        check(m2, {c.held.id});

        // Local days, both ends included.
        CreditQuery october;
        october.from = QDate(2026, 10, 1);
        october.to = QDate(2026, 10, 14);
        check(october, {c.onUncredited.id});
        CreditQuery november;
        november.from = QDate(2026, 11, 16);
        november.to = QDate(2026, 11, 16);
        november.distributorId = QStringLiteral("DST-ON");
        november.status = CreditStatus::Credited;
        check(november, {c.onCredited.id});
    }

    void pagesComeNewestFirstWithoutRepeats()
    {
        TestStore ts;
        ready(ts);
        const Credits c = makeCredits(ts);
        CreditQueries queries(ts->db());
        QList<qint64> seen;
        QDateTime previous;
        for (int offset = 0;; offset += 3) {
            TAKE(page, queries.page({}, 3, offset));
            for (const Redemption& r : page) {
                QVERIFY(!previous.isValid() || r.at <= previous);
                previous = r.at;
                QVERIFY(!seen.contains(r.id));
                seen << r.id;
            }
            if (page.size() < 3)
                break;
        }
        QCOMPARE(seen.size(), 7);
        // The oldest, a month back, comes last.
        QCOMPARE(seen.last(), c.onUncredited.id);
        // The newest first; among credits given at the same moment, the last one recorded.
        QCOMPARE(seen.first(), c.held.id);
    }
};

QTEST_GUILESS_MAIN(TestCreditQueries)
#include "tst_creditqueries.moc"
