#pragma once

// What the EventApplier tests share: two counters of one store, taking one's events and applying
// them to the other, and the tables of both to compare.
#include "TestStore.h"

#include "customers/CustomerStore.h"
#include "engine/CardService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "sync/EventApplier.h"

#include <algorithm>

namespace appliertests {

using namespace astro;
using namespace astro::test;

inline const QStringList cardIds{QStringLiteral("CRD-ANY"),  QStringLiteral("CRD-LEAST"),
                                 QStringLiteral("CRD-SIZE"), QStringLiteral("CRD-PRIOR"),
                                 QStringLiteral("CRD-FREQ"), QStringLiteral("CRD-HOLD")};

// Marks everything the store recorded so far as sent: setup (catalog, enrollments, users) is
// on both stores already and is not part of what a test applies.
inline Status settle(TestStore& ts)
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
inline Result<std::vector<Event>> take(TestStore& ts)
{
    auto unsent = ts->events().unsent(100000);
    if (!unsent)
        return unsent.error();
    if (auto s = settle(ts); !s)
        return s.error();
    return unsent;
}

// Applies the events to the store in one transaction, as the sync does with a pulled batch.
inline Result<std::vector<sync::ApplyOutcome>> applyAll(TestStore& ts,
                                                        const std::vector<Event>& events)
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

inline Result<sync::ApplyOutcome> applyOne(TestStore& ts, const Event& e)
{
    auto outcomes = applyAll(ts, {e});
    if (!outcomes)
        return outcomes.error();
    return outcomes->front();
}

// "type: kind" of every outcome with a conflict, for failure messages and comparisons.
inline QStringList conflictsOf(const std::vector<Event>& events,
                               const std::vector<sync::ApplyOutcome>& outcomes)
{
    QStringList out;
    for (std::size_t i = 0; i < outcomes.size(); ++i)
        if (outcomes[i].conflict)
            out << events[i].type + QStringLiteral(": ") + outcomes[i].conflict->kind;
    return out;
}

inline int alreadyAppliedCount(const std::vector<sync::ApplyOutcome>& outcomes)
{
    return int(std::count_if(outcomes.begin(), outcomes.end(),
                             [](const sync::ApplyOutcome& o) { return o.alreadyApplied; }));
}

inline QStringList rows(TestStore& ts, const QString& sql)
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
inline QStringList customers(TestStore& ts)
{
    return rows(ts, QStringLiteral("SELECT c.uuid, c.first_name, c.last_name, c.phone, c.email, "
                                   "k.uuid FROM customers c LEFT JOIN customers k ON k.id = "
                                   "c.merged_into ORDER BY c.uuid"));
}

inline QStringList visits(TestStore& ts)
{
    return rows(ts, QStringLiteral("SELECT v.uuid, c.uuid, v.location_id, v.transaction_id, "
                                   "v.finished_at IS NOT NULL, v.reason FROM visits v JOIN "
                                   "customers c ON c.id = v.customer_id ORDER BY v.uuid"));
}

inline QStringList scans(TestStore& ts)
{
    return rows(ts, QStringLiteral("SELECT s.uuid, c.uuid, p.gtin, s.quantity, s.unit_price_cents, "
                                   "s.voided_at IS NOT NULL, (SELECT group_concat(card_id || ':' "
                                   "|| voided) FROM (SELECT card_id, voided FROM punches WHERE "
                                   "scan_id = s.id ORDER BY card_id)) FROM scans s JOIN customers "
                                   "c ON c.id = s.customer_id JOIN products p ON p.id = "
                                   "s.product_id ORDER BY s.uuid"));
}

inline QStringList redemptions(TestStore& ts)
{
    return rows(ts, QStringLiteral(
                        "SELECT r.uuid, c.uuid, r.program_id, r.card_id, r.quantity, r.cost_cents, "
                        "r.credit_status, coalesce(r.distributor_id, ''), r.account_number, "
                        "coalesce(r.decline_reason, ''), coalesce(r.note, ''), r.undone_at IS NOT "
                        "NULL, r.reward_id IS NOT NULL FROM redemptions r JOIN customers c ON c.id "
                        "= r.customer_id "
                        "ORDER BY r.uuid"));
}

inline QStringList enrollments(TestStore& ts)
{
    return rows(ts, QStringLiteral("SELECT location_id, subject_id, coalesce(distributor_id, ''), "
                                   "account_number FROM enrollments ORDER BY 1, 2"));
}

// Every customer's cards as the cashier sees them: progress, rewards earned, units left.
inline QStringList cards(TestStore& ts)
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
inline QStringList snapshot(TestStore& ts)
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

inline qint64 appliedCount(TestStore& ts, const QString& uuid)
{
    auto n =
        ts->db().scalar(QStringLiteral("SELECT count(*) FROM sync_applied WHERE uuid = ?"), {uuid});
    return n ? n->toLongLong() : -1;
}

inline qint64 customerOn(TestStore& ts, const QString& uuid)
{
    auto found = ts->customers().byUuid(uuid);
    return found && found->has_value() ? (*found)->id : 0;
}

inline QString uuidOf(TestStore& ts, qint64 customerId)
{
    auto c = ts->customers().get(customerId);
    return c ? c->uuid : QString();
}

// A visit of `customer` with the lines, finished with `reason` (given when it is needed).
inline Result<Visit> shop(TestStore& ts, qint64 customer, const std::vector<ScanLine>& lines,
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

inline Result<Redemption> redeem(TestStore& ts, qint64 customer, const char* card, const char* item)
{
    RedeemRequest r;
    r.customerId = customer;
    r.cardId = QLatin1String(card);
    r.code = upc(item);
    return ts->redemptions().redeem(ts.cashier(), r);
}

inline QString redemptionField(TestStore& ts, const QString& uuid, const char* column)
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

} // namespace appliertests
