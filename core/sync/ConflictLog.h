#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace astro {

class Store;

namespace sync {

struct SyncConflict
{
    qint64 id = 0;
    QString kind; // docs/sync-protocol.md, "Conflicts"
    QString message;
    QString eventUuid;
    QString customerUuid;
    QString customerName; // empty when this counter does not know the customer
    QDateTime at;
    QDateTime resolvedAt;
    QString resolvedBy;

    bool resolved() const { return resolvedAt.isValid(); }
};

// Conflicts the server flagged, kept for managers until one of them resolves them.
class ConflictLog
{
    Q_DECLARE_TR_FUNCTIONS(ConflictLog)

public:
    explicit ConflictLog(Store& store) : m_store(store) {}

    // A conflict this counter saw itself (Astro refused a public call); inside the caller's
    // transaction.
    Status record(const QString& kind, const QString& message, const QString& eventUuid,
                  const QString& customerUuid);

    Result<qint64> openCount();
    Result<std::vector<SyncConflict>> list(bool openOnly, int limit = 200);
    // Managers and Admins; recorded in the audit log. Both events stay as they are.
    Status resolve(const Actor& actor, qint64 id);

    static QString describeKind(const QString& kind);

private:
    Store& m_store;
};

} // namespace sync
} // namespace astro
