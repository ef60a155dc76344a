#pragma once

#include "common/Result.h"
#include "storage/EventLog.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace astro {

class Store;

namespace sync {

// Enrollment converges on the server's order (docs/sync-protocol.md, "Enrollment"): of two
// changes to one program at one location, the one the server received last wins on every
// counter. A counter remembers where the server put its own last change of each program, keeps
// it against an older one from another counter, and gives way to a newer one, telling managers
// that their change was overtaken.
class EnrollmentOrder
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentOrder)

public:
    explicit EnrollmentOrder(Store& store) : m_store(store) {}

    // After a push, inside the caller's transaction: `sequence` maps event uuids to server_seq.
    Status remember(const std::vector<Event>& sent, const QJsonObject& sequence);

    enum class Verdict
    {
        Apply,     // the other counter's change is the latest
        KeepOurs,  // this counter's own change is later in the server's order, or not sent yet
        Overtaken, // apply it: it replaces a change made here, which managers are told of
    };
    // For another counter's enrollment.changed of this program at this location, at `serverSeq`.
    Result<Verdict> judge(const QString& locationId, const QString& subjectId, qint64 serverSeq);
    // Inside the caller's transaction: records the conflict and forgets this counter's change.
    Status overtaken(const Event& theirs);

private:
    Store& m_store;
};

} // namespace sync
} // namespace astro
