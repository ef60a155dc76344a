#pragma once

#include "wire/ApiReply.h"

#include <QJsonObject>

namespace astro {
class Store;
}

namespace astro::server {

class EventJournal;

// recordCredit: stands for a distributor deciding on a redemption's credit. The decision becomes
// a server event that every counter receives through listEvents.
class CreditRecorder
{
public:
    CreditRecorder(Store& store, EventJournal& journal) : m_store(store), m_journal(journal) {}

    // body: {redemption, status: "credited" | "declined", reason}
    wire::ApiReply record(const QJsonObject& body);

private:
    Store& m_store;
    EventJournal& m_journal;
};

} // namespace astro::server
