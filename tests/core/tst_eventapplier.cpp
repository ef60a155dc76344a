// EventApplier without a server: changes made on one counter's store with the real services,
// their events applied to a second store, and both stores compared.
#include "TestStore.h"

#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "credits/CreditService.h"
#include "customers/CustomerStore.h"
#include "engine/CardService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "sync/ConflictLog.h"
#include "sync/EnrollmentOrder.h"
#include "sync/EventApplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace astro;
using namespace astro::test;

namespace {

const QStringList cardIds{QStringLiteral("CRD-ANY"),  QStringLiteral("CRD-LEAST"),
                          QStringLiteral("CRD-SIZE"), QStringLiteral("CRD-PRIOR"),
                          QStringLiteral("CRD-FREQ"), QStringLiteral("CRD-HOLD")};

// Marks everything the store recorded so far as sent: setup (catalog, enrollments, users) is
// on both stores already and is not part of what a test applies.
Status settle(TestStore& ts)
{
    auto unsent = ts->events().unsent(100000);
    if (!unsent)
        return unsent.error();
    std::vector<QString> uuids;
    for (const Event& e : *unsent)
        uuids.push_back(e.uuid);
    return ts->events().markSent(uuids, ts->now());
}

// The events the store recorded since the last take() or settle(), in order; marked sent.
Result<std::vector<Event>> take(TestStore& ts)
{
    auto unsent = ts->events().unsent(100000);
    if (!unsent)
        return unsent.error();
    if (auto s = settle(ts); !s)
        return s.error();
    return unsent;
}

// Applies the events to the store in one transaction, as the sync does with a pulled batch.
Result<std::vector<sync::ApplyOutcome>> applyAll(TestStore& ts, const std::vector<Event>& events)
{
    Transaction transaction(ts->db());
    if (!transaction.started())
        return transaction.started().error();
    sync::EventApplier applier(ts.store());
    std::vector<sync::ApplyOutcome> outcomes;
    for (const Event& e : events) {
        auto outcome = applier.apply(e);
        if (!outcome)
            return outcome.error();
        outcomes.push_back(*outcome);
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return outcomes;
}

Result<sync::ApplyOutcome> applyOne(TestStore& ts, const Event& e)
{
    auto outcomes = applyAll(ts, {e});
    if (!outcomes)
        return outcomes.error();
    return outcomes->front();
}

// "type: kind" of every outcome with a conflict, for failure messages and comparisons.
QStringList conflictsOf(const std::vector<Event>& events,
                        const std::vector<sync::ApplyOutcome>& outcomes)
{
    QStringList out;
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        if (outcomes[i].conflict)
            out << events[i].type + QStringLiteral(": ") + outcomes[i].conflict->kind;
    return out;
}

int alreadyAppliedCount(const std::vector<sync::ApplyOutcome>& outcomes)
{
    return int(std::count_if(outcomes.begin(), outcomes.end(),
                             [](const sync::ApplyOutcome& o) { return o.alreadyApplied; }));
}

QStringList rows(TestStore& ts, const QString& sql)
{
    QStringList out;
    auto result = ts->db().select(sql);
    if (!result)
        return {QStringLiteral("error: ") + result.error().message};
    for (const Row& r : *result) {
        QStringList fields;
        for (const QVariant& v : r)
            fields << (v.isNull() ? QStringLiteral("∅") : v.toString());
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

// Customers by UUID, with whom they were merged into by UUID (ids differ between stores).
QStringList customers(TestStore& ts)
{
    return rows(ts, QStringLiteral("SELECT c.uuid, c.first_name, c.last_name, c.phone, c.email, "
                                   "k.uuid FROM customers c LEFT JOIN customers k ON k.id = "
                                   "c.merged_into ORDER BY c.uuid"));
}

QStringList visits(TestStore& ts)
{
    return rows(ts, QStringLiteral("SELECT v.uuid, c.uuid, v.location_id, v.transaction_id, "
                                   "v.finished_at IS NOT NULL, v.reason FROM visits v JOIN "
                                   "customers c ON c.id = v.customer_id ORDER BY v.uuid"));
}

QStringList scans(TestStore& ts)
{
    return rows(ts, QStringLiteral("SELECT s.uuid, c.uuid, p.gtin, s.quantity, s.unit_price_cents, "
                                   "s.voided_at IS NOT NULL, (SELECT group_concat(card_id || ':' "
                                   "|| voided) FROM (SELECT card_id, voided FROM punches WHERE "
                                   "scan_id = s.id ORDER BY card_id)) FROM scans s JOIN customers "
                                   "c ON c.id = s.customer_id JOIN products p ON p.id = "
                                   "s.product_id ORDER BY s.uuid"));
}

QStringList redemptions(TestStore& ts)
{
    return rows(ts, QStringLiteral(
                        "SELECT r.uuid, c.uuid, r.program_id, r.card_id, r.quantity, r.cost_cents, "
                        "r.credit_status, coalesce(r.distributor_id, ''), r.account_number, "
                        "coalesce(r.decline_reason, ''), coalesce(r.note, ''), r.undone_at IS NOT "
                        "NULL, r.reward_id IS NOT NULL FROM redemptions r JOIN customers c ON c.id "
                        "= r.customer_id "
                        "ORDER BY r.uuid"));
}

QStringList enrollments(TestStore& ts)
{
    return rows(ts, QStringLiteral("SELECT location_id, subject_id, coalesce(distributor_id, ''), "
                                   "account_number FROM enrollments ORDER BY 1, 2"));
}

// Every customer's cards as the cashier sees them: progress, rewards earned, units left.
QStringList cards(TestStore& ts)
{
    QStringList out;
    auto all = ts->db().select(QStringLiteral("SELECT id, uuid FROM customers ORDER BY uuid"));
    if (!all)
        return {QStringLiteral("error: ") + all.error().message};
    for (const Row& r : *all)
        for (const QString& card : cardIds) {
            auto view = ts->cards().view(r[0].toLongLong(), card);
            if (!view)
                return {QStringLiteral("error: ") + view.error().message};
            int unitsLeft = 0;
            for (const Reward& reward : view->openRewards)
                unitsLeft += reward.unitsLeft();
            out << QStringLiteral("%1 %2: progress %3, earned %4, left %5")
                       .arg(r[1].toString(), card)
                       .arg(view->progress)
                       .arg(view->rewardsEarned)
                       .arg(unitsLeft);
        }
    return out;
}

// Everything a test compares, and the tables an applied event could touch.
QStringList snapshot(TestStore& ts)
{
    QStringList out =
        customers(ts) + visits(ts) + scans(ts) + redemptions(ts) + enrollments(ts) + cards(ts);
    for (const char* table : {"customers", "visits", "scans", "punches", "rewards", "redemptions",
                              "events", "sync_conflicts", "audit_log"}) {
        auto n =
            ts->db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        out << QStringLiteral("%1: %2").arg(QLatin1String(table),
                                            n ? n->toString() : n.error().message);
    }
    return out;
}

qint64 eventCount(TestStore& ts)
{
    auto n = ts->db().scalar(QStringLiteral("SELECT count(*) FROM events"));
    return n ? n->toLongLong() : -1;
}

qint64 appliedCount(TestStore& ts, const QString& uuid)
{
    auto n =
        ts->db().scalar(QStringLiteral("SELECT count(*) FROM sync_applied WHERE uuid = ?"), {uuid});
    return n ? n->toLongLong() : -1;
}

qint64 customerOn(TestStore& ts, const QString& uuid)
{
    auto found = ts->customers().byUuid(uuid);
    return found && found->has_value() ? (*found)->id : 0;
}

QString uuidOf(TestStore& ts, qint64 customerId)
{
    auto c = ts->customers().get(customerId);
    return c ? c->uuid : QString();
}

// A visit of `customer` with the lines, finished with `reason` (given when it is needed).
Result<Visit> shop(TestStore& ts, qint64 customer, const std::vector<ScanLine>& lines,
                   const QString& reason = {})
{
    const Actor cashier = ts.cashier();
    auto visit = ts->visits().open(cashier, customer);
    if (!visit)
        return visit.error();
    for (const ScanLine& l : lines)
        if (auto out = ts->visits().scan(cashier, visit->id, l); !out)
            return out.error();
    if (auto s = ts->visits().finish(cashier, visit->id, reason); !s)
        return s.error();
    return visit;
}

Result<Redemption> redeem(TestStore& ts, qint64 customer, const char* card, const char* item)
{
    RedeemRequest r;
    r.customerId = customer;
    r.cardId = QLatin1String(card);
    r.code = upc(item);
    return ts->redemptions().redeem(ts.cashier(), r);
}

QString redemptionField(TestStore& ts, const QString& uuid, const char* column)
{
    auto v = ts->db().scalar(
        QStringLiteral("SELECT %1 FROM redemptions WHERE uuid = ?").arg(QLatin1String(column)),
        {uuid});
    return v ? v->toString() : v.error().message;
}

// Two counters of the same store: the same catalog and enrollments, nothing else shared.
struct Counters
{
    TestStore a;
    TestStore b;

    Counters()
    {
        ready(a);
        ready(b);
        a.cashier();
        a.manager();
        b.cashier();
        // B's setup is on the server already: a change of its own still waiting to be sent
        // would rightly outrank A's (the server's order decides enrollment).
        if (auto s = settle(b); !s)
            qFatal("settle: %s", qPrintable(s.error().message));
    }
};

} // namespace

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

    void sameRewardRedeemedAtTwoCountersIsADoubleRedemption()
    {
        Counters c;
        TestStore third;
        ready(third);
        third.cashier();
        for (TestStore* ts : {&c.a, &c.b, &third})
            ASTRO_VERIFY_OK(settle(*ts));
        const qint64 eventsOnB = eventCount(c.b);

        // One reward, known to all three counters.
        const qint64 onA = c.a.addCustomer();
        ASTRO_VERIFY_OK(shop(c.a, onA, {line("ANY-1", 3)}, QStringLiteral("stocking up")));
        TAKE(history, take(c.a));
        ASTRO_VERIFY_OK(applyAll(c.b, history));
        ASTRO_VERIFY_OK(applyAll(third, history));
        const QString uuid = uuidOf(c.a, onA);
        const qint64 onThird = customerOn(third, uuid);
        const qint64 onB = customerOn(c.b, uuid);
        QVERIFY(onThird > 0 && onB > 0);
        {
            TAKE(view, c.b->cards().view(onB, QStringLiteral("CRD-ANY")));
            QCOMPARE(view.rewardsEarned, 1);
        }

        // A and the third counter, both offline, each give it out.
        TAKE(onACounter, redeem(c.a, onA, "CRD-ANY", "ANY-1"));
        TAKE(onThirdCounter, redeem(third, onThird, "CRD-ANY", "ANY-2"));
        TAKE(fromA, take(c.a));
        TAKE(fromThird, take(third));
        QCOMPARE(int(fromA.size()), 1);
        QCOMPARE(int(fromThird.size()), 1);

        TAKE(firstOutcome, applyOne(c.b, fromA.front()));
        QVERIFY(!firstOutcome.alreadyApplied);
        QVERIFY2(!firstOutcome.conflict,
                 qPrintable(firstOutcome.conflict ? firstOutcome.conflict->kind : QString()));
        TAKE(secondOutcome, applyOne(c.b, fromThird.front()));
        QVERIFY(!secondOutcome.alreadyApplied);
        QVERIFY(secondOutcome.conflict.has_value());
        QCOMPARE(secondOutcome.conflict->kind, QStringLiteral("double_redemption"));
        QCOMPARE(secondOutcome.conflict->customerUuid, uuid);

        // Both are on record, each with the device that gave it.
        QCOMPARE(redemptionField(c.b, onACounter.uuid, "origin"), c.a->deviceId());
        QCOMPARE(redemptionField(c.b, onThirdCounter.uuid, "origin"), third->deviceId());
        TAKE(kept, c.b->db().scalar(QStringLiteral("SELECT count(*) FROM redemptions")));
        QCOMPARE(kept.toInt(), 2);
        // The first one took the reward; the second has none left to take.
        QCOMPARE(redemptionField(c.b, onACounter.uuid, "reward_id").isEmpty(), false);
        QCOMPARE(redemptionField(c.b, onThirdCounter.uuid, "reward_id"), QString());
        TAKE(view, c.b->cards().view(onB, QStringLiteral("CRD-ANY")));
        QVERIFY(view.openRewards.empty());
        QCOMPARE(eventCount(c.b), eventsOnB);

        // Applied again: already applied, no second conflict, no third row.
        TAKE(again, applyOne(c.b, fromThird.front()));
        QVERIFY(again.alreadyApplied);
        QVERIFY(!again.conflict);
        TAKE(stillKept, c.b->db().scalar(QStringLiteral("SELECT count(*) FROM redemptions")));
        QCOMPARE(stillKept.toInt(), 2);
    }

    void unknownCustomerChangesNothing()
    {
        Counters c;
        ASTRO_VERIFY_OK(settle(c.a));
        // A customer B never heard of: its customer.added is lost on the way.
        const qint64 customer = c.a.addCustomer();
        const QString uuid = uuidOf(c.a, customer);
        ASTRO_VERIFY_OK(shop(c.a, customer, {line("ANY-1", 3)}, QStringLiteral("stocking up")));
        ASTRO_VERIFY_OK(redeem(c.a, customer, "CRD-ANY", "ANY-1"));
        TAKE(events, take(c.a));
        std::vector<Event> orphans;
        for (const Event& e : events)
            if (e.type == QLatin1String("visit.opened") || e.type == QLatin1String("scan.added") ||
                e.type == QLatin1String("redemption.added"))
                orphans.push_back(e);
        QCOMPARE(int(orphans.size()), 3);
        Event merged;
        merged.uuid = text::newUuid();
        merged.deviceId = c.a->deviceId();
        merged.at = c.a->now();
        merged.type = QStringLiteral("customer.merged");
        merged.payload = QJsonObject{{QStringLiteral("customer"), uuid},
                                     {QStringLiteral("merged"), text::newUuid()}};
        orphans.push_back(merged);

        for (const Event& e : orphans) {
            const QStringList before = snapshot(c.b);
            TAKE(outcome, applyOne(c.b, e));
            QVERIFY(!outcome.alreadyApplied);
            QVERIFY2(outcome.conflict.has_value(), qPrintable(e.type));
            QCOMPARE(outcome.conflict->kind, QStringLiteral("unknown_customer"));
            QCOMPARE(outcome.conflict->customerUuid, uuid);
            QCOMPARE(snapshot(c.b), before);
            QCOMPARE(appliedCount(c.b, e.uuid), qint64(1)); // recorded as applied
            TAKE(again, applyOne(c.b, e));
            QVERIFY(again.alreadyApplied);
            QVERIFY(!again.conflict);
        }
        QCOMPARE(customerOn(c.b, uuid), qint64(0));
    }

    void withdrawnProgramIsNotAccepted()
    {
        Counters c;
        ASTRO_VERIFY_OK(settle(c.a));
        const qint64 customer = c.a.addCustomer();
        ASTRO_VERIFY_OK(shop(c.a, customer, {line("ANY-1", 3)}, QStringLiteral("stocking up")));
        TAKE(history, take(c.a));
        TAKE(historyOutcomes, applyAll(c.b, history));
        QCOMPARE(conflictsOf(history, historyOutcomes), QStringList());

        // The brand withdraws PRG-DIST; B has the new catalog, A not yet.
        QJsonObject doc = QJsonDocument::fromJson(smallCatalog()).object();
        QJsonArray programs = doc.value(QStringLiteral("programs")).toArray();
        bool found = false;
        for (qsizetype i = 0; i < programs.size(); ++i) {
            QJsonObject p = programs[i].toObject();
            if (p.value(QStringLiteral("id")).toString() == QLatin1String("PRG-DIST")) {
                p.insert(QStringLiteral("active"), false);
                programs[i] = p;
                found = true;
            }
        }
        QVERIFY(found);
        doc.insert(QStringLiteral("programs"), programs);
        c.b.importCatalog(QJsonDocument(doc).toJson(QJsonDocument::Compact));
        TAKE(program, c.b->catalog().program(QStringLiteral("PRG-DIST")));
        QVERIFY(program.has_value());
        QVERIFY(!program->active);
        const qint64 eventsOnB = eventCount(c.b);

        TAKE(redemption, redeem(c.a, customer, "CRD-ANY", "ANY-2"));
        TAKE(events, take(c.a));
        QCOMPARE(int(events.size()), 1);
        TAKE(outcome, applyOne(c.b, events.front()));
        QVERIFY(!outcome.alreadyApplied);
        QVERIFY(outcome.conflict.has_value());
        QCOMPARE(outcome.conflict->kind, QStringLiteral("program_not_accepted"));
        QCOMPARE(outcome.conflict->customerUuid, uuidOf(c.a, customer));
        // Still on record: nothing is dropped.
        QCOMPARE(redemptionField(c.b, redemption.uuid, "program_id"), QStringLiteral("PRG-DIST"));
        QCOMPARE(eventCount(c.b), eventsOnB);

        // A punch on the withdrawn program is flagged the same way.
        ASTRO_VERIFY_OK(shop(c.a, customer, {line("ANY-3")}));
        TAKE(scanEvents, take(c.a));
        TAKE(scanOutcomes, applyAll(c.b, scanEvents));
        QCOMPARE(conflictsOf(scanEvents, scanOutcomes),
                 QStringList{QStringLiteral("scan.added: program_not_accepted")});
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

    void flaggedConflictIsKeptForManagers()
    {
        TestStore b;
        ready(b);
        const qint64 customer = b.addCustomer(QStringLiteral("Hélène"), QStringLiteral("Côté"));
        const qint64 eventsOnB = eventCount(b);
        sync::ConflictLog log(b.store());
        QCOMPARE(*log.openCount(), qint64(0));

        Event flagged;
        flagged.uuid = text::newUuid();
        flagged.deviceId = QStringLiteral("server");
        flagged.at = b->now();
        flagged.type = QStringLiteral("conflict.flagged");
        const QString conflictUuid = text::newUuid();
        const QString eventUuid = text::newUuid();
        flagged.payload = QJsonObject{
            {QStringLiteral("conflict"), conflictUuid},
            {QStringLiteral("event"), eventUuid},
            {QStringLiteral("kind"), QStringLiteral("double_redemption")},
            {QStringLiteral("message"), QStringLiteral("The same reward was redeemed twice.")},
            {QStringLiteral("customer"), uuidOf(b, customer)}};
        TAKE(outcome, applyOne(b, flagged));
        QVERIFY(!outcome.alreadyApplied);
        QVERIFY(!outcome.conflict);

        TAKE(open, log.list(true));
        QCOMPARE(int(open.size()), 1);
        QCOMPARE(open.front().kind, QStringLiteral("double_redemption"));
        QCOMPARE(open.front().message, QStringLiteral("The same reward was redeemed twice."));
        QCOMPARE(open.front().eventUuid, eventUuid);
        QCOMPARE(open.front().customerUuid, uuidOf(b, customer));
        QCOMPARE(open.front().customerName, QStringLiteral("Hélène Côté"));
        QCOMPARE(open.front().at, b->now());
        QVERIFY(!open.front().resolved());
        QCOMPARE(*log.openCount(), qint64(1));

        // The same event again, or the same conflict published again: still one.
        TAKE(again, applyOne(b, flagged));
        QVERIFY(again.alreadyApplied);
        Event republished = flagged;
        republished.uuid = text::newUuid();
        TAKE(republishedOutcome, applyOne(b, republished));
        QVERIFY(!republishedOutcome.alreadyApplied);
        QCOMPARE(*log.openCount(), qint64(1));
        QCOMPARE(eventCount(b), eventsOnB);
    }

    // The server's order decides enrollment: another counter's older change never replaces one
    // made here; a newer one does, and managers here are told.
    void enrollmentFollowsTheServersOrder()
    {
        Counters c;
        ASTRO_VERIFY_OK(settle(c.a));
        const QString loc = QStringLiteral("LOC-A");
        const QString program = QStringLiteral("PRG-HOLD");
        auto accountOn = [&](TestStore& ts) {
            auto e = ts->enrollment().get(loc, program);
            return e && e->has_value() ? (*e)->accountNumber : QString();
        };
        ASTRO_VERIFY_OK(c.a->enrollment().set(c.a.manager(), loc, program,
                                              QStringLiteral("DST-NOACCOUNT"),
                                              QStringLiteral("FROM-A")));
        TAKE(fromA, take(c.a));
        QCOMPARE(int(fromA.size()), 1);
        Event theirs = fromA.front();
        ASTRO_VERIFY_OK(c.b->enrollment().set(c.b.manager(), loc, program,
                                              QStringLiteral("DST-NOACCOUNT"),
                                              QStringLiteral("FROM-B")));

        // B's change is not sent yet: it will reach the server after A's, so it stays.
        theirs.seq = 10;
        TAKE(kept, applyOne(c.b, theirs));
        QVERIFY(!kept.conflict);
        QCOMPARE(accountOn(c.b), QStringLiteral("FROM-B"));

        // Sent, the server put B's change at 20: A's at 10 is older and changes nothing.
        TAKE(unsentOnB, c.b->events().unsent(10));
        std::vector<Event> mine;
        std::copy_if(unsentOnB.begin(), unsentOnB.end(), std::back_inserter(mine),
                     [](const Event& e) { return e.type == QLatin1String("enrollment.changed"); });
        QCOMPARE(int(mine.size()), 1);
        {
            Transaction transaction(c.b->db());
            ASTRO_VERIFY_OK(c.b->events().markSentIn({mine.front().uuid}, c.b->now()));
            ASTRO_VERIFY_OK(sync::EnrollmentOrder(c.b.store())
                                .remember(mine, QJsonObject{{mine.front().uuid, 20}}));
            ASTRO_VERIFY_OK(transaction.commit());
        }
        theirs.uuid = text::newUuid();
        TAKE(older, applyOne(c.b, theirs));
        QVERIFY(!older.conflict);
        QCOMPARE(accountOn(c.b), QStringLiteral("FROM-B"));
        sync::ConflictLog log(c.b.store());
        QCOMPARE(*log.openCount(), qint64(0));

        // A newer change from A (30) replaces B's, once, and B's managers see it.
        theirs.uuid = text::newUuid();
        theirs.seq = 30;
        TAKE(newer, applyOne(c.b, theirs));
        QVERIFY(!newer.conflict);
        QCOMPARE(accountOn(c.b), QStringLiteral("FROM-A"));
        TAKE(open, log.list(true));
        QCOMPARE(int(open.size()), 1);
        QCOMPARE(open.front().kind, QStringLiteral("enrollment_overtaken"));
        QVERIFY2(open.front().message.contains(QStringLiteral("FROM-A")),
                 qPrintable(open.front().message));
        theirs.uuid = text::newUuid();
        theirs.seq = 40;
        TAKE(later, applyOne(c.b, theirs));
        QVERIFY(!later.conflict);
        QCOMPARE(*log.openCount(), qint64(1)); // told once: the change made here is gone
    }
};

QTEST_GUILESS_MAIN(TestEventApplier)
#include "tst_eventapplier.moc"
