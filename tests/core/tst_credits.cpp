// Distributor and direct credits as the store follows them: credited, reconciled, declined,
// resubmitted with a fixed account number.
#include "TestStore.h"

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

Result<Redemption> earnAndRedeem(TestStore& ts, const Actor& who, qint64 customer, const char* card,
                                 const char* item, int buy)
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
    r.code = upc(item);
    r.visitId = visit->id;
    return ts->redemptions().redeem(who, r);
}

// A PRG-DIST redemption at LOC-A: DST-ON, account ON-1001, uncredited.
Result<Redemption> distributorRedemption(TestStore& ts, qint64 customer)
{
    return earnAndRedeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", 3);
}

std::vector<AuditEntry> auditOf(TestStore& ts, const QString& subject)
{
    AuditFilter f;
    f.text = subject;
    auto entries = ts->auditLog().entries(f);
    std::vector<AuditEntry> out;
    if (entries)
        for (const AuditEntry& e : *entries)
            if (e.subject == subject)
                out.push_back(e);
    return out;
}

const AuditEntry* find(const std::vector<AuditEntry>& entries, const QString& field,
                       const QString& newValue)
{
    for (const AuditEntry& e : entries)
        if (e.field == field && e.newValue == newValue)
            return &e;
    return nullptr;
}

