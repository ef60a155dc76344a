#pragma once

#include "common/Result.h"
#include "storage/EventLog.h"

#include <QCoreApplication>

#include <optional>

namespace astro {

class Store;

namespace sync {

// What only the server can see is wrong with an event (docs/sync-protocol.md, "Conflicts").
struct Conflict
{
    QString kind; // double_redemption, program_not_accepted, unknown_customer, unknown_item
    QString message;
    QString customerUuid;
};

struct ApplyOutcome
{
    bool alreadyApplied = false;
    std::optional<Conflict> conflict;
};

// Applies another device's event to this store, idempotently by the event's UUID: the counter
// applies other counters' events with it, the server applies every counter's. Derived changes
// (rewards) are recomputed with the engine's own replay and are not added to the event log.
class EventApplier
{
    Q_DECLARE_TR_FUNCTIONS(EventApplier)

public:
    explicit EventApplier(Store& store) : m_store(store) {}

    // Must run inside the caller's transaction. An event it cannot apply as it stands is still
    // recorded as applied and comes back with a conflict; an error means the storage failed.
    Result<ApplyOutcome> apply(const Event& event);

private:
    Store& m_store;
};

} // namespace sync
} // namespace astro
