// EventApplier without a server: changes made on one counter's store with the real services,
// their events applied to a second store, and both stores compared.
#include "EventApplierKit.h"

#include "credits/CreditService.h"
#include "enrollment/EnrollmentService.h"

#include <QSet>
#include <QTest>

using namespace astro;
using namespace astro::test;
using namespace appliertests;

class TestEventApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anotherCountersChangesConverge()
    {
        Counters c;
        ASTRO_VERIFY_OK(settle(c.a));
        const qint64 unsentOnB = *c.b->events().unsentCount();
        const qint64 eventsOnB = eventCount(c.b);

        // Customers: added, edited, and a duplicate.
        const qint64 helene = c.a.addCustomer(QStringLiteral("Hélène"), QStringLiteral("Côté"));
        const qint64 marc = c.a.addCustomer(QStringLiteral("Marc"), QStringLiteral("Tremblay"));
        const qint64 twin = c.a.addCustomer(QStringLiteral("Marc"), QStringLiteral("Tremblay"));
        ASTRO_VERIFY_OK(c.a->customers().update(
            c.a.cashier(), helene,
            CustomerInput{QStringLiteral("Hélène"), QStringLiteral("Côté-Roy"),
                          QStringLiteral("4165550188"), QStringLiteral("helene@example.ca")}));

        // Visits: several units on one card in one visit (a multi-purchase, with its reason),
        // cards completed on several rules, a scan voided before the visit ends.
        ASTRO_VERIFY_OK(shop(c.a, helene, {line("ANY-1"), line("ANY-2"), line("PP-1")},
                             QStringLiteral("converting paper card")));
        ASTRO_VERIFY_OK(shop(c.a, helene, {line("ANY-3", 5), line("LV-1"), line("LV-4")},
                             QStringLiteral("stocking up")));
        ASTRO_VERIFY_OK(
            shop(c.a, marc, {line("MF-1", 2), line("MF-2")}, QStringLiteral("stocking up")));
        ASTRO_VERIFY_OK(shop(c.a, twin, {line("SZ-S1"), line("ANY-1")}));
        {
            const Actor cashier = c.a.cashier();
            TAKE(visit, c.a->visits().open(cashier, marc));
            ASTRO_VERIFY_OK(c.a->visits().scan(cashier, visit.id, line("LV-2")));
            TAKE(wrong, c.a->visits().scan(cashier, visit.id, line("LV-3")));
            ASTRO_VERIFY_OK(c.a->visits().voidScan(cashier, wrong.scanId));
            ASTRO_VERIFY_OK(c.a->visits().finish(cashier, visit.id));
        }

        // Redemptions and what happens to their credits.
        TAKE(anyReward, redeem(c.a, helene, "CRD-ANY", "ANY-3"));
        QCOMPARE(anyReward.creditStatus, CreditStatus::Uncredited);
        ASTRO_VERIFY_OK(c.a->credits().markCredited(c.a.manager(), anyReward.id));
        ASTRO_VERIFY_OK(c.a->credits().markReconciled(c.a.manager(), anyReward.id));
        TAKE(freqReward, redeem(c.a, marc, "CRD-FREQ", "MF-1"));
        ASTRO_VERIFY_OK(c.a->credits().markDeclined(c.a.manager(), freqReward.id,
                                                    QStringLiteral("Unknown account")));
        // Resubmitted with the right number, which also fixes the enrollment's.
        ASTRO_VERIFY_OK(c.a->credits().resubmit(c.a.manager(), freqReward.id,
                                                QStringLiteral("ACME-78"),
                                                QStringLiteral("Account fixed")));
        TAKE(undone, redeem(c.a, helene, "CRD-ANY", "ANY-1"));
        ASTRO_VERIFY_OK(c.a->redemptions().undo(c.a.manager(), undone.id, UndoMode::RemoveOnly));
        TAKE(declined, redeem(c.a, helene, "CRD-ANY", "ANY-2"));
        ASTRO_VERIFY_OK(c.a->credits().markDeclined(c.a.manager(), declined.id,
                                                    QStringLiteral("Past the deadline")));

        // The duplicate's history goes to the kept customer.
        ASTRO_VERIFY_OK(c.a->customers().merge(c.a.manager(), marc, twin));

        TAKE(events, take(c.a));
        QSet<QString> types;
        for (const Event& e : events)
            types.insert(e.type);
        for (const char* type :
             {"customer.added", "customer.updated", "customer.merged", "visit.opened",
              "visit.finished", "scan.added", "scan.voided", "reward.earned", "redemption.added",
              "redemption.undone", "credit.credited", "credit.reconciled", "credit.declined",
              "credit.uncredited", "enrollment.changed"})
            QVERIFY2(types.contains(QLatin1String(type)), type);

        TAKE(outcomes, applyAll(c.b, events));
        QCOMPARE(int(outcomes.size()), int(events.size()));
        QCOMPARE(conflictsOf(events, outcomes), QStringList());
        QCOMPARE(alreadyAppliedCount(outcomes), 0);

        QCOMPARE(customers(c.b), customers(c.a));
        QCOMPARE(visits(c.b), visits(c.a));
        QCOMPARE(scans(c.b), scans(c.a));
        QCOMPARE(redemptions(c.b), redemptions(c.a));
        QCOMPARE(enrollments(c.b), enrollments(c.a));
        QCOMPARE(cards(c.b), cards(c.a));
        QCOMPARE(redemptionField(c.b, declined.uuid, "credit_status"), QStringLiteral("declined"));
        QCOMPARE(redemptionField(c.b, freqReward.uuid, "account_number"),
                 QStringLiteral("ACME-78"));
        // Not vacuous: the cards moved.
        TAKE(anyOnB,
             c.b->cards().view(customerOn(c.b, uuidOf(c.a, helene)), QStringLiteral("CRD-ANY")));
        QCOMPARE(anyOnB.rewardsEarned, 2);
        TAKE(mergedOnB, c.b->customers().byUuid(uuidOf(c.a, twin)));
        QVERIFY(mergedOnB.has_value());
        QCOMPARE(mergedOnB->mergedInto, std::optional<qint64>(customerOn(c.b, uuidOf(c.a, marc))));

        // Nothing applied went into B's own log: it is never sent back.
        QCOMPARE(*c.b->events().unsentCount(), unsentOnB);
        QCOMPARE(eventCount(c.b), eventsOnB);

        // The same batch again (a pull re-read after a crash): nothing changes.
        const QStringList before = snapshot(c.b);
        TAKE(again, applyAll(c.b, events));
        QCOMPARE(alreadyAppliedCount(again), int(events.size()));
        QCOMPARE(conflictsOf(events, again), QStringList());
        QCOMPARE(snapshot(c.b), before);
        QCOMPARE(*c.b->events().unsentCount(), unsentOnB);
    }

    void voidedScanTakesThePunchBack()
    {
        Counters c;
        ASTRO_VERIFY_OK(settle(c.a));
        const qint64 eventsOnB = eventCount(c.b);
        const qint64 customer = c.a.addCustomer();
        ASTRO_VERIFY_OK(shop(c.a, customer, {line("ANY-1")}));
        const Actor cashier = c.a.cashier();
        TAKE(visit, c.a->visits().open(cashier, customer));
        TAKE(scan, c.a->visits().scan(cashier, visit.id, line("ANY-2", 2)));
        QCOMPARE(scan.punches.at(0).rewardsEarned, 1);
        TAKE(first, take(c.a));
        TAKE(firstOutcomes, applyAll(c.b, first));
        QCOMPARE(conflictsOf(first, firstOutcomes), QStringList());

        const qint64 onB = customerOn(c.b, uuidOf(c.a, customer));
        QVERIFY(onB > 0);
        {
            TAKE(view, c.b->cards().view(onB, QStringLiteral("CRD-ANY")));
            QCOMPARE(view.progress, 0);
            QCOMPARE(view.rewardsEarned, 1);
            QCOMPARE(int(view.openRewards.size()), 1);
        }

        // The cashier voids it on A: B takes the punches and the reward back.
        ASTRO_VERIFY_OK(c.a->visits().voidScan(cashier, scan.scanId));
        ASTRO_VERIFY_OK(c.a->visits().finish(cashier, visit.id));
        TAKE(second, take(c.a));
        TAKE(secondOutcomes, applyAll(c.b, second));
        QCOMPARE(conflictsOf(second, secondOutcomes), QStringList());
        {
            TAKE(view, c.b->cards().view(onB, QStringLiteral("CRD-ANY")));
            QCOMPARE(view.progress, 1);
            QCOMPARE(view.rewardsEarned, 0);
            QVERIFY(view.openRewards.empty());
        }
        QCOMPARE(scans(c.b), scans(c.a));
        QCOMPARE(cards(c.b), cards(c.a));
        QCOMPARE(eventCount(c.b), eventsOnB);
    }

    void leavingTemporaryHoldingReleasesHeldRedemptions()
    {
        Counters c;
        ASTRO_VERIFY_OK(settle(c.a));
        const qint64 eventsOnB = eventCount(c.b);
        const qint64 customer = c.a.addCustomer();
        ASTRO_VERIFY_OK(shop(c.a, customer, {line("HOLD-1", 2)}, QStringLiteral("stocking up")));
        TAKE(held, redeem(c.a, customer, "CRD-HOLD", "HOLD-1"));
        QCOMPARE(held.creditStatus, CreditStatus::Held);
        TAKE(history, take(c.a));
        TAKE(historyOutcomes, applyAll(c.b, history));
        QCOMPARE(conflictsOf(history, historyOutcomes), QStringList());
        QCOMPARE(redemptionField(c.b, held.uuid, "credit_status"), QStringLiteral("held"));

        // A's manager chooses the distributor: the enrollment change alone releases B's copy.
        TAKE(released, c.a->enrollment().set(
                           c.a.manager(), QStringLiteral("LOC-A"), QStringLiteral("PRG-HOLD"),
                           QStringLiteral("DST-NOACCOUNT"), QStringLiteral("NA-9")));
        QCOMPARE(released, 1);
        TAKE(change, take(c.a));
        QCOMPARE(int(change.size()), 1);
        QCOMPARE(change.front().type, QStringLiteral("enrollment.changed"));
        TAKE(outcome, applyOne(c.b, change.front()));
        QVERIFY(!outcome.conflict);

        QCOMPARE(redemptionField(c.b, held.uuid, "credit_status"), QStringLiteral("uncredited"));
        QCOMPARE(redemptionField(c.b, held.uuid, "distributor_id"),
                 QStringLiteral("DST-NOACCOUNT"));
        QCOMPARE(redemptionField(c.b, held.uuid, "account_number"), QStringLiteral("NA-9"));
        TAKE(enrollment,
             c.b->enrollment().get(QStringLiteral("LOC-A"), QStringLiteral("PRG-HOLD")));
        QVERIFY(enrollment.has_value());
        QCOMPARE(enrollment->distributorId, QStringLiteral("DST-NOACCOUNT"));
        QCOMPARE(enrollment->accountNumber, QStringLiteral("NA-9"));
        TAKE(stillHeld, c.b->enrollment().held(QStringLiteral("LOC-A")));
        QVERIFY(stillHeld.empty());
        QCOMPARE(redemptions(c.b), redemptions(c.a));
        QCOMPARE(enrollments(c.b), enrollments(c.a));
        QCOMPARE(eventCount(c.b), eventsOnB);
    }
};

QTEST_GUILESS_MAIN(TestEventApplier)
#include "tst_eventapplier.moc"
