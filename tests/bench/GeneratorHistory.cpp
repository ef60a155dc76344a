#include "Generation.h"

#include "BulkInsert.h"

#include "batches/BatchService.h"
#include "engine/CardReplay.h"
#include "engine/RewardRules.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bench::generation {

using namespace astro;

// ---------------------------------------------------------------------------------------------
// History: who bought what when, the cards it completed and the rewards given.

void Generation::planHistory(Rng& rng)
{
    History& h = m_history;
    const int n = m_config.customers;
    const qint64 target = m_config.punches;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);

    // Each customer's share of the punches: a fifth never come back; the others buy with a
    // heavy-tailed (log-normal) appetite.
    std::vector<double> weight(std::size_t(n), 0.0);
    double total = 0;
    for (int c = 0; c < n; ++c)
        if (rng.chance(0.8)) {
            weight[std::size_t(c)] = std::exp(rng.normal() * 1.0);
            total += weight[std::size_t(c)];
        }
    std::vector<qint64> quota(std::size_t(n), 0);
    qint64 assigned = 0;
    for (int c = 0; c < n && total > 0; ++c) {
        const double exact = double(target) * weight[std::size_t(c)] / total;
        qint64 q = qint64(exact);
        if (rng.uniform() < exact - double(q))
            ++q;
        quota[std::size_t(c)] = q;
        assigned += q;
    }
    while (assigned != target && n > 0) { // rounding leftovers, on active customers
        const int c = rng.below(n);
        if (weight[std::size_t(c)] == 0)
            continue;
        if (assigned < target) {
            ++quota[std::size_t(c)];
            ++assigned;
        } else if (quota[std::size_t(c)] > 0) {
            --quota[std::size_t(c)];
            --assigned;
        }
    }

    h.visits.reserve(std::size_t(target / 2 + 16));
    h.scans.reserve(std::size_t(target + 16));
    static const double visitSizes[] = {0.45, 0.75, 0.90, 1.0}; // 1..4 items, cumulative
    const qint64 historyStart = m_nowMs - 2 * 365 * msPerDay;
    const qint64 historyEnd = m_nowMs - 2 * 3600000;

    struct CardUnits
    {
        int card;
        std::vector<PunchUnit> units;
    };
    std::vector<CardUnits> touched;
    std::vector<PlanScan> mine;
    std::vector<qint64> times;

    auto pickQualifying = [&]() {
        return m_qualifying[std::size_t(rng.below(int(m_qualifying.size())))];
    };
    for (int c = 0; c < n; ++c) {
        const qint64 q = quota[std::size_t(c)];
        if (q == 0)
            continue;
        // Pet owners buy the same food again and again: a favourite item, another size of it,
        // and a second line; now and then something else.
        const int f0 = pickQualifying();
        const auto& sameCard = m_cards[std::size_t(m_products[std::size_t(f0)].cards[0])].products;
        const int f1 = sameCard[std::size_t(rng.below(int(sameCard.size())))];
        const int f2 = pickQualifying();
        mine.clear();
        qint64 done = 0;
        while (done < q) {
            const double r = rng.uniform();
            int p = r < 0.60 ? f0 : r < 0.75 ? f1 : r < 0.85 ? f2 : pickQualifying();
            const GenProduct* g = &m_products[std::size_t(p)];
            if (g->cardCount > q - done) {
                p = m_singleCard[std::size_t(rng.below(int(m_singleCard.size())))];
                g = &m_products[std::size_t(p)];
            }
            PlanScan s;
            s.product = quint32(p);
            const double qr = rng.uniform();
            s.quantity = quint8(qr < 0.86 ? 1 : qr < 0.95 ? 2 : 3 + rng.below(4));
            s.priceCents = rng.chance(0.05) ? (g->priceCents * 85 / 100) : g->priceCents;
            mine.push_back(s);
            done += g->cardCount;
        }
        // Group the items into visits and date them.
        std::vector<int> sizes;
        for (std::size_t i = 0; i < mine.size();) {
            const double r = rng.uniform();
            int size = 1;
            while (size < 4 && r >= visitSizes[size - 1])
                ++size;
            size = int(std::min<std::size_t>(std::size_t(size), mine.size() - i));
            sizes.push_back(size);
            i += std::size_t(size);
        }
        const qint64 from = std::max(historyStart, m_customerCreatedMs[std::size_t(c)]);
        const qint64 span = std::max<qint64>(1, historyEnd - from - 600000);
        times.clear();
        for (std::size_t v = 0; v < sizes.size(); ++v)
            times.push_back(from + qint64(rng.uniform() * double(span)));
        std::sort(times.begin(), times.end());

        touched.clear();
        std::size_t next = 0;
        for (std::size_t v = 0; v < sizes.size(); ++v) {
            PlanVisit visit;
            visit.atMs = times[v];
            visit.customer = quint32(c);
            visit.firstScan = quint32(h.scans.size());
            visit.scanCount = quint16(sizes[v]);
            visit.cashier = quint8(rng.below(cashierCount));
            std::array<int, 8> cardIds{};
            std::array<int, 8> cardUnits{};
            int cardsInVisit = 0;
            for (int k = 0; k < sizes[v]; ++k) {
                const PlanScan& s = mine[next++];
                h.scans.push_back(s);
                const GenProduct& g = m_products[s.product];
                const QDateTime at = QDateTime::fromMSecsSinceEpoch(scanAtMs(visit, k), Qt::UTC);
                for (int ci = 0; ci < g.cardCount; ++ci) {
                    const int card = g.cards[std::size_t(ci)];
                    ++h.punches;
                    auto it = std::find_if(touched.begin(), touched.end(),
                                           [&](const CardUnits& u) { return u.card == card; });
                    if (it == touched.end()) {
                        touched.push_back(CardUnits{card, {}});
                        it = touched.end() - 1;
                    }
                    const PunchUnit unit{0, at, g.id, QString(), s.priceCents, g.size};
                    for (int u = 0; u < s.quantity; ++u)
                        it->units.push_back(unit);
                    int slot = 0;
                    while (slot < cardsInVisit && cardIds[std::size_t(slot)] != card)
                        ++slot;
                    if (slot == cardsInVisit && cardsInVisit < int(cardIds.size())) {
                        cardIds[std::size_t(slot)] = card;
                        ++cardsInVisit;
                    }
                    if (slot < int(cardIds.size()))
                        cardUnits[std::size_t(slot)] += s.quantity;
                }
            }
            for (int i = 0; i < cardsInVisit; ++i)
                if (cardUnits[std::size_t(i)] > 1)
                    visit.multi = true;
            h.visits.push_back(visit);
        }

        // The engine's replay says which cards completed; the customer redeemed most of the
        // older rewards, in order, each on an item the card's rule allows.
        for (const CardUnits& cu : touched) {
            const GenCard& card = m_cards[std::size_t(cu.card)];
            const CardState state = CardReplay::play(cu.units, card.buy, card.timeLimitMonths, now);
            bool redeeming = true;
            int redeemed = 0;
            for (std::size_t i = 0; i < state.completed.size(); ++i) {
                PlanReward r;
                r.earnedMs = state.completed[i].earnedAt.toMSecsSinceEpoch();
                r.customer = quint32(c);
                r.card = quint32(cu.card);
                r.seq = quint32(i + 1);
                r.units = quint8(card.get);
                r.cashier = quint8(rng.below(cashierCount));
                const qint64 age = historyEnd - r.earnedMs;
                if (redeeming && card.maxPerCustomer && redeemed >= *card.maxPerCustomer)
                    redeeming = false;
                if (redeeming && age > 600000 && rng.chance(age > 45 * msPerDay ? 0.85 : 0.35)) {
                    const qint64 delay =
                        600000 +
                        qint64(rng.uniform() * double(std::min(40 * msPerDay, age - 600000)));
                    const std::vector<Product> allowed = RewardRules::eligible(
                        card.rule, m_cardProducts[std::size_t(cu.card)], state.completed[i].units);
                    if (!allowed.empty()) {
                        const Product& item = allowed[std::size_t(rng.below(int(allowed.size())))];
                        r.redeemedMs = r.earnedMs + delay;
                        r.redeemedProduct = qint32(item.id - 1);
                        ++redeemed;
                    }
                }
                if (r.redeemedMs == 0)
                    redeeming = false; // later rewards wait behind this one
                h.rewards.push_back(r);
            }
        }
    }
}

