// Correcting a visit: the reason a multi-purchase needs to finish, voiding a scan (before and after
// the visit ends, never once its reward was redeemed), and an Admin's exception for an item on no
// card.
#include "VisitsKit.h"

#include "engine/CardService.h"
#include "engine/RedemptionService.h"

#include <QTest>

using namespace astro;
using namespace astro::test;
using namespace visittests;

class TestVisitCorrections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multiPurchaseNeedsReason()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, line("ANY-1")));
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, line("ANY-2")));

        TAKE(multi, ts->visits().multiPurchases(visit.id));
        QCOMPARE(multi.size(), std::size_t(1));
        QCOMPARE(multi[0].cardId, QStringLiteral("CRD-ANY"));
        QCOMPARE(multi[0].units, 2);

        const auto bare = ts->visits().finish(ts.cashier(), visit.id);
        QVERIFY(!bare.ok());
        QCOMPARE(bare.error().code, ErrorCode::Invalid);
        QVERIFY2(bare.error().message.contains(QStringLiteral("Any card")),
                 qPrintable(bare.error().message));
        const auto blank = ts->visits().finish(ts.cashier(), visit.id, QStringLiteral("   "));
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().code, ErrorCode::Invalid);
        {
            TAKE(still, ts->visits().visit(visit.id));
            QVERIFY(still.open());
        }

        ASTRO_VERIFY_OK(
            ts->visits().finish(ts.cashier(), visit.id, QStringLiteral("converting paper card")));
        TAKE(done, ts->visits().visit(visit.id));
        QVERIFY(!done.open());
        QCOMPARE(done.reason, QStringLiteral("converting paper card"));
    }

    void onePunchPerCardNeedsNoReason()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, line("ANY-1")));
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, line("PP-1")));
        TAKE(multi, ts->visits().multiPurchases(visit.id));
        QVERIFY(multi.empty());
        ASTRO_VERIFY_OK(ts->visits().finish(ts.cashier(), visit.id));
    }

    void voidBeforeFinishRemovesPunchesAndReward()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, line("ANY-1")));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, line("ANY-2", 2)));
        QCOMPARE(out.punches[0].rewardsEarned, 1);

        ASTRO_VERIFY_OK(ts->visits().voidScan(ts.cashier(), out.scanId));
        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(view.progress, 1);
        QCOMPARE(view.rewardsEarned, 0);
        QVERIFY(view.openRewards.empty());
        TAKE(records, ts->visits().scans(visit.id));
        QCOMPARE(records.size(), std::size_t(2));
        QVERIFY(!records[0].voided);
        QVERIFY(records[1].voided);
        QCOMPARE(eventCount(ts, QStringLiteral("scan.voided")), qint64(1));
        QCOMPARE(eventCount(ts, QStringLiteral("reward.voided")), qint64(1));

        // A voided scan is not a multi-purchase, and cannot be voided twice.
        TAKE(multi, ts->visits().multiPurchases(visit.id));
        QVERIFY(multi.empty());
        const auto again = ts->visits().voidScan(ts.cashier(), out.scanId);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        ASTRO_VERIFY_OK(ts->visits().finish(ts.cashier(), visit.id));
    }

    void voidRefusedWhenItsRewardWasRedeemed()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, line("ANY-1", 3)));
        QCOMPARE(out.punches[0].rewardsEarned, 1);
        RedeemRequest request;
        request.customerId = customer;
        request.cardId = QStringLiteral("CRD-ANY");
        request.code = upc("ANY-3");
        request.visitId = visit.id;
        ASTRO_VERIFY_OK(ts->redemptions().redeem(ts.cashier(), request));

        const auto voided = ts->visits().voidScan(ts.cashier(), out.scanId);
        QVERIFY(!voided.ok());
        QCOMPARE(voided.error().code, ErrorCode::Conflict);
        // Nothing changed: the scan, its punches and the redeemed reward stand.
        TAKE(records, ts->visits().scans(visit.id));
        QVERIFY(!records[0].voided);
        QCOMPARE(count(ts, "SELECT count(*) FROM punches WHERE voided = 0"), qint64(1));
        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(view.rewardsEarned, 1);
        QCOMPARE(eventCount(ts, QStringLiteral("scan.voided")), qint64(0));
    }

    void voidAfterVisitNeedsManager()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, line("ANY-1")));
        ASTRO_VERIFY_OK(ts->visits().finish(ts.cashier(), visit.id));

        const auto byCashier = ts->visits().voidScan(ts.cashier(), out.scanId);
        QVERIFY(!byCashier.ok());
        QCOMPARE(byCashier.error().code, ErrorCode::Forbidden);
        {
            TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
            QCOMPARE(view.progress, 1);
        }
        ASTRO_VERIFY_OK(ts->visits().voidScan(ts.manager(), out.scanId));
        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(view.progress, 0);
    }

    void exceptionOnlyByAdminWithReason()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        QVERIFY(VisitService::exceptionReasons().contains(QStringLiteral("new_upc")));
        ScanLine l = line("NOCARD-1");
        l.exceptionCardId = QStringLiteral("CRD-ANY");
        l.exceptionReason = QStringLiteral("new_upc");

        const auto byCashier = ts->visits().scan(ts.cashier(), visit.id, l);
        QVERIFY(!byCashier.ok());
        QCOMPARE(byCashier.error().code, ErrorCode::Forbidden);
        const auto byManager = ts->visits().scan(ts.manager(), visit.id, l);
        QVERIFY(!byManager.ok());
        QCOMPARE(byManager.error().code, ErrorCode::Forbidden);

        ScanLine bad = l;
        bad.exceptionReason = QStringLiteral("because I said so");
        const auto badReason = ts->visits().scan(ts.admin(), visit.id, bad);
        QVERIFY(!badReason.ok());
        QCOMPARE(badReason.error().code, ErrorCode::Invalid);
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(0));

        TAKE(out, ts->visits().scan(ts.admin(), visit.id, l));
        QCOMPARE(cardIdsOf(out), QStringList{QStringLiteral("CRD-ANY")});
        QCOMPARE(out.punches[0].progress, 1);
        TAKE(records, ts->visits().scans(visit.id));
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].exceptionReason, QStringLiteral("new_upc")); // flagged
        QCOMPARE(records[0].cardIds, QStringList{QStringLiteral("CRD-ANY")});
        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(view.progress, 1);
    }

    void exceptionNeedsAnEnrolledProgram()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ScanLine l = line("NOCARD-1");
        l.exceptionCardId = QStringLiteral("CRD-NE"); // PRG-NE: nobody is enrolled
        l.exceptionReason = QStringLiteral("new_item");
        const auto out = ts->visits().scan(ts.admin(), visit.id, l);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::Invalid);
        l.exceptionCardId = QStringLiteral("CRD-NOPE");
        const auto unknown = ts->visits().scan(ts.admin(), visit.id, l);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestVisitCorrections)
#include "tst_visitcorrections.moc"
