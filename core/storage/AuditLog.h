#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace astro {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString userName;
    QString locationId;
    QString subject; // "enrollment:LOC-TORONTO/PRG-X", "user:Alex", "redemption:…"
    QString field;
    QString oldValue;
    QString newValue;
};

struct AuditFilter
{
    QString text; // matched against subject, field and values
    QDateTime from;
    QDateTime to;
    QString userName;    // exactly this user; empty: anyone
    QString subjectKind; // the subject's kind, before its ':' ("enrollment", "batch", "settings")
    QStringList fields;  // only these fields; empty: any
    // Keyset paging: only the entries after this one, newest first (the last entry read: its
    // id and time); 0: from the newest.
    qint64 beforeId = 0;
    QDateTime beforeAt;
    int limit = 500;
    int offset = 0;
};

// Who changed what admin setting, when, from what to what. Written in the caller's transaction.
class AuditLog
{
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    Status append(const Actor& actor, const QDateTime& at, const QString& subject,
                  const QString& field, const QString& oldValue, const QString& newValue);
    // Newest first (by time, then id). Page with `beforeId` and `beforeAt` (the last entry
    // read): the log only grows, so a page never shifts when entries are added meanwhile.
    Result<std::vector<AuditEntry>> entries(const AuditFilter& filter);
    // How many entries match, whatever the limit and offset.
    Result<qint64> count(const AuditFilter& filter);

private:
    Database& m_db;
};

} // namespace astro