Status Generation::writeVisits()
{
    History& h = m_history;
    Rng rng(m_config.seed ^ 0x165667B19E3779F9ULL);
    // Rows go in time order, as the counter would have written them.
    std::vector<quint32>& order = m_visitOrder;
    order.resize(h.visits.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](quint32 a, quint32 b) { return h.visits[a].atMs < h.visits[b].atMs; });

    const QString location = benchLocationId();
    const QString multiReason = QStringLiteral("Bought several bags");

    if (auto s = m_db.begin(); !s)
        return s;
    BulkInsert visits(m_db, QStringLiteral("visits"),
                      {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("customer_id"),
                       QStringLiteral("location_id"), QStringLiteral("user_id"),
                       QStringLiteral("transaction_id"), QStringLiteral("started_at"),
                       QStringLiteral("finished_at"), QStringLiteral("reason")});
    {
        const std::vector<Uuid> uuids = sortedUuids(rng, h.visits.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            const PlanVisit& v = h.visits[order[i]];
            const QString uuid = uuidText(uuids[i]);
            if (auto s = visits.row(qint64(i) + 1, uuid, qint64(v.customer) + 1, location,
                                    m_cashierIds[v.cashier], uuid, isoMs(v.atMs - 40000),
                                    isoMs(scanAtMs(v, v.scanCount) + 25000),
                                    v.multi ? multiReason : QString());
                !s)
                return s;
            if ((i + 1) % 500000 == 0) {
                if (auto s = visits.flush(); !s)
                    return s;
                if (auto s = m_db.commit(); !s)
                    return s;
                if (auto s = m_db.begin(); !s)
                    return s;
            }
        }
        if (auto s = visits.flush(); !s)
            return s;
    }
    if (auto s = m_db.commit(); !s)
        return s;
    return {};
}

