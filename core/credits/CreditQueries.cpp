#include "CreditQueries.h"

#include "common/Text.h"
#include "engine/RedemptionService.h"
#include "storage/Database.h"

namespace astro {

namespace {

// The filter every read shares, with its bound values in the same order.
const QString whereSql = QStringLiteral(
    "WHERE r.undone_at IS NULL AND r.credit_status <> 'batched' AND "
    "(? = '' OR r.credit_status = ?) AND (? = 0 OR coalesce(r.distributor_id, '') = ?) AND "
    "(? = '' OR r.manufacturer_id = ?) AND (? = '' OR r.location_id = ?) AND r.at >= ? AND "
    "r.at < ? ");

QVariantList bindsOf(const CreditQuery& q)
{
    const QString status = q.status ? toCode(*q.status) : QString();
    const QString distributor = q.distributorId.value_or(QString());
    return {status,
            status,
            q.distributorId.has_value() ? 1 : 0,
            distributor,
            q.manufacturerId,
            q.manufacturerId,
            q.locationId,
            q.locationId,
            q.from.isValid() ? text::isoUtc(q.from.startOfDay()) : QString(),
            q.to.isValid() ? text::isoUtc(q.to.addDays(1).startOfDay()) : QStringLiteral("9999")};
}

} // namespace

int CreditCounts::of(CreditStatus status) const
{
    switch (status) {
    case CreditStatus::Held:
        return held;
    case CreditStatus::Uncredited:
        return uncredited;
    case CreditStatus::Credited:
        return credited;
    case CreditStatus::Reconciled:
        return reconciled;
    case CreditStatus::Declined:
        return declined;
    case CreditStatus::Batched:
        return 0;
    }
    return 0;
}

CreditCounts& CreditCounts::operator+=(const CreditCounts& other)
{
    held += other.held;
    uncredited += other.uncredited;
    credited += other.credited;
    reconciled += other.reconciled;
    declined += other.declined;
    return *this;
}

Result<std::vector<CreditGroup>> CreditQueries::groups(const CreditQuery& query)
{
    auto rows = m_db.select(
        QStringLiteral(
            "SELECT coalesce(r.distributor_id, ''), coalesce(d.name, ''), "
            "coalesce(d.is_holding, 0), r.manufacturer_id, coalesce(m.name, r.manufacturer_id), "
            "sum(r.credit_status = 'held'), sum(r.credit_status = 'uncredited'), "
            "sum(r.credit_status = 'credited'), sum(r.credit_status = 'reconciled'), "
            "sum(r.credit_status = 'declined'), sum(r.quantity), sum(r.cost_cents) "
            "FROM redemptions r LEFT JOIN distributors d ON d.id = r.distributor_id "
            "LEFT JOIN manufacturers m ON m.id = r.manufacturer_id ") +
            whereSql +
            QStringLiteral("GROUP BY coalesce(r.distributor_id, ''), r.manufacturer_id "
                           "ORDER BY coalesce(r.distributor_id, '') = '', coalesce(d.is_holding, "
                           "0), lower(coalesce(d.name, '')), coalesce(r.distributor_id, ''), "
                           "lower(coalesce(m.name, r.manufacturer_id)), r.manufacturer_id"),
        bindsOf(query));
    if (!rows)
        return rows.error();
    std::vector<CreditGroup> out;
    out.reserve(rows->size());
    for (const Row& r : *rows) {
        CreditGroup g;
        g.distributorId = r[0].toString();
        g.distributorName = r[1].toString();
        g.temporaryHolding = r[2].toBool();
        g.manufacturerId = r[3].toString();
        g.manufacturerName = r[4].toString();
        g.counts = {r[5].toInt(), r[6].toInt(), r[7].toInt(), r[8].toInt(), r[9].toInt()};
        g.quantity = r[10].toInt();
        g.total = Money{r[11].toLongLong()};
        out.push_back(std::move(g));
    }
    return out;
}

Result<std::vector<Redemption>> CreditQueries::page(const CreditQuery& query, int limit, int offset)
{
    QVariantList binds = bindsOf(query);
    binds << limit << offset;
    auto rows = m_db.select(RedemptionService::selectSql() + whereSql +
                                QStringLiteral("ORDER BY r.at DESC, r.id DESC LIMIT ? OFFSET ?"),
                            binds);
    if (!rows)
        return rows.error();
    std::vector<Redemption> out;
    out.reserve(rows->size());
    for (const Row& r : *rows)
        out.push_back(RedemptionService::fromRow(r));
    return out;
}

Result<int> CreditQueries::count(const CreditQuery& query)
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM redemptions r ") + whereSql,
                         bindsOf(query), 0);
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace astro
