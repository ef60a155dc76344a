#include "SyncEngine.h"

#include "ApiClient.h"
#include "CardConfirmations.h"
#include "Credentials.h"
#include "EnrollmentOrder.h"
#include "EventApplier.h"
#include "PublicAnswerReader.h"
#include "PublicCallWriter.h"
#include "PublicSync.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "customers/CustomerStore.h"
#include "domain/Permissions.h"
#include "programs/ProgramRequestService.h"
#include "store/Store.h"
#include "wire/WireNames.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>

namespace astro::sync {

namespace {

const QString urlKey = QStringLiteral("sync/url");
const QString userKey = QStringLiteral("sync/username");
const QString clientKey = QStringLiteral("sync/client_id");
const QString expiresKey = QStringLiteral("sync/token_expires");
const QString eventsCursorKey = QStringLiteral("sync/events_cursor");
const QString lastSuccessKey = QStringLiteral("sync/last_success");
const QString passwordName = QStringLiteral("password");
const QString tokenName = QStringLiteral("token");
constexpr int batchSize = 500;

QJsonObject eventJson(const Event& e)
{
    return QJsonObject{
        {QStringLiteral("uuid"), e.uuid},      {QStringLiteral("seq"), e.seq},
        {QStringLiteral("type"), e.type},      {QStringLiteral("at"), text::isoUtc(e.at)},
        {QStringLiteral("user_id"), e.userId}, {QStringLiteral("payload"), e.payload}};
}

Event eventFrom(const QJsonObject& o)
{
    Event e;
    e.seq = o.value(QStringLiteral("server_seq")).toInteger();
    e.uuid = o.value(QStringLiteral("uuid")).toString();
    e.deviceId = o.value(QStringLiteral("device_id")).toString();
    e.userId = o.value(QStringLiteral("user_id")).toInteger();
    e.at = text::fromIsoUtc(o.value(QStringLiteral("at")).toString());
    e.type = o.value(QStringLiteral("type")).toString();
    e.payload = o.value(QStringLiteral("payload")).toObject();
    return e;
}

bool catalogHasEntries(const QJsonObject& doc)
{
    for (const char* key :
         {"locations", "manufacturers", "products", "programs", "offers", "distributors"})
        if (!doc.value(QLatin1String(key)).toArray().isEmpty())
            return true;
    return false;
}

} // namespace

Result<SyncConfig> SyncConfig::load(Store& store)
{
    SyncConfig config;
    auto url = store.setting(urlKey);
    auto user = store.setting(userKey);
    auto client = store.setting(clientKey, QStringLiteral("astro-counter"));
    if (!url)
        return url.error();
    if (!user)
        return user.error();
    if (!client)
        return client.error();
    config.url = QUrl(*url);
    config.username = *user;
    config.clientId = *client;
    return config;
}

SyncEngine::SyncEngine(Store& store)
    : m_store(store), m_credentials(std::make_unique<Credentials>(store))
{}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::credentialsSecure() const
{
    return m_credentials->secure();
}

Status SyncEngine::configure(const Actor& actor, const SyncConfig& config, const QString& password,
                             bool verify)
{
    if (auto allowed = Permissions::check(actor, Permission::ManageSync); !allowed)
        return allowed;
    if (auto s = ApiClient::checkUrl(config.url); !s)
        return s;
    if (config.username.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the sync user name."));
    QString token;
    int expires = 0;
    if (verify) {
        ApiClient api(config.url);
        auto t = api.token(config.username.trimmed(), password, config.clientId);
        if (!t)
            return t.error();
        token = t->accessToken;
        expires = t->expiresInSeconds;
    }
    auto before = SyncConfig::load(m_store);
    if (!before)
        return before.error();
    if (auto s = m_credentials->write(passwordName, password); !s)
        return s;
    if (auto s = m_credentials->write(tokenName, token); !s)
        return s;
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    const std::pair<const QString&, QString> values[] = {
        {urlKey, config.url.toString()},
        {userKey, config.username.trimmed()},
        {clientKey, config.clientId},
        {expiresKey, text::isoUtc(m_store.now().addSecs(expires))}};
    for (const auto& [key, value] : values)
        if (auto s = m_store.setSetting(key, value); !s)
            return s;
    const QString was = QStringLiteral("%1 (%2)").arg(before->url.toString(), before->username);
    const QString now = QStringLiteral("%1 (%2)").arg(config.url.toString(), config.username);
    if (was != now)
        if (auto s = m_store.audit(actor, QStringLiteral("settings"), QStringLiteral("sync_server"),
                                   was, now);
            !s)
            return s;
    return transaction.commit();
}

Result<QString> SyncEngine::accessToken(ApiClient& api, const SyncConfig& config, bool renew)
{
    if (!renew) {
        auto token = m_credentials->read(tokenName);
        auto expires = m_store.setting(expiresKey);
        if (token && expires && !token->isEmpty() &&
            text::fromIsoUtc(*expires) > m_store.now().addSecs(60))
            return *token;
    }
    auto password = m_credentials->read(passwordName);
    if (!password)
        return password.error();
    auto fresh = api.token(config.username, *password, config.clientId);
    if (!fresh)
        return fresh.error();
    if (auto s = m_credentials->write(tokenName, fresh->accessToken); !s)
        return s.error();
    if (auto s = m_store.setSetting(expiresKey,
                                    text::isoUtc(m_store.now().addSecs(fresh->expiresInSeconds)));
        !s)
        return s.error();
    return fresh->accessToken;
}

Result<ApiAnswer> SyncEngine::answer(ApiClient& api, const SyncConfig& config,
                                     const QString& endpoint, const QJsonObject& request,
                                     int timeoutMs)
{
    for (bool renew : {false, true}) {
        auto token = accessToken(api, config, renew);
        if (!token)
            return token.error();
        QElapsedTimer timer;
        timer.start();
        auto answer = api.call(endpoint, request, *token, timeoutMs);
        if (m_round)
            m_round->requestMs.push_back(int(timer.elapsed()));
        if (!answer && answer.error().code == ErrorCode::Forbidden && !renew)
            continue;
        return answer;
    }
    return makeError(ErrorCode::Forbidden, tr("The server refused the sign-in."));
}

Result<QJsonValue> SyncEngine::call(ApiClient& api, const SyncConfig& config,
                                    const QString& endpoint, const QJsonObject& request,
                                    int timeoutMs)
{
    auto reply = answer(api, config, endpoint, request, timeoutMs);
    if (!reply)
        return reply.error();
    if (!reply->ok())
        return makeError(ErrorCode::Invalid, tr("The server answered %1 to %2: %3")
                                                 .arg(reply->status)
                                                 .arg(endpoint, reply->message));
    return reply->data;
}

Status SyncEngine::sendPublic(ApiClient& api, const SyncConfig& config, SyncReport& report)
{
    PublicSync::Counts counts;
    PublicSync sync(m_store, [&](const QString& endpoint, const QJsonObject& request) {
        return answer(api, config, endpoint, request);
    });
    const Status s = sync.run(counts);
    report.publicCalls += counts.sent;
    report.refused += counts.refused;
    return s;
}

Status SyncEngine::push(ApiClient& api, const SyncConfig& config, SyncReport& report)
{
    // A store marked damaged is read-only (DamageMark), but its changes still go out, every
    // page: the server takes each once, by its UUID. None can be marked sent here, so the round
    // stops after them, before Astro's public calls, which are not safe to repeat.
    const Status writable = m_store.db().writable();
    for (qint64 after = 0;;) {
        auto unsent = m_store.events().unsent(batchSize, after);
        if (!unsent)
            return unsent.error();
        if (unsent->empty())
            return writable;
        after = unsent->back().seq;
        QJsonArray events;
        QSet<QString> sent;
        for (const Event& e : *unsent) {
            events.append(eventJson(e));
            sent.insert(e.uuid);
        }
        auto data = call(api, config, wire::endpoint::pushEvents,
                         QJsonObject{{QStringLiteral("device_id"), m_store.deviceId()},
                                     {QStringLiteral("events"), events}});
        if (!data)
            return data.error();
        const QJsonObject answer = data->toObject();
        if (!writable) {
            report.pushed += answer.value(QStringLiteral("accepted")).toArray().size();
            continue;
        }
        std::vector<QString> confirmed;
        for (const char* key : {"accepted", "duplicates"})
            for (const QJsonValue& v : answer.value(QLatin1String(key)).toArray())
                if (sent.contains(v.toString()))
                    confirmed.push_back(v.toString());
        // Sent, and where the server put this counter's enrollment changes, together.
        Transaction transaction(m_store.db());
        if (!transaction.started())
            return transaction.started();
        if (auto s = m_store.events().markSentIn(confirmed, m_store.now()); !s)
            return s;
        if (auto s = EnrollmentOrder(m_store).remember(
                *unsent, answer.value(QStringLiteral("sequence")).toObject());
            !s)
            return s;
        if (auto s = transaction.commit(); !s)
            return s;
        const int duplicates = answer.value(QStringLiteral("duplicates")).toArray().size();
        report.duplicates += duplicates;
        report.pushed += int(confirmed.size()) - duplicates;
        report.conflicts += answer.value(QStringLiteral("conflicts")).toArray().size();
        if (confirmed.size() != std::size_t(sent.size()))
            return makeError(ErrorCode::Network,
                             tr("The server confirmed %1 of %2 events; the others will be sent "
                                "again.")
                                 .arg(confirmed.size())
                                 .arg(sent.size()));
    }
}

Status SyncEngine::sendProgramRequests(ApiClient& api, const SyncConfig& config, SyncReport& report)
{
    ProgramRequestService requests(m_store);
    auto unsent = requests.unsent(batchSize);
    if (!unsent)
        return unsent.error();
    // One call per request; the server files each uuid once, so a retry is safe.
    for (const ProgramRequestRecord& r : *unsent) {
        auto data = call(api, config, wire::endpoint::requestProgram, r.request.toJson());
        if (!data)
            return data.error();
        const QJsonObject answer = data->toObject();
        if (answer.value(QStringLiteral("request")).toString() != r.request.uuid)
            return makeError(ErrorCode::Network,
                             tr("The server's answer to a program request was unusable; it will "
                                "be sent again."));
        if (auto s =
                requests.markSent(r.request.uuid, answer.value(QStringLiteral("state")).toString(),
                                  answer.value(QStringLiteral("ticket")).toString(), m_store.now());
            !s)
            return s;
        ++report.programRequests;
    }
    return {};
}

Status SyncEngine::pullCatalog(ApiClient& api, const SyncConfig& config, SyncReport& report)
{
    auto cursor = m_store.setting(QStringLiteral("catalog_cursor"));
    if (!cursor)
        return cursor.error();
    auto data = call(api, config, wire::endpoint::downloadCatalog,
                     QJsonObject{{QStringLiteral("cursor"), *cursor}}, 120000);
    if (!data)
        return data.error();
    const QJsonObject doc = data->toObject();
    if (!catalogHasEntries(doc)) {
        const QString next = doc.value(QStringLiteral("cursor")).toString();
        if (next.isEmpty() || next == *cursor)
            return {};
        return m_store.setSetting(QStringLiteral("catalog_cursor"), next);
    }
    // The server's catalog is no change of this counter's: nothing to send back, nothing left
    // waiting after the round.
    EventLog::Quiet quiet(m_store.events());
    CatalogImporter importer(m_store);
    auto summary = importer.importJson(Actor::system(), QJsonDocument(doc).toJson());
    if (!summary)
        return makeError(
            ErrorCode::Network,
            tr("The catalog from the server was refused: %1").arg(summary.error().message));
    report.catalogEntries += summary->products + summary->programs + summary->offers +
                             summary->locations + summary->distributors;
    return {};
}

Status SyncEngine::pullEvents(ApiClient& api, const SyncConfig& config, SyncReport& report)
{
    EventApplier applier(m_store);
    for (;;) {
        auto after = m_store.setting(eventsCursorKey, QStringLiteral("0"));
        if (!after)
            return after.error();
        auto data = call(api, config, wire::endpoint::listEvents,
                         QJsonObject{{QStringLiteral("device_id"), m_store.deviceId()},
                                     {QStringLiteral("after"), after->toLongLong()},
                                     {QStringLiteral("limit"), batchSize}});
        if (!data)
            return data.error();
        const QJsonObject answer = data->toObject();
        const QJsonArray events = answer.value(QStringLiteral("events")).toArray();
        const qint64 next = answer.value(QStringLiteral("next")).toInteger(after->toLongLong());
        // The batch and the cursor move together: a crash re-reads the whole batch.
        Transaction transaction(m_store.db());
        if (!transaction.started())
            return transaction.started();
        CatalogMemo::Scope remembered(m_store.catalog().memo());
        for (const QJsonValue& value : events) {
            const Event e = eventFrom(value.toObject());
            if (e.uuid.isEmpty() || e.type.isEmpty())
                return makeError(ErrorCode::Network,
                                 tr("The server sent an event without an id or type."));
            if (e.deviceId == m_store.deviceId())
                continue;
            auto outcome = applier.apply(e);
            if (!outcome)
                return outcome.error();
            if (!outcome->alreadyApplied)
                ++report.pulled;
        }
        if (auto s = m_store.setSetting(eventsCursorKey, QString::number(next)); !s)
            return s;
        if (auto s = transaction.commit(); !s)
            return s;
        if (!answer.value(QStringLiteral("more")).toBool() || events.isEmpty())
            return {};
    }
}

Result<int> SyncEngine::confirmCards(const QString& customerUuid)
{
    auto config = SyncConfig::load(m_store);
    if (!config)
        return config.error();
    if (!config->configured())
        return 0;
    auto customer = m_store.customers().byUuid(customerUuid);
    if (!customer)
        return customer.error();
    if (!customer->has_value())
        return 0;
    ApiClient api(config->url);
    auto status = answer(api, *config, wire::endpoint::customerStatus,
                         PublicCallWriter::customerOnly(customerUuid), 10000);
    if (!status)
        return status.error();
    if (!status->ok())
        return 0;
    const auto cards = PublicAnswerReader::cards(status->data);
    if (auto s = CardConfirmations(m_store).record((*customer)->id, cards, m_store.now()); !s)
        return s.error();
    return int(cards.size());
}

Result<SyncReport> SyncEngine::run(const Progress& progress)
{
    auto config = SyncConfig::load(m_store);
    if (!config)
        return config.error();
    if (!config->configured())
        return makeError(ErrorCode::Invalid,
                         tr("Sync is not set up: an Admin enters the server address, user name "
                            "and password in the settings."));
    if (auto s = ApiClient::checkUrl(config->url); !s)
        return s.error();
    auto say = [&](const QString& step) {
        if (progress)
            progress(step);
    };
    ApiClient api(config->url);
    SyncReport report;
    // The store's own log first (its other counters and the server's copy of the store), then
    // what Astro must know through its public endpoints, then what comes back.
    m_round = &report;
    const auto forget = qScopeGuard([this] { m_round = nullptr; });
    QElapsedTimer step;
    step.start();
    say(tr("Sending this counter's changes…"));
    if (auto s = push(api, *config, report); !s) {
        if (s.error().code != ErrorCode::Unsupported)
            return s.error();
        report.extensions = false;
    }
    report.logSeconds = double(step.restart()) / 1000;
    // What Astro is sent must be recorded as sent, or it would be sent twice: not from a store
    // that is read-only because it is damaged.
    if (auto s = m_store.db().writable(); !s)
        return s.error();
    say(tr("Sending purchases and redemptions to Astro…"));
    if (auto s = sendPublic(api, *config, report); !s)
        return s.error();
    report.publicSeconds = double(step.elapsed()) / 1000;
    if (report.extensions) {
        say(tr("Sending program requests…"));
        if (auto s = sendProgramRequests(api, *config, report); !s)
            return s.error();
        say(tr("Updating the catalog…"));
        if (auto s = pullCatalog(api, *config, report); !s)
            return s.error();
        say(tr("Receiving other counters' changes…"));
        if (auto s = pullEvents(api, *config, report); !s)
            return s.error();
    }
    report.finishedAt = m_store.now();
    if (auto s = m_store.setSetting(lastSuccessKey, text::isoUtc(report.finishedAt)); !s)
        return s.error();
    return report;
}

} // namespace astro::sync
