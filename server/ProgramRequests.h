#pragma once

#include "wire/ApiReply.h"

#include <QJsonObject>

namespace astro {
class Store;
}

namespace astro::server {

// requestProgram: a retailer asks for a tracking program (domain.md §6). The server files it
// with a help-desk ticket; asking again with the same request uuid answers the same ticket.
class ProgramRequests
{
public:
    explicit ProgramRequests(Store& store) : m_store(store) {}

    // body: {request: uuid, ...what the retailer filled in}
    wire::ApiReply request(const QJsonObject& body);

private:
    Store& m_store;
};

} // namespace astro::server
