#include "CreditQueries.h"

#include "common/Text.h"
#include "engine/RedemptionService.h"
#include "reports/PeriodSplit.h"
#include "storage/Database.h"
#include "storage/SqliteStatements.h"

#include <QHash>

#include <algorithm>
#include <tuple>

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

// `status`: 0 held, 1 uncredited, 2 credited, 3 reconciled, 4 declined, as groups() reads it.
void addTo(CreditCounts& counts, int status, int n)
{
    int* const byStatus[] = {&counts.held, &counts.uncredited, &counts.credited, &counts.reconciled,
                             &counts.declined};
    if (status >= 0 && status < 5)
        *byStatus[status] += n;
}

// SQLite's lower(): ASCII letters only, so the order stays the one the screen always had.
QString asciiLower(const QString& text)
{
    QString out = text;
    for (QChar& c : out)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() + 32);
    return out;
}

// Distributors by name, Temporary Holding after them and direct credits last; manufacturers by
// name within each.
bool listedBefore(const CreditGroup& a, const CreditGroup& b)
{
    const auto key = [](const CreditGroup& g) {
        return std::make_tuple(g.distributorId.isEmpty(), g.temporaryHolding,
                               asciiLower(g.distributorName), g.distributorId,
                               asciiLower(g.manufacturerName), g.manufacturerId);
    };
    return key(a) < key(b);
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
    // Added up here, not by GROUP BY: SQLite sorts every row of a year's totals (about 90,000
    // at a chain) to group them, which took five times as long as reading them.
    struct Tally
    {
        CreditGroup group;
        qint64 redemptions = 0;
        qint64 cost = 0;
    };
    const Counted from = counted(query);
    QHash<QByteArray, std::size_t> index; // "distributor\x1fmanufacturer" -> in `tallies`
    std::vector<Tally> tallies;
    // One text and four numbers a row, read in place: each value copied cost more than the
    // adding up.
    auto read = m_db.forEach(
        QStringLiteral("SELECT t.distributor_id || char(31) || t.manufacturer_id, CASE "
                       "t.credit_status WHEN 'held' THEN 0 WHEN 'uncredited' THEN 1 WHEN "
                       "'credited' THEN 2 WHEN 'reconciled' THEN 3 WHEN 'declined' THEN 4 ELSE "
                       "-1 END, t.n, t.units, t.cost FROM ") +
            from.sql,
        from.binds, [&](const SqlRow& r) {
            const QByteArrayView key = r.utf8(0);
            auto at = index.constFind(QByteArray::fromRawData(key.data(), key.size()));
            if (at == index.constEnd()) {
                const QString both = QString::fromUtf8(key);
                const qsizetype cut = both.indexOf(QChar(0x1f));
                Tally t;
                t.group.distributorId = both.left(cut);
                t.group.manufacturerId = both.mid(cut + 1);
                tallies.push_back(std::move(t));
                at = index.insert(key.toByteArray(), tallies.size() - 1);
            }
            Tally& t = tallies[*at];
            const int n = int(r.integer(2));
            addTo(t.group.counts, int(r.integer(1)), n);
            t.redemptions += n;
            t.group.quantity += int(r.integer(3));
            t.cost += r.integer(4);
        });
    if (!read)
        return read.error();
    std::vector<CreditGroup> out;
    out.reserve(tallies.size());
    for (Tally& t : tallies) {
        if (t.redemptions == 0) // every credit of the group taken back within the period
            continue;
        t.group.total = Money{t.cost};
        out.push_back(std::move(t.group));
    }
    if (auto named = name(out); !named)
        return named.error();
    std::sort(out.begin(), out.end(), listedBefore);
    return out;
}

Status CreditQueries::name(std::vector<CreditGroup>& groups)
{
    QHash<QString, std::pair<QString, bool>> distributors;
    QHash<QString, QString> manufacturers;
    for (CreditGroup& g : groups) {
        if (!g.distributorId.isEmpty()) {
            if (!distributors.contains(g.distributorId)) {
                auto d = m_db.selectOne(
                    QStringLiteral("SELECT name, is_holding FROM distributors WHERE id = ?"),
                    {g.distributorId});
                if (!d)
                    return d.error();
                distributors.insert(g.distributorId, d->has_value() ? std::pair((**d)[0].toString(),
                                                                                (**d)[1].toBool())
                                                                    : std::pair(QString(), false));
            }
            std::tie(g.distributorName, g.temporaryHolding) = distributors.value(g.distributorId);
        }
        if (!manufacturers.contains(g.manufacturerId)) {
            auto m = m_db.selectOne(QStringLiteral("SELECT name FROM manufacturers WHERE id = ?"),
                                    {g.manufacturerId});
            if (!m)
                return m.error();
            manufacturers.insert(g.manufacturerId,
                                 m->has_value() ? (**m)[0].toString() : g.manufacturerId);
        }
        g.manufacturerName = manufacturers.value(g.manufacturerId);
    }
    return {};
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
