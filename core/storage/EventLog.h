#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace astro {

class Database;

struct Event
{
    qint64 seq = 0;
    QString uuid;
    QString deviceId;
    qint64 userId = 0;
    QDateTime at;
    QString type;
    QJsonObject payload;
    bool sent = false;
};

// The append-only record of everything that changed data: written in the same transaction as
// the change, never edited except to mark it sent, and the outbox the sync reads.
class EventLog
{
public:
    EventLog(Database& db, QString deviceId) : m_db(db), m_deviceId(std::move(deviceId)) {}

    // Must be called inside the caller's transaction. Returns the event's UUID.
    Result<QString> append(const Actor& actor, const QDateTime& at, const QString& type,
                           const QJsonObject& payload);

    // Whether an event of this type also goes to Astro as a public call (migration 5 keeps the
    // same list for events recorded before it).
    static bool hasPublicCall(const QString& type);

    Result<qint64> unsentCount();
    // The oldest `limit` not sent, after the event numbered `afterSeq`.
    Result<std::vector<Event>> unsent(int limit, qint64 afterSeq = 0);
    Result<std::vector<Event>> recent(int limit, const QString& typePrefix = {});
    Status markSent(const std::vector<QString>& uuids, const QDateTime& at);
    // The same inside the caller's transaction.
    Status markSentIn(const std::vector<QString>& uuids, const QDateTime& at);

    const QString& deviceId() const { return m_deviceId; }

    // While it lives, append() records nothing: applying another device's event recomputes
    // derived data (rewards) that is not a new change of this device's.
    class Quiet
    {
    public:
        explicit Quiet(EventLog& log) : m_log(log), m_was(log.m_quiet) { log.m_quiet = true; }
        ~Quiet() { m_log.m_quiet = m_was; }
        Quiet(const Quiet&) = delete;
        Quiet& operator=(const Quiet&) = delete;

    private:
        EventLog& m_log;
        bool m_was;
    };

private:
    Database& m_db;
    QString m_deviceId;
    bool m_quiet = false;
};

} // namespace astro
