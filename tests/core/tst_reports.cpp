// Reports: redemptions over a period (paged, with totals) and participation by program, on
// known data at two locations over three days (local days, America/Toronto in the tests).
#include "TestStore.h"

#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "reports/ReportService.h"

#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

const QString locA = QStringLiteral("LOC-A");
const QString locB = QStringLiteral("LOC-B");

QDateTime utc(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

// One visit: buys `units` of `item` (completing CRD-ANY when it is 3 ANY-1s), takes `freeItem`
// free on `card` unless empty, then optionally undoes it; the visit is finished.
Redemption visit(TestStore& ts, const Actor& cashier, const char* customerLast, const char* item,
                 int units, const char* card = nullptr, const char* freeItem = nullptr,
                 bool undo = false)
{
    const qint64 customer = ts.addCustomer(QStringLiteral("Pat"), QLatin1String(customerLast));
    auto v = ts->visits().open(cashier, customer);
    if (!v)
        qFatal("visit refused: %s", qPrintable(v.error().message));
    if (auto s = ts->visits().scan(cashier, v->id, line(item, units)); !s)
        qFatal("scan refused: %s", qPrintable(s.error().message));
    Redemption redeemed;
    if (card) {
        RedeemRequest r;
        r.customerId = customer;
        r.cardId = QLatin1String(card);
        r.code = upc(freeItem);
        r.visitId = v->id;
        auto done = ts->redemptions().redeem(cashier, r);
        if (!done)
            qFatal("redeem refused: %s", qPrintable(done.error().message));
        redeemed = *done;
        if (undo)
            if (auto s = ts->redemptions().undo(cashier, redeemed.id, UndoMode::RemoveOnly); !s)
                qFatal("undo refused: %s", qPrintable(s.error().message));
    }
    if (auto s = ts->visits().finish(cashier, v->id, QStringLiteral("Bought a case")); !s)
        qFatal("finish refused: %s", qPrintable(s.error().message));
    return redeemed;
}

// Nov 14 (A) and late Nov 15 local (E) at LOC-A; Nov 16 at LOC-A: B redeems, D redeems then
// undoes, F buys 2 PP-1 and a voided ANY-2; Nov 16 at LOC-B: C redeems.
void fill(TestStore& ts)
{
    ready(ts);
    ts.clock().set(utc(14, 15));
    visit(ts, ts.cashier(locA), "Alpha", "ANY-1", 3, "CRD-ANY", "ANY-3");
    ts.clock().set(utc(16, 3)); // 22:00 on Nov 15 in Toronto
    visit(ts, ts.cashier(locA), "Echo", "ANY-1", 3, "CRD-ANY", "ANY-3");
    ts.clock().set(utc(16, 15));
    visit(ts, ts.cashier(locA), "Bravo", "ANY-1", 3, "CRD-ANY", "ANY-1");
    visit(ts, ts.cashier(locA), "Delta", "ANY-1", 3, "CRD-ANY", "ANY-1", true);
    visit(ts, ts.cashier(locA), "Foxtrot", "PP-1", 2);
    {
        const Actor cashier = ts.cashier(locA);
        auto v = ts->visits().open(cashier,
                                   ts.addCustomer(QStringLiteral("Pat"), QStringLiteral("Golf")));
        QVERIFY(v.ok());
        auto scanned = ts->visits().scan(cashier, v->id, line("ANY-2", 1));
        QVERIFY(scanned.ok());
        ASTRO_VERIFY_OK(ts->visits().voidScan(cashier, scanned->scanId));
        ASTRO_VERIFY_OK(ts->visits().finish(cashier, v->id));
    }
    visit(ts, ts.cashier(locB), "Charlie", "ANY-1", 3, "CRD-ANY", "ANY-2");
}

ReportPeriod days(int from, int to, const QString& location = {})
{
    return ReportPeriod{QDate(2026, 11, from), QDate(2026, 11, to), location};
}

const ProgramParticipation* find(const std::vector<ProgramParticipation>& rows, const char* id)
{
    for (const ProgramParticipation& p : rows)
        if (p.programId == QLatin1String(id))
            return &p;
    return nullptr;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Day boundaries are local: ctest runs the tests in America/Toronto.
    void initTestCase()
    {
        QVERIFY2(qgetenv("TZ") == "America/Toronto", "run with TZ=America/Toronto");
    }

    void redemptionsOfOneDayAtOneLocation()
    {
        TestStore ts;
        fill(ts);
        ReportService reports(ts.store());
        TAKE(rows, reports.redemptionsBetween(days(16, 16, locA), 50));
        QCOMPARE(rows.size(), std::size_t(1)); // Delta's was undone; Echo's was on Nov 15
        const ReportRedemption& r = rows.front();
        QCOMPARE(r.customerName, QStringLiteral("Pat Bravo"));
        QCOMPARE(r.programTitle, QStringLiteral("Program PRG-DIST"));
        QCOMPARE(r.cardTitle, QStringLiteral("Any card"));
        QCOMPARE(r.itemDescription, QStringLiteral("Test item ANY-1"));
        QCOMPARE(r.quantity, 1);
        QCOMPARE(r.cost, Money{4000});
        QCOMPARE(r.fulfillment, Fulfillment::Distributor);
        QCOMPARE(r.creditStatus, CreditStatus::Uncredited);
        QCOMPARE(r.cashierName, ts.cashier(locA).userName);
        QCOMPARE(r.at, utc(16, 15));

        TAKE(totals, reports.redemptionsTotal(days(16, 16, locA)));
        QCOMPARE(totals.count, qint64(1));
        QCOMPARE(totals.cost, Money{4000});
    }

    void allLocationsAndWiderPeriods()
    {
        TestStore ts;
        fill(ts);
        ReportService reports(ts.store());
        TAKE(today, reports.redemptionsTotal(days(16, 16)));
        QCOMPARE(today.count, qint64(2));
        QCOMPARE(today.units, qint64(2));
        QCOMPARE(today.cost, Money{8000});

        TAKE(late, reports.redemptionsBetween(days(15, 15), 50));
        QCOMPARE(late.size(), std::size_t(1));
        QCOMPARE(late.front().customerName, QStringLiteral("Pat Echo"));

        TAKE(three, reports.redemptionsTotal(days(14, 16, locA)));
        QCOMPARE(three.count, qint64(3));
        QCOMPARE(three.cost, Money{6000});
        TAKE(count, reports.redemptionsCount(days(14, 16, locA)));
        QCOMPARE(count, qint64(3));

        TAKE(none, reports.redemptionsTotal(days(1, 13)));
        QCOMPARE(none.count, qint64(0));
        QCOMPARE(none.cost, Money{0});
    }

    void pagesNewestFirst()
    {
        TestStore ts;
        fill(ts);
        ReportService reports(ts.store());
        QStringList names;
        for (qint64 offset = 0; offset < 5; ++offset) {
            TAKE(page, reports.redemptionsBetween(days(14, 16, locA), 1, offset));
            if (page.empty())
                break;
            QCOMPARE(page.size(), std::size_t(1));
            names << page.front().customerName;
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Pat Bravo"), QStringLiteral("Pat Echo"),
                                     QStringLiteral("Pat Alpha")}));
    }

    void participationByProgram()
    {
        TestStore ts;
        fill(ts);
        ReportService reports(ts.store());

        TAKE(todayA, reports.participation(days(16, 16, locA)));
        const ProgramParticipation* dist = find(todayA, "PRG-DIST");
        QVERIFY(dist);
        QCOMPARE(dist->punchedUnits, qint64(6)); // Bravo and Delta; the voided ANY-2 does not count
        QCOMPARE(dist->cardsCompleted, qint64(2));
        QCOMPARE(dist->rewardsRedeemed, qint64(1)); // Delta's was undone
        QCOMPARE(dist->redemptionCost, Money{4000});
        QCOMPARE(dist->manufacturer.isEmpty(), false);
        const ProgramParticipation* ret = find(todayA, "PRG-RET");
        QVERIFY(ret);
        QCOMPARE(ret->punchedUnits, qint64(2));
        QCOMPARE(ret->cardsCompleted, qint64(0));
        QCOMPARE(ret->rewardsRedeemed, qint64(0));
        QVERIFY(!find(todayA, "PRG-DIRECT"));

        TAKE(todayAll, reports.participation(days(16, 16)));
        dist = find(todayAll, "PRG-DIST");
        QVERIFY(dist);
        QCOMPARE(dist->punchedUnits, qint64(9));
        QCOMPARE(dist->cardsCompleted, qint64(3));
        QCOMPARE(dist->rewardsRedeemed, qint64(2));
        QCOMPARE(dist->redemptionCost, Money{8000});

        TAKE(threeA, reports.participation(days(14, 16, locA)));
        dist = find(threeA, "PRG-DIST");
        QVERIFY(dist);
        QCOMPARE(dist->punchedUnits, qint64(12));
        QCOMPARE(dist->cardsCompleted, qint64(4));
        QCOMPARE(dist->rewardsRedeemed, qint64(3));
        QCOMPARE(dist->redemptionCost, Money{6000});

        TAKE(onlyB, reports.participation(days(14, 16, locB)));
        QCOMPARE(onlyB.size(), std::size_t(1));
        QCOMPARE(onlyB.front().cardsCompleted, qint64(1));
    }

    void refusesABackwardPeriod()
    {
        TestStore ts;
        ready(ts);
        ReportService reports(ts.store());
        auto rows = reports.redemptionsBetween(days(16, 14), 50);
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().code, ErrorCode::Invalid);
        QVERIFY(!reports.participation(ReportPeriod{}).ok());
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
