#include "CreditQueries.h"

#include "common/Text.h"
#include "engine/RedemptionService.h"
#include "reports/PeriodSplit.h"
#include "storage/Database.h"

namespace astro {

namespace {

// The filter every read shares but the period, on a redemption row or a redemption_days row
// (same column names, after `table`), with its bound values in the same order.
QString filterSql(const QString& table = {})
{
    return QStringLiteral("%1credit_status <> 'batched' AND (? = '' OR %1credit_status = ?) AND "
                          "(? = 0 OR coalesce(%1distributor_id, '') = ?) AND (? = '' OR "
                          "%1manufacturer_id = ?) AND (? = '' OR %1location_id = ?) ")
        .arg(table);
}

QVariantList filterBinds(const CreditQuery& q)
{
    const QString status = q.status ? toCode(*q.status) : QString();
    const QString distributor = q.distributorId.value_or(QString());
    return {status,       status,           q.distributorId.has_value() ? 1 : 0,
            distributor,  q.manufacturerId, q.manufacturerId,
            q.locationId, q.locationId};
}

QString startOf(const CreditQuery& q)
{
    return q.from.isValid() ? text::isoUtc(q.from.startOfDay()) : QString();
}

QString endOf(const CreditQuery& q)
{
    return q.to.isValid() ? text::isoUtc(q.to.addDays(1).startOfDay()) : QString();
}

// The redemptions a page lists, one by one.
const QString whereSql = QStringLiteral("WHERE r.undone_at IS NULL AND ") +
                         filterSql(QStringLiteral("r.")) +
                         QStringLiteral("AND r.at >= ? AND r.at < ? ");

QVariantList bindsOf(const CreditQuery& q)
{
    const QString end = endOf(q);
    return filterBinds(q) + QVariantList{startOf(q), end.isEmpty() ? QStringLiteral("9999") : end};
}

// The same redemptions as a union `t` of totals per day and history rows, for counting.
struct Counted
{
    QString sql;
    QVariantList binds;
};

Counted counted(const CreditQuery& q)
{
    const PeriodSplit split(startOf(q), endOf(q));
    return {QStringLiteral("(SELECT distributor_id, manufacturer_id, credit_status, redemptions "
                           "AS n, units, cost_cents AS cost FROM redemption_days WHERE ") +
                filterSql() + QStringLiteral("AND ") + split.daysClause(QStringLiteral("day")) +
                QStringLiteral(" UNION ALL SELECT coalesce(distributor_id, ''), manufacturer_id, "
                               "credit_status, 1, quantity, cost_cents FROM redemptions WHERE "
                               "undone_at IS NULL AND ") +
                filterSql() + QStringLiteral("AND ") + split.edgesClause(QStringLiteral("at")) +
                QStringLiteral(") t "),
            filterBinds(q) + split.daysBinds() + filterBinds(q) + split.edgesBinds()};
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
    const Counted from = counted(query);
    // Added up first, named after: the names are joined to hundreds of groups, not to every
    // day's totals.
    auto rows = m_db.select(
        QStringLiteral(
            "SELECT g.distributor_id, coalesce(d.name, ''), coalesce(d.is_holding, 0), "
            "g.manufacturer_id, coalesce(m.name, g.manufacturer_id), g.held, g.uncredited, "
            "g.credited, g.reconciled, g.declined, g.units, g.cost FROM (SELECT "
            "t.distributor_id, t.manufacturer_id, sum(t.n * (t.credit_status = 'held')) AS held, "
            "sum(t.n * (t.credit_status = 'uncredited')) AS uncredited, "
            "sum(t.n * (t.credit_status = 'credited')) AS credited, "
            "sum(t.n * (t.credit_status = 'reconciled')) AS reconciled, "
            "sum(t.n * (t.credit_status = 'declined')) AS declined, sum(t.units) AS units, "
            "sum(t.cost) AS cost FROM ") +
            from.sql +
            QStringLiteral("GROUP BY t.distributor_id, t.manufacturer_id HAVING sum(t.n) <> 0) g "
                           "LEFT JOIN distributors d ON d.id = g.distributor_id LEFT JOIN "
                           "manufacturers m ON m.id = g.manufacturer_id ORDER BY "
                           "g.distributor_id = '', coalesce(d.is_holding, 0), "
                           "lower(coalesce(d.name, '')), g.distributor_id, "
                           "lower(coalesce(m.name, g.manufacturer_id)), g.manufacturer_id"),
        from.binds);
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
    const Counted from = counted(query);
    auto n =
        m_db.scalar(QStringLiteral("SELECT coalesce(sum(t.n), 0) FROM ") + from.sql, from.binds, 0);
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace astro
