#pragma once

#include "CatalogPublisher.h"
#include "CreditRecorder.h"
#include "EventIntake.h"
#include "EventJournal.h"
#include "ProgramRequests.h"
#include "TokenStore.h"
#include "catalog/CatalogRepository.h"
#include "common/Result.h"
#include "wire/ApiReply.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace astro {
class Store;
}

namespace astro::server {

// What the server knows of one retailer account, in one SQLite file: the engine's store (schema and
// migrations shared with the counters) plus the server's own tables, and the endpoints that work on
// them. Knows nothing of HTTP: ApiServer turns requests into call() and replies into answers.
class ServerState
{
public:
    ~ServerState();
    ServerState(const ServerState&) = delete;
    ServerState& operator=(const ServerState&) = delete;

    static Result<std::unique_ptr<ServerState>> open(const QString& path);
    // <app data>/astro-server.sqlite
    static QString defaultPath();

    static bool isEndpoint(const QString& name);
    // Calls that store something, answered only once it is committed.
    static bool isWrite(const QString& name);
    // Runs an endpoint on its jsonData (not yet parsed). Public calls act at `location` (the
    // caller's, from the accounts file), or at the master location when it is empty.
    wire::ApiReply call(const QString& endpoint, const QByteArray& jsonData,
                        const QString& location = {});
    // Whether the catalog published here has that location.
    Result<bool> hasLocation(const QString& location);

    // With the demo catalog: the demo store's enrollments, once, so that public purchases punch
    // the programs the demo store takes part in.
    Status enrollDemoStore();

    Store& store() { return *m_store; }
    TokenStore& tokens() { return m_tokens; }
    CatalogPublisher& catalog() { return m_catalog; }

private:
    explicit ServerState(std::unique_ptr<Store> store);

    wire::ApiReply listEvents(const QJsonObject& body);
    wire::ApiReply downloadCatalog(const QJsonObject& body);
    wire::ApiReply publishCatalog(const QByteArray& jsonData);
    // Astro's public endpoints, on the server's copy of the store, as the account's location.
    wire::ApiReply publicCall(const QString& endpoint, const QJsonObject& body,
                              const QString& location);

    std::unique_ptr<Store> m_store;
    TokenStore m_tokens;
    EventJournal m_journal;
    EventIntake m_intake;
    CatalogPublisher m_catalog;
    CreditRecorder m_credits;
    ProgramRequests m_programRequests;
    // The catalog's lookups are remembered for the server's life, each checked against the
    // catalog's generation after any write.
    std::unique_ptr<CatalogMemo::Scope> m_catalogMemo;
};

} // namespace astro::server
