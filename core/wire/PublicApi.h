#pragma once

#include "ApiReply.h"
#include "domain/Actor.h"

#include <QJsonObject>

namespace astro {

class Store;

namespace wire {

// Answers Astro's public endpoints (domain.md §7) in their public shape, with the counter's own
// engine and rules, on a store: the reference server's copy of a store (and, in the same shape,
// any other side that answers the API). Every call is checked whole before anything is written:
// a wrong body answers status 300 naming the field and stores nothing.
class PublicApi
{
public:
    // `actor` is who the calls act as: its location is where purchases are recorded.
    PublicApi(Store& store, Actor actor) : m_store(store), m_actor(std::move(actor)) {}

    static bool handles(const QString& endpoint);
    // Whether the endpoint may record something (the others only read).
    static bool writes(const QString& endpoint);
    ApiReply call(const QString& endpoint, const QJsonObject& body);

private:
    ApiReply dispatch(const QString& endpoint, const QJsonObject& body);

    Store& m_store;
    Actor m_actor;
};

} // namespace wire
} // namespace astro
