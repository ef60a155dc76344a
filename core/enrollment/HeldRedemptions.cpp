#include "HeldRedemptions.h"

#include "engine/RedemptionService.h"
#include "storage/Database.h"

namespace astro {

Result<std::vector<Redemption>>
HeldRedemptions::page(const QString& locationId, const QString& subjectId, int limit, int offset)
{
    auto rows = m_db.select(
        RedemptionService::selectSql() +
            QStringLiteral("WHERE r.credit_status = 'held' AND r.location_id = ? AND "
                           "r.program_id = ? AND r.undone_at IS NULL ORDER BY r.at, r.id "
                           "LIMIT ? OFFSET ?"),
        {locationId, subjectId, limit, offset});
    if (!rows)
        return rows.error();
    std::vector<Redemption> out;
    out.reserve(rows->size());
    for (const Row& r : *rows)
        out.push_back(RedemptionService::fromRow(r));
    return out;
}

Result<int> HeldRedemptions::count(const QString& locationId, const QString& subjectId)
{
    auto row = m_db.selectOne(
        QStringLiteral("SELECT count(*) FROM redemptions WHERE credit_status = 'held' AND "
                       "location_id = ? AND program_id = ? AND undone_at IS NULL"),
        {locationId, subjectId});
    if (!row)
        return row.error();
    return row->has_value() ? (**row)[0].toInt() : 0;
}

} // namespace astro
