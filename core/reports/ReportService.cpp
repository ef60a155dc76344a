#include "ReportService.h"

#include "PeriodSplit.h"

#include "common/Text.h"
#include "storage/DailyTotals.h"
#include "store/Store.h"

#include <QTime>

#include <algorithm>
#include <map>

namespace astro {

namespace {

// Appended to a query's WHERE: the period's bounds, then the location (twice: '' means all).
// `at` and `location` name the columns to compare.
QString periodClause(const QString& at, const QString& location)
{
    return QStringLiteral("%1 >= ? AND %1 < ? AND (? = '' OR %2 = ?)").arg(at, location);
}

const QString redemptionColumns = QStringLiteral(
    "r.id, r.at, cu.first_name || ' ' || cu.last_name, coalesce(pr.title, o.title, ''), "
    "coalesce(c.title, ''), r.offer_id IS NOT NULL AND r.offer_id <> '', p.gtin, p.description, "
    "r.quantity, r.cost_cents, r.fulfillment, r.credit_status, coalesce(u.name, ''), "
    "r.location_id");

const QString redemptionJoins = QStringLiteral(
    "FROM redemptions r JOIN customers cu ON cu.id = r.customer_id JOIN products p ON p.id = "
    "r.product_id LEFT JOIN programs pr ON pr.id = r.program_id LEFT JOIN offers o ON o.id = "
    "r.offer_id LEFT JOIN program_cards c ON c.id = r.card_id LEFT JOIN users u ON u.id = "
    "r.user_id ");

// A program's row for participation, from a union `t` of totals and history by program_id.
const QString programJoins =
    QStringLiteral("JOIN programs pr ON pr.id = t.program_id LEFT JOIN manufacturers m ON m.id = "
                   "pr.manufacturer_id ");

const QString redemptionWhere =
    QStringLiteral("WHERE r.undone_at IS NULL AND ") +
    periodClause(QStringLiteral("r.at"), QStringLiteral("r.location_id"));

ReportRedemption redemptionFrom(const Row& r)
{
    ReportRedemption d;
    d.id = r[0].toLongLong();
    d.at = text::fromIsoUtc(r[1].toString());
    d.customerName = r[2].toString();
    d.programTitle = r[3].toString();
    d.cardTitle = r[4].toString();
    d.offer = r[5].toBool();
    d.gtin = r[6].toString();
    d.itemDescription = r[7].toString();
    d.quantity = r[8].toInt();
    d.cost = Money{r[9].toLongLong()};
    d.fulfillment = fromCode<Fulfillment>(r[10].toString()).value_or(Fulfillment::Distributor);
    d.creditStatus = fromCode<CreditStatus>(r[11].toString()).value_or(CreditStatus::Uncredited);
    d.cashierName = r[12].toString();
    d.locationId = r[13].toString();
    return d;
}

} // namespace

Status ReportService::checkPeriod(const ReportPeriod& period) const
{
    if (!period.from.isValid() || !period.to.isValid())
        return makeError(ErrorCode::Invalid, tr("Choose the first and the last day."));
    if (period.to < period.from)
        return makeError(ErrorCode::Invalid, tr("The last day comes before the first day."));
    return {};
}

QVariantList ReportService::binds(const ReportPeriod& period) const
{
    // Local calendar days: from the first day's midnight to the midnight after the last day.
    const QDateTime start(period.from, QTime(0, 0));
    const QDateTime end(period.to.addDays(1), QTime(0, 0));
    return {text::isoUtc(start), text::isoUtc(end), period.locationId, period.locationId};
}

Result<std::vector<ReportRedemption>> ReportService::redemptionsBetween(const ReportPeriod& period,
                                                                        int limit, qint64 offset)
{
    if (auto s = checkPeriod(period); !s)
        return s.error();
    QVariantList values = binds(period);
    values << limit << offset;
    auto rows = m_store.db().select(QStringLiteral("SELECT ") + redemptionColumns +
                                        QLatin1Char(' ') + redemptionJoins + redemptionWhere +
                                        QStringLiteral(" ORDER BY r.at DESC, r.id DESC LIMIT ? "
                                                       "OFFSET ?"),
                                    values);
    if (!rows)
        return rows.error();
    std::vector<ReportRedemption> out;
    out.reserve(rows->size());
    for (const Row& r : *rows)
        out.push_back(redemptionFrom(r));
    return out;
}

Result<qint64> ReportService::redemptionsCount(const ReportPeriod& period)
{
    auto totals = redemptionsTotal(period);
    if (!totals)
        return totals.error();
    return totals->count;
}

Result<RedemptionTotals> ReportService::redemptionsTotal(const ReportPeriod& period)
{
    if (auto s = checkPeriod(period); !s)
        return s.error();
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT count(*), coalesce(sum(r.quantity), 0), "
                       "coalesce(sum(r.cost_cents), 0) FROM redemptions r ") +
            redemptionWhere,
        binds(period));
    if (!row)
        return row.error();
    RedemptionTotals totals;
    if (row->has_value()) {
        const Row& r = **row;
        totals.count = r[0].toLongLong();
        totals.units = r[1].toLongLong();
        totals.cost = Money{r[2].toLongLong()};
    }
    return totals;
}