Status Generation::writeScans()
{
    History& h = m_history;
    Rng rng(m_config.seed ^ 0x85EBCA77C2B2AE63ULL);
    const std::vector<quint32>& order = m_visitOrder;
    const QString location = benchLocationId();
    if (auto s = m_db.begin(); !s)
        return s;
    BulkInsert scans(m_db, QStringLiteral("scans"),
                     {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("visit_id"),
                      QStringLiteral("customer_id"), QStringLiteral("product_id"),
                      QStringLiteral("quantity"), QStringLiteral("unit_price_cents"),
                      QStringLiteral("at"), QStringLiteral("location_id"),
                      QStringLiteral("user_id")});
    {
        const std::vector<Uuid> uuids = sortedUuids(rng, h.scans.size());
        qint64 scanId = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const PlanVisit& v = h.visits[order[i]];
            const qint64 visitId = qint64(i) + 1;
            const qint64 customerId = qint64(v.customer) + 1;
            for (int k = 0; k < v.scanCount; ++k) {
                const PlanScan& s = h.scans[v.firstScan + quint32(k)];
                const GenProduct& g = m_products[s.product];
                const QString at = isoMs(scanAtMs(v, k));
                ++scanId;
                if (auto r = scans.row(scanId, uuidText(uuids[std::size_t(scanId - 1)]), visitId,
                                       customerId, g.id, int(s.quantity), int(s.priceCents), at,
                                       location, m_cashierIds[v.cashier]);
                    !r)
                    return r;
            }
            if ((i + 1) % 200000 == 0) {
                if (auto r = scans.flush(); !r)
                    return r;
                if (auto r = m_db.commit(); !r)
                    return r;
                if (auto r = m_db.begin(); !r)
                    return r;
            }
        }
        if (auto r = scans.flush(); !r)
            return r;
    }
    if (auto s = m_db.commit(); !s)
        return s;
    return {};
}

