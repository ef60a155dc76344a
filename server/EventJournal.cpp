#include "EventJournal.h"

#include "common/Text.h"
#include "storage/Database.h"

#include <QJsonDocument>

#include <algorithm>

namespace astro::server {

Result<qint64> EventJournal::seqOf(const QString& uuid)
{
    auto seq = m_db.scalar(QStringLiteral("SELECT server_seq FROM server_events WHERE uuid = ?"),
                           {uuid}, 0);
    if (!seq)
        return seq.error();
    return seq->toLongLong();
}

Result<qint64> EventJournal::append(const Event& event, const QDateTime& receivedAt)
{
    Q_ASSERT(m_db.inTransaction());
    return m_db.insert(
        QStringLiteral("INSERT INTO server_events (uuid, device_id, user_id, at, type, payload, "
                       "received_at) VALUES (?,?,?,?,?,?,?)"),
        {event.uuid, event.deviceId, event.userId, text::isoUtc(event.at), event.type,
         QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)),
         text::isoUtc(receivedAt)});
}

Result<JournalPage> EventJournal::page(qint64 after, int limit, const QString& device)
{
    // One row more than asked tells whether there is more.
    auto rows = m_db.select(
        QStringLiteral("SELECT server_seq, uuid, device_id, user_id, at, type, payload FROM "
                       "server_events WHERE server_seq > ? AND device_id <> ? ORDER BY "
                       "server_seq LIMIT ?"),
        {after, device, limit + 1});
    if (!rows)
        return rows.error();
    JournalPage page;
    page.more = int(rows->size()) > limit;
    if (page.more)
        rows->resize(std::size_t(limit));
    for (const Row& r : *rows) {
        Event e;
        e.seq = r[0].toLongLong();
        e.uuid = r[1].toString();
        e.deviceId = r[2].toString();
        e.userId = r[3].toLongLong();
        e.at = text::fromIsoUtc(r[4].toString());
        e.type = r[5].toString();
        e.payload = QJsonDocument::fromJson(r[6].toString().toUtf8()).object();
        e.sent = true;
        page.events.push_back(std::move(e));
    }
    if (page.more) {
        page.next = page.events.back().seq;
    } else {
        // Nothing left for this device: skip past its own events too, so the next call starts
        // after everything there is now.
        auto last = m_db.scalar(QStringLiteral("SELECT max(server_seq) FROM server_events"), {}, 0);
        if (!last)
            return last.error();
        page.next = std::max(after, last->toLongLong());
    }
    return page;
}

} // namespace astro::server
