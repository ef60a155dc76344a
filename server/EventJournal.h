#pragma once

#include "common/Result.h"
#include "storage/EventLog.h"

#include <QDateTime>
#include <QJsonObject>

#include <vector>

namespace astro {
class Database;
}

namespace astro::server {

// One page of listEvents.
struct JournalPage
{
    std::vector<Event> events; // Event::seq holds the server_seq
    qint64 next = 0;           // the cursor to send as `after` next time
    bool more = false;
};

// Every event the server received or produced, in server_seq order. Append-only: a UUID is
// stored once, which is what makes a retried push come back as duplicates.
class EventJournal
{
public:
    explicit EventJournal(Database& db) : m_db(db) {}

    // The server_seq of a stored event, 0 if it is not stored.
    Result<qint64> seqOf(const QString& uuid);
    // Must run inside the caller's transaction (with the event's application). Returns the new
    // server_seq.
    Result<qint64> append(const Event& event, const QDateTime& receivedAt);
    // Events after `after` that `device` did not send itself, at most `limit` of them.
    Result<JournalPage> page(qint64 after, int limit, const QString& device);

private:
    Database& m_db;
};

} // namespace astro::server
