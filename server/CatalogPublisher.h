#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace astro {
class Store;
}

namespace astro::server {

struct PublishSummary
{
    qint64 version = 0; // the catalog version (the cursor) after publishing
    int changed = 0;    // entries new or different from the stored ones
};

// The catalog the server serves, entry by entry, each with the version that last changed it, so
// downloadCatalog can answer with only what changed since a client's cursor. Publishing also
// imports the document into the server's store, so the engine knows the programs, cards and
// products (customerStatus, conflict checks).
class CatalogPublisher
{
public:
    explicit CatalogPublisher(Store& store) : m_store(store) {}

    // A full or partial catalog document. Entries missing from it are kept; the version moves on
    // only when at least one entry is new or changed. An invalid document changes nothing.
    Result<PublishSummary> publish(const QByteArray& json);
    // The catalog document with the entries changed after `cursor`; every entry when the cursor
    // is empty or not one this server gave out.
    Result<QJsonObject> document(const QString& cursor);
    Result<qint64> version();

private:
    Store& m_store;
};

} // namespace astro::server