Result<std::vector<ProgramParticipation>> ReportService::participation(const ReportPeriod& period)
{
    if (auto s = checkPeriod(period); !s)
        return s.error();
    const QVariantList values = binds(period);
    Database& db = m_store.db();
    std::map<QString, ProgramParticipation> byProgram;
    const auto entry = [&](const Row& r) -> ProgramParticipation& {
        ProgramParticipation& p = byProgram[r[0].toString()];
        p.programId = r[0].toString();
        p.title = r[1].toString();
        p.manufacturer = r[2].toString();
        p.offer = r[3].toBool();
        return p;
    };

    // Whole UTC days come from the totals per day, the hours around them from the history.
    const PeriodSplit split(values[0].toString(), values[1].toString());
    const QVariantList location{period.locationId, period.locationId};
    const QString atLocation = QStringLiteral(" AND (? = '' OR location_id = ?)");
    const QVariantList totalsBinds = split.daysBinds() + location;
    const QVariantList edgesBinds = split.edgesBinds() + location;

    // Units punched: a scan's location is where its punches were made. The edges are added up
    // by card first, so their punches are not joined to their program row by row.
    auto punched = db.select(
        QStringLiteral("SELECT t.program_id, pr.title, coalesce(m.name, pr.manufacturer_id), 0, "
                       "sum(t.units) FROM (SELECT program_id, units FROM punch_days WHERE ") +
            split.daysClause(QStringLiteral("day")) + atLocation +
            QStringLiteral(" UNION ALL SELECT c.program_id, byCard.units FROM (SELECT "
                           "pu.card_id, sum(pu.quantity) AS units FROM punches pu JOIN scans s "
                           "ON s.id = pu.scan_id WHERE pu.voided = 0 AND s.voided_at IS NULL "
                           "AND ") +
            split.edgesClause(QStringLiteral("pu.at")) +
            QStringLiteral(" AND (? = '' OR s.location_id = ?) GROUP BY pu.card_id) byCard JOIN "
                           "program_cards c ON c.id = byCard.card_id) t ") +
            programJoins + QStringLiteral("GROUP BY t.program_id HAVING sum(t.units) <> 0"),
        totalsBinds + edgesBinds);
    if (!punched)
        return punched.error();
    for (const Row& r : *punched)
        entry(r).punchedUnits = r[4].toLongLong();

    // Cards completed: a reward is earned by the punch that completes the card, so its place
    // is that punch's scan's location.
    auto completed = db.select(
        QStringLiteral("SELECT t.program_id, pr.title, coalesce(m.name, pr.manufacturer_id), 0, "
                       "sum(t.rewards) FROM (SELECT program_id, rewards FROM reward_days WHERE ") +
            split.daysClause(QStringLiteral("day")) + atLocation +
            QStringLiteral(" UNION ALL SELECT c.program_id, 1 FROM rewards w JOIN program_cards "
                           "c ON c.id = w.card_id WHERE w.voided_at IS NULL AND ") +
            split.edgesClause(QStringLiteral("w.earned_at")) +
            QStringLiteral(" AND (? = '' OR %1 = ?)) t ")
                .arg(DailyTotals::rewardLocationSql(QStringLiteral("w"))) +
            programJoins + QStringLiteral("GROUP BY t.program_id HAVING sum(t.rewards) <> 0"),
        totalsBinds + edgesBinds);
    if (!completed)
        return completed.error();
    for (const Row& r : *completed)
        entry(r).cardsCompleted = r[4].toLongLong();

    auto redeemed = db.select(
        QStringLiteral(
            "SELECT t.program_id, coalesce(pr.title, o.title, t.program_id), "
            "coalesce(m.name, t.manufacturer_id), max(t.offer), sum(t.n), sum(t.units), "
            "sum(t.cost) FROM (SELECT program_id, manufacturer_id, offer, redemptions AS n, "
            "units, cost_cents AS cost FROM redemption_days WHERE ") +
            split.daysClause(QStringLiteral("day")) + atLocation +
            QStringLiteral(" UNION ALL SELECT program_id, manufacturer_id, offer_id IS NOT NULL "
                           "AND offer_id <> '', 1, quantity, cost_cents FROM redemptions WHERE "
                           "undone_at IS NULL AND ") +
            split.edgesClause(QStringLiteral("at")) + atLocation +
            QStringLiteral(") t LEFT JOIN programs pr ON pr.id = t.program_id LEFT JOIN offers o "
                           "ON o.id = t.program_id LEFT JOIN manufacturers m ON m.id = "
                           "t.manufacturer_id GROUP BY t.program_id HAVING sum(t.n) <> 0"),
        totalsBinds + edgesBinds);
    if (!redeemed)
        return redeemed.error();
    for (const Row& r : *redeemed) {
        ProgramParticipation& p = entry(r);
        p.rewardsRedeemed = r[4].toLongLong();
        p.redeemedUnits = r[5].toLongLong();
        p.redemptionCost = Money{r[6].toLongLong()};
    }

    std::vector<ProgramParticipation> out;
    out.reserve(byProgram.size());
    for (auto& [id, p] : byProgram)
        out.push_back(std::move(p));
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        const int byTitle = QString::localeAwareCompare(a.title, b.title);
        return byTitle != 0 ? byTitle < 0 : a.programId < b.programId;
    });
    return out;
}

} // namespace astro
