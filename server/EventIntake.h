#pragma once

#include "wire/ApiReply.h"

#include <QJsonObject>

namespace astro {
class Store;
}

namespace astro::server {

class EventJournal;

// The extension ext_pushEvents: a counter's event log, for the store's other counters and the
// server's copy of the store. Stores each new event in the journal and applies it, all of one
// request in one transaction.
class EventIntake
{
public:
    static constexpr int maxEventsPerRequest = 500;

    EventIntake(Store& store, EventJournal& journal) : m_store(store), m_journal(journal) {}

    // body: {device_id, events: [{uuid, seq, type, at, user_id, payload}]}
    wire::ApiReply push(const QJsonObject& body);

private:
    Store& m_store;
    EventJournal& m_journal;
};

} // namespace astro::server
