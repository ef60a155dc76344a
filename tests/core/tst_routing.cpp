// Fulfillment: where each redemption's credit goes, decided when it is redeemed.
#include "TestStore.h"

#include "batches/BatchService.h"
#include "credits/CreditService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/AuditLog.h"
#include "storage/EventLog.h"

#include <QTest>

#include <algorithm>

using namespace astro;
using namespace astro::test;

namespace {

// Buys `buy` units of `item` in a new visit and redeems the reward on `card` with `free`.
Result<Redemption> earnAndRedeem(TestStore& ts, const Actor& who, qint64 customer, const char* card,
                                 const char* item, int buy, const char* free)
{
    auto visit = ts->visits().open(who, customer);
    if (!visit)
        return visit.error();
    ScanLine l;
    l.code = upc(item);
    l.quantity = buy;
    if (auto out = ts->visits().scan(who, visit->id, l); !out)
        return out.error();
    RedeemRequest r;
    r.customerId = customer;
    r.cardId = QLatin1String(card);
    r.code = upc(free);
    r.visitId = visit->id;
    return ts->redemptions().redeem(who, r);
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distributorProgramGoesToTheEnrolledDistributor()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, earnAndRedeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", 3, "ANY-1"));
        QCOMPARE(r.fulfillment, Fulfillment::Distributor);
        QCOMPARE(r.distributorId, QStringLiteral("DST-ON"));
        QCOMPARE(r.distributorName, QStringLiteral("Distributor DST-ON"));
        QCOMPARE(r.accountNumber, QStringLiteral("ON-1001"));
        QCOMPARE(r.creditStatus, CreditStatus::Uncredited);
        QCOMPARE(r.batchId, qint64(0));
        QCOMPARE(r.locationId, QStringLiteral("LOC-A"));
    }

