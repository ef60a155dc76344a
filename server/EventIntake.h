#pragma once

#include "ApiReply.h"

#include <QJsonObject>

namespace astro {
class Store;
}

namespace astro::server {

class EventJournal;

// The event push endpoints (addCustomer, addTransactionBatch, ...): stores each new event in the
// journal and applies it to the server's store, all of one request in one transaction.
class EventIntake
{
public:
    static constexpr int maxEventsPerRequest = 500;

    EventIntake(Store& store, EventJournal& journal) : m_store(store), m_journal(journal) {}

    // body: {device_id, events: [{uuid, seq, type, at, user_id, payload}]}
    ApiReply push(const QString& endpoint, const QJsonObject& body);

private:
    Store& m_store;
    EventJournal& m_journal;
};

} // namespace astro::server
