#include "EnrollmentOrder.h"

#include "ConflictLog.h"
#include "catalog/CatalogRepository.h"
#include "enrollment/EnrollmentService.h"
#include "store/Store.h"

namespace astro::sync {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

Status EnrollmentOrder::remember(const std::vector<Event>& sent, const QJsonObject& sequence)
{
    for (const Event& e : sent) {
        const qint64 seq = sequence.value(e.uuid).toInteger();
        if (e.type != QLatin1String("enrollment.changed") || seq <= 0)
            continue;
        if (auto s = m_store.db().execute(
                QStringLiteral("INSERT INTO enrollment_order (location_id, subject_id, "
                               "server_seq, distributor_id) VALUES (?,?,?,?) ON CONFLICT "
                               "(location_id, subject_id) DO UPDATE SET server_seq = "
                               "excluded.server_seq, distributor_id = excluded.distributor_id "
                               "WHERE excluded.server_seq > server_seq"),
                {str(e.payload, "location"), str(e.payload, "subject"), seq,
                 str(e.payload, "distributor")});
            !s)
            return s;
    }
    return {};
}

Result<EnrollmentOrder::Verdict> EnrollmentOrder::judge(const QString& locationId,
                                                        const QString& subjectId, qint64 serverSeq)
{
    // A change made here and not sent yet will reach the server after this one.
    auto unsent = m_store.db().scalar(
        QStringLiteral("SELECT count(*) FROM events WHERE type = 'enrollment.changed' AND sent_at "
                       "IS NULL AND json_extract(payload, '$.location') = ? AND "
                       "json_extract(payload, '$.subject') = ?"),
        {locationId, subjectId});
    if (!unsent)
        return unsent.error();
    if (unsent->toInt() > 0)
        return Verdict::KeepOurs;
    auto ours = m_store.db().scalar(
        QStringLiteral("SELECT server_seq FROM enrollment_order WHERE location_id = ? AND "
                       "subject_id = ?"),
        {locationId, subjectId}, 0);
    if (!ours)
        return ours.error();
    if (ours->toLongLong() == 0)
        return Verdict::Apply;
    return ours->toLongLong() > serverSeq ? Verdict::KeepOurs : Verdict::Overtaken;
}

Status EnrollmentOrder::overtaken(const Event& theirs)
{
    const QString location = str(theirs.payload, "location");
    const QString subject = str(theirs.payload, "subject");
    auto what = m_store.enrollment().subject(subject);
    if (!what)
        return what.error();
    auto where = m_store.catalog().location(location);
    if (!where)
        return where.error();
    QString distributor = str(theirs.payload, "distributor");
    if (!distributor.isEmpty()) {
        auto d = m_store.catalog().distributor(distributor);
        if (!d)
            return d.error();
        if (d->has_value())
            distributor = (*d)->name;
    }
    const QString by = str(theirs.payload, "user_name");
    const QString program = what->has_value() ? (*what)->title : subject;
    const QString place = where->has_value() ? (*where)->name : location;
    const QString chosen = distributor.isEmpty() ? tr("none") : distributor;
    const QString account = str(theirs.payload, "account_number");
    const QString message =
        by.isEmpty()
            ? tr("The distributor of “%1” at %2 chosen here was replaced by a later change made "
                 "at another counter: %3, account number “%4”. Check it in the enrollment grid.")
                  .arg(program, place, chosen, account)
            : tr("The distributor of “%1” at %2 chosen here was replaced by a later change made "
                 "at another counter by %3: %4, account number “%5”. Check it in the enrollment "
                 "grid.")
                  .arg(program, place, by, chosen, account);
    if (auto s = ConflictLog(m_store).record(QStringLiteral("enrollment_overtaken"), message,
                                             theirs.uuid, {});
        !s)
        return s;
    return m_store.db().execute(
        QStringLiteral("DELETE FROM enrollment_order WHERE location_id = ? AND subject_id = ?"),
        {location, subject});
}

} // namespace astro::sync
