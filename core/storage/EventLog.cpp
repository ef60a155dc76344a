#include "EventLog.h"

#include "common/Text.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace astro {

namespace {

Event eventFrom(const Row& r)
{
    Event e;
    e.seq = r[0].toLongLong();
    e.uuid = r[1].toString();
    e.deviceId = r[2].toString();
    e.userId = r[3].toLongLong();
    e.at = text::fromIsoUtc(r[4].toString());
    e.type = r[5].toString();
    e.payload = QJsonDocument::fromJson(r[6].toString().toUtf8()).object();
    e.sent = !r[7].isNull();
    return e;
}

Result<std::vector<Event>> eventsFrom(Result<Rows> rows)
{
    if (!rows)
        return rows.error();
    std::vector<Event> events;
    events.reserve(rows->size());
    for (const Row& r : *rows)
        events.push_back(eventFrom(r));
    return events;
}

} // namespace

bool EventLog::hasPublicCall(const QString& type)
{
    static const QStringList types = {
        QStringLiteral("customer.added"),   QStringLiteral("customer.updated"),
        QStringLiteral("scan.added"),       QStringLiteral("scan.voided"),
        QStringLiteral("redemption.added"), QStringLiteral("redemption.undone")};
    return types.contains(type);
}

Result<QString> EventLog::append(const Actor& actor, const QDateTime& at, const QString& type,
                                 const QJsonObject& payload)
{
    Q_ASSERT(m_db.inTransaction());
    const QString uuid = text::newUuid();
    if (m_quiet)
        return uuid;
    QJsonObject body = payload;
    body.insert(QStringLiteral("user_name"), actor.userName);
    if (!actor.locationId.isEmpty() && !body.contains(QStringLiteral("location")))
        body.insert(QStringLiteral("location"), actor.locationId);
    auto s = m_db.execute(
        QStringLiteral("INSERT INTO events (uuid, device_id, user_id, at, type, payload, "
                       "wire_state) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {uuid, m_deviceId, actor.userId, text::isoUtc(at), type,
         QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
         hasPublicCall(type) ? QVariant(0) : QVariant()});
    if (!s)
        return s.error();
    return uuid;
}

Result<qint64> EventLog::unsentCount()
{
    // Waiting for either the store's other counters or Astro's public call.
    auto n = m_db.scalar(QStringLiteral(
        "SELECT (SELECT count(*) FROM events WHERE sent_at IS NULL) + (SELECT count(*) FROM "
        "events WHERE wire_state = 0 AND sent_at IS NOT NULL)"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<std::vector<Event>> EventLog::unsent(int limit, qint64 afterSeq)
{
    return eventsFrom(m_db.select(
        QStringLiteral("SELECT seq, uuid, device_id, user_id, at, type, payload, sent_at FROM "
                       "events WHERE sent_at IS NULL AND seq > ? ORDER BY seq LIMIT ?"),
        {afterSeq, limit}));
}

Result<std::vector<Event>> EventLog::recent(int limit, const QString& typePrefix)
{
    return eventsFrom(m_db.select(
        QStringLiteral("SELECT seq, uuid, device_id, user_id, at, type, payload, sent_at FROM "
                       "events WHERE type LIKE ? ORDER BY seq DESC LIMIT ?"),
        {typePrefix + QLatin1Char('%'), limit}));
}

Status EventLog::markSent(const std::vector<QString>& uuids, const QDateTime& at)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = markSentIn(uuids, at); !s)
        return s;
    return transaction.commit();
}

Status EventLog::markSentIn(const std::vector<QString>& uuids, const QDateTime& at)
{
    Q_ASSERT(m_db.inTransaction());
    // One statement for a whole page of the sync (500 events), not one per event.
    QJsonArray list;
    for (const QString& uuid : uuids)
        list.append(uuid);
    return m_db.execute(
        QStringLiteral("UPDATE events SET sent_at = ? WHERE sent_at IS NULL AND uuid IN "
                       "(SELECT value FROM json_each(?))"),
        {text::isoUtc(at), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))});
}

} // namespace astro