QList<qint64> idsOf(const std::vector<Redemption>& list)
{
    QList<qint64> ids;
    for (const Redemption& r : list)
        ids << r.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestCredits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creditedThenReconciled()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, distributorRedemption(ts, customer));
        QCOMPARE(r.creditStatus, CreditStatus::Uncredited);

        ASTRO_VERIFY_OK(ts->credits().markCredited(ts.manager(), r.id));
        {
            TAKE(credited, ts->redemptions().get(r.id));
            QCOMPARE(credited.creditStatus, CreditStatus::Credited);
            QCOMPARE(credited.accountNumber, QStringLiteral("ON-1001"));
        }
        ASTRO_VERIFY_OK(ts->credits().markReconciled(ts.admin(), r.id));
        TAKE(reconciled, ts->redemptions().get(r.id));
        QCOMPARE(reconciled.creditStatus, CreditStatus::Reconciled);

        const auto audit = auditOf(ts, QStringLiteral("redemption:%1").arg(r.id));
        QCOMPARE(audit.size(), std::size_t(2));
        const AuditEntry* toCredited =
            find(audit, QStringLiteral("credit_status"), QStringLiteral("credited"));
        QVERIFY(toCredited);
        QCOMPARE(toCredited->oldValue, QStringLiteral("uncredited"));
        QCOMPARE(toCredited->userName, ts.manager().userName);
        const AuditEntry* toReconciled =
            find(audit, QStringLiteral("credit_status"), QStringLiteral("reconciled"));
        QVERIFY(toReconciled);
        QCOMPARE(toReconciled->oldValue, QStringLiteral("credited"));
        QCOMPARE(eventCount(ts, QStringLiteral("credit.credited")), qint64(1));
        QCOMPARE(eventCount(ts, QStringLiteral("credit.reconciled")), qint64(1));
    }

    void refusedTransitionsAreConflicts()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, distributorRedemption(ts, customer));
        const auto reconcileEarly = ts->credits().markReconciled(ts.manager(), r.id);
        QVERIFY(!reconcileEarly.ok());
        QCOMPARE(reconcileEarly.error().code, ErrorCode::Conflict);
        const auto resubmitEarly =
            ts->credits().resubmit(ts.manager(), r.id, QStringLiteral("ON-2"));
        QVERIFY(!resubmitEarly.ok());
        QCOMPARE(resubmitEarly.error().code, ErrorCode::Conflict);
        ASTRO_VERIFY_OK(ts->credits().markCredited(ts.manager(), r.id));
        const auto twice = ts->credits().markCredited(ts.manager(), r.id);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, ErrorCode::Conflict);
        ASTRO_VERIFY_OK(ts->credits().markReconciled(ts.manager(), r.id));
        const auto declineReconciled =
            ts->credits().markDeclined(ts.manager(), r.id, QStringLiteral("late"));
        QVERIFY(!declineReconciled.ok());
        QCOMPARE(declineReconciled.error().code, ErrorCode::Conflict);

        // Held, batched and undone redemptions are not distributor credits to mark.
        TAKE(held, earnAndRedeem(ts, ts.cashier(), customer, "CRD-HOLD", "HOLD-1", 2));
        TAKE(batched, earnAndRedeem(ts, ts.cashier(), customer, "CRD-PRIOR", "PP-1", 3));
        TAKE(undone, distributorRedemption(ts, customer));
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.cashier(), undone.id, UndoMode::RemoveOnly));
        for (qint64 id : {held.id, batched.id, undone.id}) {
            const auto s = ts->credits().markCredited(ts.manager(), id);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Conflict);
        }
        TAKE(stillHeld, ts->redemptions().get(held.id));
        QCOMPARE(stillHeld.creditStatus, CreditStatus::Held);
        TAKE(stillBatched, ts->redemptions().get(batched.id));
        QCOMPARE(stillBatched.creditStatus, CreditStatus::Batched);
    }

    void declineNeedsAReason()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, distributorRedemption(ts, customer));
        for (const QString& reason : {QString(), QStringLiteral("   ")}) {
            const auto s = ts->credits().markDeclined(ts.manager(), r.id, reason);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Invalid);
        }
        {
            TAKE(unchanged, ts->redemptions().get(r.id));
            QCOMPARE(unchanged.creditStatus, CreditStatus::Uncredited);
        }
        ASTRO_VERIFY_OK(ts->credits().markDeclined(ts.manager(), r.id,
                                                   QStringLiteral(" incorrect account number ")));
        TAKE(declined, ts->redemptions().get(r.id));
        QCOMPARE(declined.creditStatus, CreditStatus::Declined);
        QCOMPARE(declined.declineReason, QStringLiteral("incorrect account number"));
        QCOMPARE(declined.accountNumber, QStringLiteral("ON-1001"));

        // A credited one may still be declined (the memo did not include it).
        TAKE(other, distributorRedemption(ts, customer));
        ASTRO_VERIFY_OK(ts->credits().markCredited(ts.manager(), other.id));
        ASTRO_VERIFY_OK(
            ts->credits().markDeclined(ts.manager(), other.id, QStringLiteral("not on memo")));
    }

    void resubmitFixesTheAccountAndTheEnrollment()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, distributorRedemption(ts, customer));
        ASTRO_VERIFY_OK(ts->credits().markDeclined(ts.manager(), r.id,
                                                   QStringLiteral("incorrect account number")));
        const auto blank = ts->credits().resubmit(ts.manager(), r.id, QStringLiteral("  "));
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().code, ErrorCode::Invalid);

        ts.clock().advance(3600);
        ASTRO_VERIFY_OK(ts->credits().resubmit(ts.manager(), r.id, QStringLiteral(" ON-1002 "),
                                               QStringLiteral("called the rep")));
        TAKE(fixed, ts->redemptions().get(r.id));
        QCOMPARE(fixed.creditStatus, CreditStatus::Uncredited);
        QCOMPARE(fixed.accountNumber, QStringLiteral("ON-1002"));
        QCOMPARE(fixed.distributorId, QStringLiteral("DST-ON"));
        QCOMPARE(fixed.note, QStringLiteral("called the rep"));
        QVERIFY(fixed.declineReason.isEmpty());

        TAKE(enrollment, ts->enrollment().get(QStringLiteral("LOC-A"), QStringLiteral("PRG-DIST")));
        QVERIFY(enrollment.has_value());
        QCOMPARE(enrollment->accountNumber, QStringLiteral("ON-1002"));
        QCOMPARE(enrollment->distributorId, QStringLiteral("DST-ON"));
        QCOMPARE(enrollment->updatedAt, ts->now());

        const auto redemptionAudit = auditOf(ts, QStringLiteral("redemption:%1").arg(r.id));
        const AuditEntry* account =
            find(redemptionAudit, QStringLiteral("account_number"), QStringLiteral("ON-1002"));
        QVERIFY(account);
        QCOMPARE(account->oldValue, QStringLiteral("ON-1001"));
        const AuditEntry* status =
            find(redemptionAudit, QStringLiteral("credit_status"), QStringLiteral("uncredited"));
        QVERIFY(status);
        QCOMPARE(status->oldValue, QStringLiteral("declined"));
        const auto enrollmentAudit = auditOf(ts, QStringLiteral("enrollment:LOC-A/PRG-DIST"));
        const AuditEntry* enrolled =
            find(enrollmentAudit, QStringLiteral("account_number"), QStringLiteral("ON-1002"));
        QVERIFY(enrolled);
        QCOMPARE(enrolled->oldValue, QStringLiteral("ON-1001"));
        QCOMPARE(enrolled->userName, ts.manager().userName);

        auto events = ts->events().recent(1, QStringLiteral("enrollment.changed"));
        ASTRO_VERIFY_OK(events);
        QCOMPARE(events->front().payload.value(QStringLiteral("account_number")).toString(),
                 QStringLiteral("ON-1002"));
        QCOMPARE(events->front().payload.value(QStringLiteral("old_account_number")).toString(),
                 QStringLiteral("ON-1001"));

        // The next redemption uses the fixed number.
        TAKE(next, distributorRedemption(ts, customer));
        QCOMPARE(next.accountNumber, QStringLiteral("ON-1002"));
    }

    void resubmitLeavesAnAlreadyChangedEnrollmentAlone()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, distributorRedemption(ts, customer));
        ASTRO_VERIFY_OK(ts->credits().markDeclined(ts.manager(), r.id,
                                                   QStringLiteral("incorrect account number")));
        ASTRO_VERIFY_OK(ts->enrollment().set(ts.admin(), QStringLiteral("LOC-A"),
                                             QStringLiteral("PRG-DIST"), QStringLiteral("DST-ON"),
                                             QStringLiteral("ON-3003")));
        const std::size_t auditBefore =
            auditOf(ts, QStringLiteral("enrollment:LOC-A/PRG-DIST")).size();
        ASTRO_VERIFY_OK(ts->credits().resubmit(ts.manager(), r.id, QStringLiteral("ON-1002")));
        TAKE(fixed, ts->redemptions().get(r.id));
        QCOMPARE(fixed.accountNumber, QStringLiteral("ON-1002"));
        TAKE(enrollment, ts->enrollment().get(QStringLiteral("LOC-A"), QStringLiteral("PRG-DIST")));
        QCOMPARE(enrollment->accountNumber, QStringLiteral("ON-3003"));
        QCOMPARE(auditOf(ts, QStringLiteral("enrollment:LOC-A/PRG-DIST")).size(), auditBefore);
    }

    void resubmitFixesADirectEnrollment()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, earnAndRedeem(ts, ts.cashier(), customer, "CRD-FREQ", "MF-1", 3));
        QCOMPARE(r.accountNumber, QStringLiteral("ACME-77"));
        ASTRO_VERIFY_OK(ts->credits().markDeclined(ts.admin(), r.id,
                                                   QStringLiteral("incorrect account number")));
        ASTRO_VERIFY_OK(ts->credits().resubmit(ts.admin(), r.id, QStringLiteral("ACME-78")));
        TAKE(enrollment,
             ts->enrollment().get(QStringLiteral("LOC-A"), QStringLiteral("PRG-DIRECT")));
        QCOMPARE(enrollment->accountNumber, QStringLiteral("ACME-78"));
    }

    void listFiltersByStatusAndDistributor()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(onA, distributorRedemption(ts, customer));
        TAKE(onB, earnAndRedeem(ts, ts.cashier(QStringLiteral("LOC-B")), customer, "CRD-ANY",
                                "ANY-1", 3));
        TAKE(direct, earnAndRedeem(ts, ts.cashier(), customer, "CRD-FREQ", "MF-1", 3));
        TAKE(batched, earnAndRedeem(ts, ts.cashier(), customer, "CRD-PRIOR", "PP-1", 3));
        TAKE(held, earnAndRedeem(ts, ts.cashier(), customer, "CRD-HOLD", "HOLD-1", 2));
        TAKE(undone, distributorRedemption(ts, customer));
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.cashier(), undone.id, UndoMode::RemoveOnly));
        ASTRO_VERIFY_OK(ts->credits().markCredited(ts.manager(), onA.id));
        Q_UNUSED(batched);

        TAKE(all, ts->credits().list());
        QCOMPARE(idsOf(all), (QList<qint64>{onA.id, onB.id, direct.id, held.id}));

        CreditFilter credited;
        credited.status = CreditStatus::Credited;
        TAKE(onlyCredited, ts->credits().list(credited));
        QCOMPARE(idsOf(onlyCredited), QList<qint64>{onA.id});

        CreditFilter uncredited;
        uncredited.status = CreditStatus::Uncredited;
        TAKE(onlyUncredited, ts->credits().list(uncredited));
        QCOMPARE(idsOf(onlyUncredited), (QList<qint64>{onB.id, direct.id}));

        CreditFilter ny;
        ny.distributorId = QStringLiteral("DST-NY");
        TAKE(onlyNy, ts->credits().list(ny));
        QCOMPARE(idsOf(onlyNy), QList<qint64>{onB.id});

        CreditFilter onCredited;
        onCredited.distributorId = QStringLiteral("DST-ON");
        onCredited.status = CreditStatus::Uncredited;
        TAKE(none, ts->credits().list(onCredited));
        QVERIFY(none.empty());

        CreditFilter heldOnly;
        heldOnly.status = CreditStatus::Held;
        TAKE(onlyHeld, ts->credits().list(heldOnly));
        QCOMPARE(idsOf(onlyHeld), QList<qint64>{held.id});
    }

    void cashierMayNotChangeCredits()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(r, distributorRedemption(ts, customer));
        const Actor cashier = ts.cashier();
        for (const auto& s : {ts->credits().markCredited(cashier, r.id),
                              ts->credits().markDeclined(cashier, r.id, QStringLiteral("x")),
                              ts->credits().markReconciled(cashier, r.id),
                              ts->credits().resubmit(cashier, r.id, QStringLiteral("ON-9"))}) {
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::Forbidden);
        }
        TAKE(unchanged, ts->redemptions().get(r.id));
        QCOMPARE(unchanged.creditStatus, CreditStatus::Uncredited);
        QVERIFY(auditOf(ts, QStringLiteral("redemption:%1").arg(r.id)).empty());
    }
};

QTEST_GUILESS_MAIN(TestCredits)
#include "tst_credits.moc"
