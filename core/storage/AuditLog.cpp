#include "AuditLog.h"

#include "common/Text.h"
#include "storage/Database.h"

namespace astro {

namespace {

// SQLite's lower() folds ASCII only: "Éloïse" would never match "éloïse". So the searched text
// drops the accents of French before lower(), and the search drops its own as text::searchKey
// does: "eloise", "Éloïse" and "ÉLOÏSE" all find "Éloïse". SQLite's parser takes only so many
// nested calls, so capitals and small letters are folded in two steps, one per query level.
QString folded(const QString& expression, const char* accented, const char* plain)
{
    const QString from = QString::fromUtf8(accented);
    const QString to = QString::fromUtf8(plain);
    QString sql = expression;
    for (qsizetype i = 0; i < from.size(); ++i)
        sql = QStringLiteral("replace(%1, '%2', '%3')").arg(sql, from.at(i), to.at(i));
    return sql;
}

const char* const capitals = "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ";
const char* const capitalsPlain = "aaaceeeeiioouuuyœæ";
const char* const smalls = "àâäçéèêëîïôöùûüÿ";
const char* const smallsPlain = "aaaceeeeiioouuuy";

// The search as typed, folded like the searched text.
QString needleOf(const QString& text)
{
    QString needle;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD))
        if (c.category() != QChar::Mark_NonSpacing)
            needle.append(c.toLower());
    return needle;
}

// The entries every read shares, with its bound values in the same order: the inner query
// filters on the time (indexed: newest first reads the index backwards, no sort) and the cheap
// columns, the outer one searches the text. instr() and
// substr(), not LIKE: the search text and the kind are literal ("%" and "_" are no wildcards).
const QString& fromSql()
{
    static const QString sql =
        QStringLiteral(
            "FROM (SELECT id, at, user_name, location_id, subject, field, old_value, new_value, "
            "%1 AS hay FROM audit_log WHERE at >= ? AND at <= ? AND (? = '' OR user_name = ?) "
            "AND (? = '' OR subject = ? OR substr(subject, 1, length(?) + 1) = ? || ':') AND "
            "(? = '' OR instr(?, ',' || field || ',') > 0) AND (? = 0 OR at < ? OR id < ?)) "
            "WHERE (? = '' OR instr(lower(%2), ?) > 0) ")
            .arg(folded(QStringLiteral("(subject || ' ' || field || ' ' || old_value || ' ' || "
                                       "new_value || ' ' || user_name)"),
                        capitals, capitalsPlain),
                 folded(QStringLiteral("hay"), smalls, smallsPlain));
    return sql;
}

QVariantList bindsOf(const AuditFilter& filter)
{
    const QString needle = needleOf(filter.text);
    const QString fields =
        filter.fields.isEmpty()
            ? QString()
            : QLatin1Char(',') + filter.fields.join(QLatin1Char(',')) + QLatin1Char(',');
    const QString& kind = filter.subjectKind;
    // After a keyset entry, nothing newer than it: the index on the time bounds the scan too.
    QString to = filter.to.isValid() ? text::isoUtc(filter.to) : QStringLiteral("9999");
    const QString before = filter.beforeId != 0 ? text::isoUtc(filter.beforeAt) : QString();
    if (filter.beforeId != 0 && before < to)
        to = before;
    return {filter.from.isValid() ? text::isoUtc(filter.from) : QString(),
            to,
            filter.userName,
            filter.userName,
            kind,
            kind,
            kind,
            kind,
            fields,
            fields,
            filter.beforeId,
            before,
            filter.beforeId,
            needle,
            needle};
}

} // namespace

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
    QVariantList binds = bindsOf(filter);
    binds << filter.limit << filter.offset;
    auto rows = m_db.select(
        QStringLiteral("SELECT id, at, user_name, location_id, subject, field, old_value, "
                       "new_value ") +
            fromSql() + QStringLiteral("ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"),
        binds);
    if (!rows)
        return rows.error();
    std::vector<AuditEntry> out;
    out.reserve(rows->size());
    for (const Row& r : *rows)
        out.push_back(AuditEntry{r[0].toLongLong(), text::fromIsoUtc(r[1].toString()),
                                 r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString(),
                                 r[6].toString(), r[7].toString()});
    return out;
}

Result<qint64> AuditLog::count(const AuditFilter& filter)
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) ") + fromSql(), bindsOf(filter), 0);
    if (!n)
        return n.error();
    return n->toLongLong();
}

} // namespace astro
