// Retailer Free Goods Credit Batches: filling, cadence and transitions.
#include "BatchesKit.h"

#include "batches/BatchExport.h"
#include "batches/BatchService.h"
#include "customers/CustomerStore.h"
#include "engine/OfferService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/AuditLog.h"

#include <QTest>

using namespace astro;
using namespace astro::test;
using namespace batchtests;

namespace {

QDateTime local(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime);
}

} // namespace

class TestBatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redemptionsShareTheOpenBatchPerManufacturerAndLocation()
    {
        TestStore ts;
        ready(ts);
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), QStringLiteral("LOC-B"),
                                             QStringLiteral("PRG-RET"), {}, {}));
        const qint64 first = ts.addCustomer();
        const qint64 second = ts.addCustomer(QStringLiteral("Other"), QStringLiteral("Person"));
        TAKE(a, retailerRedemption(ts, ts.cashier(), first));
        TAKE(b, retailerRedemption(ts, ts.cashier(), second));
        QVERIFY(a.batchId > 0);
        QCOMPARE(b.batchId, a.batchId);
        TAKE(c, retailerRedemption(ts, ts.cashier(QStringLiteral("LOC-B")), first));
        QVERIFY(c.batchId > 0);
        QVERIFY(c.batchId != a.batchId);

        TAKE(batchA, ts->batches().get(a.batchId));
        QCOMPARE(batchA.manufacturerId, QStringLiteral("M2"));
        QCOMPARE(batchA.manufacturerName, QStringLiteral("Beta Pet Co"));
        QCOMPARE(batchA.locationId, QStringLiteral("LOC-A"));
        QCOMPARE(batchA.status, BatchStatus::Open);
        QCOMPARE(batchA.lineCount, 2);
        QCOMPARE(batchA.units, 2);
        QCOMPARE(batchA.total.cents, qint64(2 * 2000)); // PP-1 is size M: $20.00
        TAKE(batchB, ts->batches().get(c.batchId));
        QCOMPARE(batchB.locationId, QStringLiteral("LOC-B"));
        QCOMPARE(batchB.lineCount, 1);

        TAKE(all, ts->batches().list());
        QCOMPARE(all.size(), std::size_t(2));
        BatchFilter atB;
        atB.locationId = QStringLiteral("LOC-B");
        TAKE(onlyB, ts->batches().list(atB));
        QCOMPARE(onlyB.size(), std::size_t(1));
        QCOMPARE(onlyB[0].id, c.batchId);
    }

    void offerRebateSharesTheManufacturersBatch()
    {
        TestStore ts;
        ready(ts);
        auto added =
            ts->customers().add(Actor::system(), CustomerInput{QStringLiteral("Ana"),
                                                               QStringLiteral("Roy"),
                                                               {},
                                                               QStringLiteral("ana@example.com")});
        ASTRO_VERIFY_OK(added);
        TAKE(card, retailerRedemption(ts, ts.cashier(), added->id));
        TAKE(visit, ts->visits().open(ts.cashier(), added->id));
        ScanLine l;
        l.code = upc("REB-1");
        l.quantity = 2;
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, l));
        TAKE(rebate, ts->offers().redeem(ts.cashier(), visit.id, QStringLiteral("OFR-REBATE"),
                                         upc("REB-1"), {}));
        QCOMPARE(rebate.batchId, card.batchId); // same manufacturer (M2), same location

        TAKE(lines, ts->batches().lines(card.batchId));
        QCOMPARE(lines.size(), std::size_t(2));
        QCOMPARE(lines[1].redemptionId, rebate.id);
        QCOMPARE(lines[1].cost.cents, qint64(500));
        QCOMPARE(lines[1].description, QStringLiteral("Test item REB-1"));
        TAKE(batch, ts->batches().get(card.batchId));
        QCOMPARE(batch.total.cents, qint64(2000 + 500));
        QCOMPARE(lines[0].programTitle, QStringLiteral("Program PRG-RET"));
        // The line names what was redeemed: for an offer, the offer's title.
        QCOMPARE(lines[1].programTitle, QStringLiteral("Rebate"));
    }

    void periodEnd_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<int>("cadence");
        QTest::addColumn<QDateTime>("end");
        const int weekly = int(BatchCadence::Weekly);
        const int biweekly = int(BatchCadence::BiWeekly);
        const int monthly = int(BatchCadence::Monthly);

        QTest::newRow("weekly, Monday") << utc(2026, 11, 16, 15) << weekly << local(2026, 11, 23);
        QTest::newRow("weekly, Monday 00:00")
            << local(2026, 11, 16) << weekly << local(2026, 11, 23);
        QTest::newRow("weekly, Wednesday")
            << utc(2026, 11, 18, 15) << weekly << local(2026, 11, 23);
        // 03:00 UTC on Monday is still Sunday evening in Toronto.
        QTest::newRow("weekly, Sunday night local")
            << utc(2026, 11, 23, 3) << weekly << local(2026, 11, 23);
        QTest::newRow("weekly, across the end of DST")
            << utc(2026, 10, 31, 16) << weekly << local(2026, 11, 2);
        QTest::newRow("biweekly, Monday")
            << utc(2026, 11, 16, 15) << biweekly << local(2026, 11, 30);
        QTest::newRow("biweekly, Thursday")
            << utc(2026, 11, 19, 15) << biweekly << local(2026, 11, 30);
        QTest::newRow("monthly") << utc(2026, 11, 16, 15) << monthly << local(2026, 12, 1);
        QTest::newRow("monthly, December") << utc(2026, 12, 31, 20) << monthly << local(2027, 1, 1);
        QTest::newRow("monthly, last evening local")
            << utc(2026, 12, 1, 3) << monthly << local(2026, 12, 1);
        QTest::newRow("monthly, across the end of DST")
            << utc(2026, 10, 15, 12) << monthly << local(2026, 11, 1);
    }

    void periodEnd()
    {
        QFETCH(QDateTime, start);
        QFETCH(int, cadence);
        QFETCH(QDateTime, end);
        const QDateTime got = BatchService::periodEnd(start, BatchCadence(cadence));
        QCOMPARE(got, end);
        QCOMPARE(got.toLocalTime().time(), QTime(0, 0));
        if (BatchCadence(cadence) != BatchCadence::Monthly)
            QCOMPARE(got.toLocalTime().date().dayOfWeek(), int(Qt::Monday));
        QVERIFY(got > start);
    }

    void redemptionAfterPeriodEndOpensANewBatch()
    {
        TestStore ts; // Monday 2026-11-16 10:00 in Toronto
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, retailerRedemption(ts, ts.cashier(), customer));
        TAKE(first, ts->batches().get(a.batchId));
        QCOMPARE(first.periodEnd, local(2026, 11, 23));
        QCOMPARE(first.openedAt, ts->now());

        ts.clock().set(local(2026, 11, 22, 23, 59)); // still inside the week
        TAKE(b, retailerRedemption(ts, ts.cashier(), customer));
        QCOMPARE(b.batchId, a.batchId);

        ts.clock().set(local(2026, 11, 23, 9, 0));
        TAKE(c, retailerRedemption(ts, ts.cashier(), customer));
        QVERIFY(c.batchId != a.batchId);
        TAKE(old, ts->batches().get(a.batchId));
        QCOMPARE(old.status, BatchStatus::Closed);
        QCOMPARE(old.closedAt, local(2026, 11, 23));
        QCOMPARE(old.lineCount, 2);
        TAKE(fresh, ts->batches().get(c.batchId));
        QCOMPARE(fresh.status, BatchStatus::Open);
        QCOMPARE(fresh.periodEnd, local(2026, 11, 30));
        QCOMPARE(fresh.lineCount, 1);
    }

    void cadenceSettingDrivesNewBatches()
    {
        TestStore ts;
        ready(ts);
        TAKE(initial, ts->batches().cadence());
        QCOMPARE(initial, BatchCadence::Weekly);
        const auto byCashier = ts->batches().setCadence(ts.cashier(), BatchCadence::Monthly);
        QVERIFY(!byCashier.ok());
        QCOMPARE(byCashier.error().code, ErrorCode::Forbidden);
        ASTRO_VERIFY_OK(ts->batches().setCadence(ts.manager(), BatchCadence::Monthly));
        TAKE(now, ts->batches().cadence());
        QCOMPARE(now, BatchCadence::Monthly);
        AuditFilter f;
        f.text = QStringLiteral("batch_cadence");
        TAKE(audit, ts->auditLog().entries(f));
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].oldValue, QStringLiteral("weekly"));
        QCOMPARE(audit[0].newValue, QStringLiteral("monthly"));

        const qint64 customer = ts.addCustomer();
        TAKE(r, retailerRedemption(ts, ts.cashier(), customer));
        TAKE(batch, ts->batches().get(r.batchId));
        QCOMPARE(batch.periodEnd, local(2026, 12, 1));
    }

    void closedBatchTakesNoNewRewards()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, retailerRedemption(ts, ts.cashier(), customer));
        ASTRO_VERIFY_OK(ts->batches().close(ts.manager(), a.batchId));
        TAKE(b, retailerRedemption(ts, ts.cashier(), customer));
        QVERIFY(b.batchId != a.batchId);
        TAKE(old, ts->batches().get(a.batchId));
        QCOMPARE(old.lineCount, 1);
    }

    void transitions()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, retailerRedemption(ts, ts.cashier(), customer));
        const qint64 id = a.batchId;

        const auto completeOpen = ts->batches().complete(ts.manager(), id);
        QVERIFY(!completeOpen.ok());
        QCOMPARE(completeOpen.error().code, ErrorCode::Conflict);

        ts.clock().advance(60);
        ASTRO_VERIFY_OK(ts->batches().close(ts.manager(), id));
        {
            TAKE(b, ts->batches().get(id));
            QCOMPARE(b.status, BatchStatus::Closed);
            QCOMPARE(b.closedAt, ts->now());
        }
        const auto closeAgain = ts->batches().close(ts.manager(), id);
        QVERIFY(!closeAgain.ok());
        QCOMPARE(closeAgain.error().code, ErrorCode::Conflict);
        const auto completeClosed = ts->batches().complete(ts.manager(), id);
        QVERIFY(!completeClosed.ok());
        QCOMPARE(completeClosed.error().code, ErrorCode::Conflict);

        ts.clock().advance(60);
        ASTRO_VERIFY_OK(ts->batches().submit(ts.manager(), id));
        {
            TAKE(b, ts->batches().get(id));
            QCOMPARE(b.status, BatchStatus::Submitted);
            QCOMPARE(b.submittedAt, ts->now());
            QCOMPARE(b.closedAt, ts->now().addSecs(-60)); // kept from the close
        }
        const auto submitAgain = ts->batches().submit(ts.manager(), id);
        QVERIFY(!submitAgain.ok());
        QCOMPARE(submitAgain.error().code, ErrorCode::Conflict);
        const auto closeSubmitted = ts->batches().close(ts.manager(), id);
        QVERIFY(!closeSubmitted.ok());
        QCOMPARE(closeSubmitted.error().code, ErrorCode::Conflict);

        ts.clock().advance(60);
        ASTRO_VERIFY_OK(ts->batches().complete(ts.admin(), id));
        TAKE(done, ts->batches().get(id));
        QCOMPARE(done.status, BatchStatus::Complete);
        QCOMPARE(done.completedAt, ts->now());
        for (const auto& s :
             {ts->batches().close(ts.admin(), id), ts->batches().submit(ts.admin(), id),
              ts->batches().complete(ts.admin(), id)}) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Conflict);
        }
    }

    void submittingAnOpenBatchClosesIt()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, retailerRedemption(ts, ts.cashier(), customer));
        ASTRO_VERIFY_OK(ts->batches().submit(ts.manager(), a.batchId));
        TAKE(b, ts->batches().get(a.batchId));
        QCOMPARE(b.status, BatchStatus::Submitted);
        QCOMPARE(b.closedAt, ts->now());
        TAKE(next, retailerRedemption(ts, ts.cashier(), customer));
        QVERIFY(next.batchId != a.batchId);
    }

    void emptyBatchCannotBeSubmitted()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, retailerRedemption(ts, ts.cashier(), customer));
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.cashier(), a.id, UndoMode::RemoveOnly));
        {
            TAKE(b, ts->batches().get(a.batchId));
            QCOMPARE(b.lineCount, 0);
            QCOMPARE(b.total.cents, qint64(0));
        }
        const auto submitted = ts->batches().submit(ts.manager(), a.batchId);
        QVERIFY(!submitted.ok());
        QCOMPARE(submitted.error().code, ErrorCode::Conflict);
        TAKE(b, ts->batches().get(a.batchId));
        QCOMPARE(b.status, BatchStatus::Open);
        TAKE(lines, ts->batches().lines(a.batchId));
        QVERIFY(lines.empty());
    }

    void cashierMayNotChangeBatches()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, retailerRedemption(ts, ts.cashier(), customer));
        for (const auto& s : {ts->batches().close(ts.cashier(), a.batchId),
                              ts->batches().submit(ts.cashier(), a.batchId),
                              BatchExport::markExported(ts.store(), ts.cashier(), a.batchId)}) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Forbidden);
        }
        {
            TAKE(b, ts->batches().get(a.batchId));
            QCOMPARE(b.status, BatchStatus::Open);
        }
        ASTRO_VERIFY_OK(ts->batches().submit(ts.manager(), a.batchId));
        const auto complete = ts->batches().complete(ts.cashier(), a.batchId);
        QVERIFY(!complete.ok());
        QCOMPARE(complete.error().code, ErrorCode::Forbidden);
        const auto exported = BatchExport::markExported(ts.store(), ts.cashier(), a.batchId);
        QVERIFY(exported.ok()); // nothing to do: already submitted
        TAKE(b, ts->batches().get(a.batchId));
        QCOMPARE(b.status, BatchStatus::Submitted);
    }

    void transitionsWriteAuditAndEvents()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, retailerRedemption(ts, ts.cashier(), customer));
        const qint64 id = a.batchId;
        ASTRO_VERIFY_OK(ts->batches().close(ts.manager(), id));
        ASTRO_VERIFY_OK(ts->batches().submit(ts.manager(), id));
        ASTRO_VERIFY_OK(ts->batches().complete(ts.admin(), id));

        AuditFilter f;
        f.text = QStringLiteral("batch:%1").arg(id);
        TAKE(audit, ts->auditLog().entries(f)); // newest first
        QCOMPARE(audit.size(), std::size_t(3));
        QCOMPARE(audit[2].field, QStringLiteral("status"));
        QCOMPARE(audit[2].oldValue, QStringLiteral("open"));
        QCOMPARE(audit[2].newValue, QStringLiteral("closed"));
        QCOMPARE(audit[2].userName, ts.manager().userName);
        QCOMPARE(audit[1].oldValue, QStringLiteral("closed"));
        QCOMPARE(audit[1].newValue, QStringLiteral("submitted"));
        QCOMPARE(audit[0].oldValue, QStringLiteral("submitted"));
        QCOMPARE(audit[0].newValue, QStringLiteral("complete"));
        QCOMPARE(audit[0].userName, ts.admin().userName);

        QCOMPARE(eventCount(ts, QStringLiteral("batch.closed")), qint64(1));
        QCOMPARE(eventCount(ts, QStringLiteral("batch.submitted")), qint64(1));
        QCOMPARE(eventCount(ts, QStringLiteral("batch.complete")), qint64(1));
        auto submitted = ts->events().recent(1, QStringLiteral("batch.submitted"));
        ASTRO_VERIFY_OK(submitted);
        const QJsonObject p = submitted->front().payload;
        QCOMPARE(p.value(QStringLiteral("batch")).toInteger(), id);
        QCOMPARE(p.value(QStringLiteral("lines")).toInt(), 1);
        QCOMPARE(p.value(QStringLiteral("total_cents")).toInteger(), qint64(2000));
        QCOMPARE(p.value(QStringLiteral("manufacturer")).toString(), QStringLiteral("M2"));

        // A refused transition writes nothing.
        const auto refused = ts->batches().complete(ts.admin(), id);
        QVERIFY(!refused.ok());
        TAKE(after, ts->auditLog().entries(f));
        QCOMPARE(after.size(), std::size_t(3));
        QCOMPARE(eventCount(ts, QStringLiteral("batch.")), qint64(3));
    }
};

QTEST_MAIN(TestBatches)
#include "tst_batches.moc"
