#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QDateTime>

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
    Result<std::vector<AuditEntry>> entries(const AuditFilter& filter);

private:
    Database& m_db;
};

} // namespace astro
