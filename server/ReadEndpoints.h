#pragma once

#include "ApiReply.h"

#include <QJsonObject>

namespace astro {
class Store;
}

namespace astro::server {

// The public read calls, answered by the same engine as the counters (docs/sync-protocol.md,
// "Read endpoints"), so server and counters agree on a customer's cards.
class ReadEndpoints
{
public:
    explicit ReadEndpoints(Store& store) : m_store(store) {}

    ApiReply searchCustomer(const QJsonObject& body);        // {phone} | {email} | {name}
    ApiReply customerStatus(const QJsonObject& body);        // {astro_customer_id}
    ApiReply eligiblePurchaseItems(const QJsonObject& body); // {item_code}
    ApiReply listOffers(const QJsonObject& body);            // {}

private:
    Store& m_store;
};

} // namespace astro::server