// Each scan punches every card its product is on (all programs are enrolled and running,
// as VisitService::punchableCards requires): the punch rows follow from the scans and
// card_products, in scan order, without passing 5 million rows through the driver.
Status Generation::writePunches()
{
    const History& h = m_history;
    if (auto s = m_db.begin(); !s)
        return s;
    auto punched = m_db.update(QStringLiteral(
        "INSERT INTO punches (scan_id, customer_id, card_id, product_id, quantity, "
        "unit_price_cents, at) SELECT s.id, s.customer_id, cp.card_id, s.product_id, s.quantity, "
        "s.unit_price_cents, s.at FROM scans s JOIN card_products cp ON cp.product_id = "
        "s.product_id ORDER BY s.id, cp.card_id"));
    if (!punched)
        return punched.error();
    if (*punched != h.punches)
        return makeError(
            ErrorCode::Invalid,
            QStringLiteral("planned %1 punches, wrote %2").arg(h.punches).arg(*punched));
    return m_db.commit();
}

Status Generation::writeRewards()
{
    History& h = m_history;
    Rng rng(m_config.seed ^ 0x27D4EB2F165667C5ULL);
    std::stable_sort(
        h.rewards.begin(), h.rewards.end(),
        [](const PlanReward& a, const PlanReward& b) { return a.earnedMs < b.earnedMs; });
    const QString location = benchLocationId();

    if (auto s = m_db.begin(); !s)
        return s;
    BulkInsert rewards(m_db, QStringLiteral("rewards"),
                       {QStringLiteral("id"), QStringLiteral("customer_id"),
                        QStringLiteral("card_id"), QStringLiteral("seq"),
                        QStringLiteral("earned_at"), QStringLiteral("units")});
    std::vector<quint32> redeemed; // indexes into h.rewards (reward id = index + 1)
    for (std::size_t i = 0; i < h.rewards.size(); ++i) {
        const PlanReward& r = h.rewards[i];
        if (auto s = rewards.row(qint64(i) + 1, qint64(r.customer) + 1, m_cards[r.card].id,
                                 int(r.seq), isoMs(r.earnedMs), int(r.units));
            !s)
            return s;
        if (r.redeemedMs > 0)
            redeemed.push_back(quint32(i));
    }
    if (auto s = rewards.flush(); !s)
        return s;

    // Redemptions in time order. Retailer-fulfilled ones sit in the monthly credit batches of
    // their manufacturer (opened by the first redemption, like BatchService::openBatchFor);
    // the others went to the enrolled distributor (or are held) or to the manufacturer.
    std::stable_sort(redeemed.begin(), redeemed.end(), [&](quint32 a, quint32 b) {
        return h.rewards[a].redeemedMs < h.rewards[b].redeemedMs;
    });
    struct Batch
    {
        qint64 id;
        qint64 periodEndMs;
    };
    QHash<QString, Batch> openBatches; // manufacturer -> its current batch
    BulkInsert batches(m_db, QStringLiteral("batches"),
                       {QStringLiteral("id"), QStringLiteral("manufacturer_id"),
                        QStringLiteral("location_id"), QStringLiteral("status"),
                        QStringLiteral("opened_at"), QStringLiteral("period_end"),
                        QStringLiteral("closed_at"), QStringLiteral("submitted_at"),
                        QStringLiteral("completed_at")},
                       1);
    BulkInsert redemptions(
        m_db, QStringLiteral("redemptions"),
        {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("reward_id"),
         QStringLiteral("customer_id"), QStringLiteral("program_id"), QStringLiteral("card_id"),
         QStringLiteral("manufacturer_id"), QStringLiteral("product_id"),
         QStringLiteral("quantity"), QStringLiteral("cost_cents"), QStringLiteral("at"),
         QStringLiteral("location_id"), QStringLiteral("user_id"), QStringLiteral("fulfillment"),
         QStringLiteral("distributor_id"), QStringLiteral("account_number"),
         QStringLiteral("credit_status"), QStringLiteral("batch_id")});
    const std::vector<Uuid> uuids = sortedUuids(rng, redeemed.size());
    qint64 batchCount = 0;
    for (std::size_t i = 0; i < redeemed.size(); ++i) {
        const PlanReward& r = h.rewards[redeemed[i]];
        const GenCard& card = m_cards[r.card];
        const GenProgram& program = m_programs[std::size_t(card.program)];
        const GenProduct& item = m_products[std::size_t(r.redeemedProduct)];
        const QString mfr = manufacturerId(program.manufacturer);
        const qint64 age = m_nowMs - r.redeemedMs;
        QVariant distributor;
        QString status;
        QVariant batchId;
        switch (program.fulfillment) {
        case Fulfillment::Retailer: {
            status = QStringLiteral("batched");
            auto it = openBatches.find(mfr);
            if (it == openBatches.end() || r.redeemedMs >= it->periodEndMs) {
                const QDateTime opened = QDateTime::fromMSecsSinceEpoch(r.redeemedMs, Qt::UTC);
                const qint64 end =
                    BatchService::periodEnd(opened, BatchCadence::Monthly).toMSecsSinceEpoch();
                const qint64 submitted = end + 2 * msPerDay;
                const qint64 completed = end + 20 * msPerDay;
                const QString state = end > m_nowMs         ? QStringLiteral("open")
                                      : submitted > m_nowMs ? QStringLiteral("closed")
                                      : completed > m_nowMs ? QStringLiteral("submitted")
                                                            : QStringLiteral("complete");
                auto when = [&](qint64 ms) {
                    return ms <= m_nowMs ? QVariant(isoMs(ms)) : QVariant();
                };
                ++batchCount;
                if (auto s = batches.row(batchCount, mfr, location, state, isoMs(r.redeemedMs),
                                         isoMs(end), when(end), when(submitted), when(completed));
                    !s)
                    return s;
                it = openBatches.insert(mfr, Batch{batchCount, end});
            }
            batchId = it->id;
            break;
        }
        case Fulfillment::Direct:
            status = age > 45 * msPerDay   ? QStringLiteral("reconciled")
                     : age > 15 * msPerDay ? QStringLiteral("credited")
                                           : QStringLiteral("uncredited");
            break;
        case Fulfillment::Distributor:
            if (program.held) {
                distributor = Distributor::temporaryHoldingId();
                status = QStringLiteral("held");
            } else {
                distributor = distributorId(program.distributor);
                status = age > 45 * msPerDay   ? QStringLiteral("reconciled")
                         : age > 15 * msPerDay ? QStringLiteral("credited")
                                               : QStringLiteral("uncredited");
            }
            break;
        }
        if (auto s = redemptions.row(qint64(i) + 1, uuidText(uuids[i]), qint64(redeemed[i]) + 1,
                                     qint64(r.customer) + 1, program.id, card.id, mfr, item.id,
                                     int(r.units), card.cost[std::size_t(item.size)] * int(r.units),
                                     isoMs(r.redeemedMs), location, m_cashierIds[r.cashier],
                                     toCode(program.fulfillment), distributor,
                                     program.accountNumber, status, batchId);
            !s)
            return s;
    }
    if (auto s = batches.flush(); !s)
        return s;
    if (auto s = redemptions.flush(); !s)
        return s;
    return m_db.commit();
}

} // namespace bench::generation
