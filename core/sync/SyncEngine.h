#pragma once

#include "common/Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace astro {

class Store;

namespace sync {

class ApiClient;
struct ApiAnswer;
class Credentials;

// Where and as whom a counter syncs; kept in the store's settings (the password in Credentials).
struct SyncConfig
{
    QUrl url;
    QString username;
    QString clientId;

    bool configured() const { return !url.isEmpty() && !username.isEmpty(); }

    static Result<SyncConfig> load(Store& store);
    static QString defaultUrl() { return QStringLiteral("https://api.astroloyalty.com/api/json"); }
};

struct SyncReport
{
    int pushed = 0;     // accepted by the server
    int duplicates = 0; // already there: an earlier attempt had arrived
    int conflicts = 0;  // flagged by the server on what this counter pushed
    int pulled = 0;     // other counters' and the server's events applied here
    int catalogEntries = 0;
    int programRequests = 0;    // tracking-program requests the server filed
    int publicCalls = 0;        // events Astro took through its public endpoints
    int refused = 0;            // events Astro refused: conflicts for managers
    bool extensions = true;     // false: the server has no ext_ endpoints (Astro's own)
    std::vector<int> requestMs; // how long each call of the round took, in order
    double logSeconds = 0;      // the store's own log (ext_pushEvents)
    double publicSeconds = 0;   // Astro's public calls
    QDateTime finishedAt;
};

// One sync round (docs/sync-protocol.md, "When the client syncs"): token, push every unsent
// event, send new program requests, catalog delta, pull other counters' events. Blocking; the CLI
// calls it directly and the GUI on the sync thread. Each step commits what it finished, so a
// failure loses nothing.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    explicit SyncEngine(Store& store);
    ~SyncEngine();

    // Admin only: saves the server, user and password (checked against the server first when
    // `verify` is set) and records the change in the audit log.
    Status configure(const Actor& actor, const SyncConfig& config, const QString& password,
                     bool verify = true);

    using Progress = std::function<void(const QString& step)>;
    Result<SyncReport> run(const Progress& progress = {});

    bool credentialsSecure() const;

    // Asks Astro for one customer's cards (customerStatus) and keeps its count beside the
    // counter's (CardConfirmations). Returns how many cards Astro counted; 0 when Astro does
    // not know the customer yet (it will once the sync sent it).
    Result<int> confirmCards(const QString& customerUuid);

private:
    Result<QString> accessToken(ApiClient& api, const SyncConfig& config, bool renew);
    // Astro's answer in its envelope, whatever its status; a new token once if it asks.
    Result<ApiAnswer> answer(ApiClient& api, const SyncConfig& config, const QString& endpoint,
                             const QJsonObject& request, int timeoutMs = 30000);
    // The round being run, whose report collects each call's time.
    SyncReport* m_round = nullptr;
    // returnData of an answer with status 100; any other status is an error.
    Result<QJsonValue> call(ApiClient& api, const SyncConfig& config, const QString& endpoint,
                            const QJsonObject& request, int timeoutMs = 30000);
    Status sendPublic(ApiClient& api, const SyncConfig& config, SyncReport& report);
    Status push(ApiClient& api, const SyncConfig& config, SyncReport& report);
    Status sendProgramRequests(ApiClient& api, const SyncConfig& config, SyncReport& report);
    Status pullCatalog(ApiClient& api, const SyncConfig& config, SyncReport& report);
    Status pullEvents(ApiClient& api, const SyncConfig& config, SyncReport& report);

    Store& m_store;
    std::unique_ptr<Credentials> m_credentials;
};

} // namespace sync
} // namespace astro
