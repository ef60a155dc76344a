#include "AuditLog.h"

#include "common/Text.h"
#include "storage/Database.h"

namespace astro {

Status AuditLog::append(const Actor& actor, const QDateTime& at, const QString& subject,
                        const QString& field, const QString& oldValue, const QString& newValue)
{
    Q_ASSERT(m_db.inTransaction());
    return m_db.execute(QStringLiteral("INSERT INTO audit_log (at, user_id, user_name, "
                                       "location_id, subject, field, old_value, new_value) VALUES "
                                       "(?,?,?,?,?,?,?,?)"),
                        {text::isoUtc(at), actor.userId, actor.userName, actor.locationId, subject,
                         field, oldValue, newValue});
}

Result<std::vector<AuditEntry>> AuditLog::entries(const AuditFilter& filter)
{
    // instr(), not LIKE: the search text is literal ("%" and "_" are not wildcards).
    const QString needle = filter.text.toLower();
    auto rows = m_db.select(
        QStringLiteral(
            "SELECT id, at, user_name, location_id, subject, field, old_value, new_value "
            "FROM audit_log WHERE at >= ? AND at <= ? AND (? = '' OR "
            "instr(lower(subject || ' ' || field || ' ' || old_value || ' ' || new_value "
            "|| ' ' || user_name), ?) > 0) ORDER BY id DESC LIMIT ? OFFSET ?"),
        {filter.from.isValid() ? text::isoUtc(filter.from) : QString(),
         filter.to.isValid() ? text::isoUtc(filter.to) : QStringLiteral("9999"), needle, needle,
         filter.limit, filter.offset});
    if (!rows)
        return rows.error();
    std::vector<AuditEntry> out;
    for (const Row& r : *rows)
        out.push_back(AuditEntry{r[0].toLongLong(), text::fromIsoUtc(r[1].toString()),
                                 r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString(),
                                 r[6].toString(), r[7].toString()});
    return out;
}

} // namespace astro