    void eachLocationUsesItsOwnEnrollment()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, earnAndRedeem(ts, ts.cashier(QStringLiteral("LOC-B")), customer, "CRD-ANY", "ANY-1",
                              3, "ANY-2"));
        QCOMPARE(r.locationId, QStringLiteral("LOC-B"));
        QCOMPARE(r.distributorId, QStringLiteral("DST-NY"));
        QCOMPARE(r.accountNumber, QStringLiteral("NY-55"));
        QCOMPARE(r.creditStatus, CreditStatus::Uncredited);
    }

    void laterEnrollmentChangesDoNotRewritePastRedemptions()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(before, earnAndRedeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", 3, "ANY-1"));
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), QStringLiteral("LOC-A"),
                                             QStringLiteral("PRG-DIST"), QStringLiteral("DST-ON"),
                                             QStringLiteral("ON-2002")));
        TAKE(past, ts->redemptions().get(before.id));
        QCOMPARE(past.accountNumber, QStringLiteral("ON-1001"));
        QCOMPARE(past.distributorId, QStringLiteral("DST-ON"));

        TAKE(after, earnAndRedeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", 3, "ANY-1"));
        QCOMPARE(after.accountNumber, QStringLiteral("ON-2002"));

        // Moving the program to Temporary Holding does not pull back what was already sent.
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), QStringLiteral("LOC-A"),
                                             QStringLiteral("PRG-DIST"),
                                             QStringLiteral("TEMP-HOLDING"), {}));
        TAKE(held, earnAndRedeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", 3, "ANY-1"));
        QCOMPARE(held.creditStatus, CreditStatus::Held);
        TAKE(first, ts->redemptions().get(before.id));
        QCOMPARE(first.creditStatus, CreditStatus::Uncredited);
        QCOMPARE(first.distributorId, QStringLiteral("DST-ON"));
        QCOMPARE(first.accountNumber, QStringLiteral("ON-1001"));
        TAKE(second, ts->redemptions().get(after.id));
        QCOMPARE(second.accountNumber, QStringLiteral("ON-2002"));
    }

    void locationNotEnrolledCannotGiveTheReward()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ScanLine l;
        l.code = upc("PP-1");
        l.quantity = 3;
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, l));
        // LOC-B is not enrolled in PRG-RET.
        RedeemRequest r;
        r.customerId = customer;
        r.cardId = QStringLiteral("CRD-PRIOR");
        r.code = upc("PP-1");
        const auto refused = ts->redemptions().redeem(ts.cashier(QStringLiteral("LOC-B")), r);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        TAKE(none, ts->redemptions().ofCustomer(customer));
        QVERIFY(none.empty());
        TAKE(batches, ts->batches().list());
        QVERIFY(batches.empty());
        // At LOC-A it goes through.
        r.visitId = visit.id;
        ASTRO_VERIFY_OK(ts->redemptions().redeem(ts.cashier(), r));
    }

    void directProgramHasNoDistributor()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, earnAndRedeem(ts, ts.cashier(), customer, "CRD-FREQ", "MF-1", 3, "MF-1"));
        QCOMPARE(r.fulfillment, Fulfillment::Direct);
        QVERIFY(r.distributorId.isEmpty());
        QCOMPARE(r.accountNumber, QStringLiteral("ACME-77"));
        QCOMPARE(r.creditStatus, CreditStatus::Uncredited);
        QCOMPARE(r.batchId, qint64(0));
        QCOMPARE(r.manufacturerId, QStringLiteral("M1"));
    }

    void retailerProgramIsBatched()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, earnAndRedeem(ts, ts.cashier(), customer, "CRD-PRIOR", "PP-2", 3, "PP-2"));
        QCOMPARE(r.fulfillment, Fulfillment::Retailer);
        QCOMPARE(r.creditStatus, CreditStatus::Batched);
        QVERIFY(r.distributorId.isEmpty());
        QVERIFY(r.batchId > 0);
        TAKE(batch, ts->batches().get(r.batchId));
        QCOMPARE(batch.manufacturerId, QStringLiteral("M2"));
        QCOMPARE(batch.locationId, QStringLiteral("LOC-A"));
        QCOMPARE(batch.status, BatchStatus::Open);
        QCOMPARE(batch.lineCount, 1);
        TAKE(lines, ts->batches().lines(r.batchId));
        QCOMPARE(lines.size(), std::size_t(1));
        QCOMPARE(lines[0].redemptionId, r.id);
        // Batched rewards are not distributor credits.
        TAKE(credits, ts->credits().list());
        QVERIFY(credits.empty());
    }

    void temporaryHoldingHoldsTheRedemption()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, earnAndRedeem(ts, ts.cashier(), customer, "CRD-HOLD", "HOLD-1", 2, "HOLD-1"));
        QCOMPARE(r.fulfillment, Fulfillment::Distributor);
        QCOMPARE(r.creditStatus, CreditStatus::Held);
        QCOMPARE(r.distributorId, QStringLiteral("TEMP-HOLDING"));
        QCOMPARE(r.batchId, qint64(0));
    }

    void heldListsTheHeldEnrollment()
    {
        TestStore ts;
        ready(ts);
        TAKE(held, ts->enrollment().held());
        QCOMPARE(held.size(), std::size_t(1));
        QCOMPARE(held[0].locationId, QStringLiteral("LOC-A"));
        QCOMPARE(held[0].subjectId, QStringLiteral("PRG-HOLD"));
        QVERIFY(held[0].held());
        TAKE(atA, ts->enrollment().held(QStringLiteral("LOC-A")));
        QCOMPARE(atA.size(), std::size_t(1));
        TAKE(atB, ts->enrollment().held(QStringLiteral("LOC-B")));
        QVERIFY(atB.empty());
    }

    void choosingADistributorReleasesHeldRedemptions()
    {
        TestStore ts;
        ready(ts);
        const qint64 first = ts.addCustomer();
        const qint64 second = ts.addCustomer(QStringLiteral("Other"), QStringLiteral("Person"));
        TAKE(a, earnAndRedeem(ts, ts.cashier(), first, "CRD-HOLD", "HOLD-1", 2, "HOLD-1"));
        TAKE(b, earnAndRedeem(ts, ts.cashier(), second, "CRD-HOLD", "HOLD-1", 2, "HOLD-1"));
        TAKE(c, earnAndRedeem(ts, ts.cashier(), second, "CRD-HOLD", "HOLD-1", 2, "HOLD-1"));
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.cashier(), c.id, UndoMode::RemoveOnly));
        QCOMPARE(a.creditStatus, CreditStatus::Held);
        QCOMPARE(b.creditStatus, CreditStatus::Held);

        TAKE(released,
             ts->enrollment().set(ts.manager(), QStringLiteral("LOC-A"), QStringLiteral("PRG-HOLD"),
                                  QStringLiteral("DST-NOACCOUNT"), {}));
        QCOMPARE(released, 2);
        for (qint64 id : {a.id, b.id}) {
            TAKE(r, ts->redemptions().get(id));
            QCOMPARE(r.creditStatus, CreditStatus::Uncredited);
            QCOMPARE(r.distributorId, QStringLiteral("DST-NOACCOUNT"));
        }
        TAKE(undone, ts->redemptions().get(c.id));
        QVERIFY(undone.undone());
        QCOMPARE(undone.creditStatus, CreditStatus::Held); // undone: not sent anywhere

        TAKE(held, ts->enrollment().held());
        QVERIFY(held.empty());
        CreditFilter filter;
        filter.distributorId = QStringLiteral("DST-NOACCOUNT");
        filter.status = CreditStatus::Uncredited;
        TAKE(credits, ts->credits().list(filter));
        QCOMPARE(credits.size(), std::size_t(2));

        AuditFilter audit;
        audit.text = QStringLiteral("enrollment:LOC-A/PRG-HOLD");
        TAKE(entries, ts->auditLog().entries(audit));
        const auto change = std::find_if(entries.begin(), entries.end(), [](const AuditEntry& e) {
            return e.field == QLatin1String("distributor");
        });
        QVERIFY(change != entries.end());
        QCOMPARE(change->oldValue, QStringLiteral("TEMP-HOLDING"));
        QCOMPARE(change->newValue, QStringLiteral("DST-NOACCOUNT"));
        QCOMPARE(change->userName, ts.manager().userName);

        auto events = ts->events().recent(1, QStringLiteral("enrollment.changed"));
        ASTRO_VERIFY_OK(events);
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(events->front().payload.value(QStringLiteral("released")).toInt(), 2);
        QCOMPARE(events->front().payload.value(QStringLiteral("distributor")).toString(),
                 QStringLiteral("DST-NOACCOUNT"));

        // New redemptions go straight to the distributor.
        TAKE(d, earnAndRedeem(ts, ts.cashier(), first, "CRD-HOLD", "HOLD-1", 2, "HOLD-1"));
        QCOMPARE(d.creditStatus, CreditStatus::Uncredited);
        QCOMPARE(d.distributorId, QStringLiteral("DST-NOACCOUNT"));
    }

    void releaseCarriesTheAccountNumber()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, earnAndRedeem(ts, ts.cashier(), customer, "CRD-HOLD", "HOLD-1", 2, "HOLD-1"));
        TAKE(released,
             ts->enrollment().set(ts.admin(), QStringLiteral("LOC-A"), QStringLiteral("PRG-HOLD"),
                                  QStringLiteral("DST-NOACCOUNT"), QStringLiteral("NA-9")));
        QCOMPARE(released, 1);
        TAKE(r, ts->redemptions().get(a.id));
        QCOMPARE(r.accountNumber, QStringLiteral("NA-9"));
        QCOMPARE(r.distributorName, QStringLiteral("Distributor DST-NOACCOUNT"));
        // Choosing the same distributor again releases nothing more.
        TAKE(again,
             ts->enrollment().set(ts.admin(), QStringLiteral("LOC-A"), QStringLiteral("PRG-HOLD"),
                                  QStringLiteral("DST-NOACCOUNT"), QStringLiteral("NA-9")));
        QCOMPARE(again, 0);
    }
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
