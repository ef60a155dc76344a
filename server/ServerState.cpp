#include "ServerState.h"

#include "wire/Fields.h"

#include "ServerSchema.h"
#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "demo/DemoStore.h"
#include "store/Store.h"
#include "wire/PublicApi.h"
#include "wire/WireNames.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace astro::server {

namespace {

const int maxListLimit = 500;

namespace endpoint = wire::endpoint;

const QStringList writes = {endpoint::pushEvents,          endpoint::requestProgram,
                            endpoint::addCustomer,         endpoint::linkCustomer,
                            endpoint::updateCustomer,      endpoint::addTransactionBatch,
                            endpoint::addTransaction,      endpoint::removeTransaction,
                            endpoint::addOfferTransaction, endpoint::removeOfferTransaction,
                            endpoint::addRedemption,       endpoint::addOfferRedemption,
                            endpoint::removeRedemption};

} // namespace

ServerState::ServerState(std::unique_ptr<Store> store)
    : m_store(std::move(store)), m_tokens(m_store->db()), m_journal(m_store->db()),
      m_intake(*m_store, m_journal), m_catalog(*m_store), m_credits(*m_store, m_journal),
      m_programRequests(*m_store),
      m_catalogMemo(std::make_unique<CatalogMemo::Scope>(m_store->catalog().memo()))
{}

ServerState::~ServerState() = default;

QString ServerState::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("astro-server.sqlite"));
}

Result<std::unique_ptr<ServerState>> ServerState::open(const QString& path)
{
    auto store = Store::open(path);
    if (!store)
        return store.error();
    if (auto s = ServerSchema::create((*store)->db()); !s)
        return s.error();
    // A server holds a whole store's working set, many counters' indexes at once: a cache of
    // 64 MB (SQLite's default is 2 MB) keeps it from reading the same pages again at every push.
    if (auto s = (*store)->db().execute(QStringLiteral("PRAGMA cache_size = -65536")); !s)
        return s.error();
    return std::unique_ptr<ServerState>(new ServerState(std::move(store).value()));
}

bool ServerState::isWrite(const QString& name)
{
    return writes.contains(name);
}

bool ServerState::isEndpoint(const QString& name)
{
    return wire::PublicApi::handles(name) || wire::extensionEndpoints().contains(name);
}

wire::ApiReply ServerState::call(const QString& endpoint, const QByteArray& jsonData,
                                 const QString& location)
{
    wire::ApiReply refusal;
    const auto parsed = wire::Fields::parseJsonData(jsonData, refusal);
    if (!parsed)
        return refusal;
    const QJsonObject& body = *parsed;

    if (wire::PublicApi::handles(endpoint))
        return publicCall(endpoint, body, location);
    if (endpoint == endpoint::pushEvents)
        return m_intake.push(body);
    if (endpoint == endpoint::listEvents)
        return listEvents(body);
    if (endpoint == endpoint::downloadCatalog)
        return downloadCatalog(body);
    if (endpoint == endpoint::publishCatalog)
        return publishCatalog(jsonData);
    if (endpoint == endpoint::recordCredit)
        return m_credits.record(body);
    if (endpoint == endpoint::requestProgram)
        return m_programRequests.request(body);
    return wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                   QStringLiteral("There is no endpoint %1.").arg(endpoint));
}

Status ServerState::enrollDemoStore()
{
    auto enrolled = m_store->db().scalar(QStringLiteral("SELECT count(*) FROM enrollments"));
    if (!enrolled)
        return enrolled.error();
    if (enrolled->toInt() > 0)
        return {};
    EventLog::Quiet quiet(m_store->events());
    return DemoStore::enroll(*m_store);
}

Result<bool> ServerState::hasLocation(const QString& location)
{
    auto found = m_store->db().scalar(QStringLiteral("SELECT count(*) FROM locations WHERE id = ?"),
                                      {location}, 0);
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

wire::ApiReply ServerState::publicCall(const QString& endpoint, const QJsonObject& body,
                                       const QString& location)
{
    // The user's own location, else the account's master location (the store's location marked
    // master, else the first).
    QString actingAt = location;
    if (actingAt.isEmpty()) {
        auto master = m_store->db().scalar(
            QStringLiteral("SELECT id FROM locations ORDER BY is_master DESC, id LIMIT 1"), {},
            QString());
        if (!master)
            return wire::ApiReply::fromError(master.error());
        actingAt = master->toString();
    }
    // What a public call records is the server's own: it is not another counter's event.
    EventLog::Quiet quiet(m_store->events());
    return wire::PublicApi(*m_store, Actor::system(actingAt)).call(endpoint, body);
}

wire::ApiReply ServerState::listEvents(const QJsonObject& body)
{
    const QString device = body.value(QStringLiteral("device_id")).toString();
    if (device.isEmpty())
        return wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                       QStringLiteral("device_id is missing."));
    const qint64 after = std::max<qint64>(0, body.value(QStringLiteral("after")).toInteger(0));
    const int limit = std::clamp(int(body.value(QStringLiteral("limit")).toInteger(maxListLimit)),
                                 1, maxListLimit);
    auto page = m_journal.page(after, limit, device);
    if (!page)
        return wire::ApiReply::fromError(page.error());
    QJsonArray events;
    for (const Event& e : page->events)
        events.append(QJsonObject{{QStringLiteral("server_seq"), e.seq},
                                  {QStringLiteral("uuid"), e.uuid},
                                  {QStringLiteral("device_id"), e.deviceId},
                                  {QStringLiteral("type"), e.type},
                                  {QStringLiteral("at"), text::isoUtc(e.at)},
                                  {QStringLiteral("user_id"), e.userId},
                                  {QStringLiteral("payload"), e.payload}});
    return wire::ApiReply::success(QJsonObject{{QStringLiteral("events"), events},
                                               {QStringLiteral("next"), page->next},
                                               {QStringLiteral("more"), page->more}});
}

wire::ApiReply ServerState::downloadCatalog(const QJsonObject& body)
{
    // The cursor is a string in the protocol; a number is taken as well.
    const QJsonValue cursor = body.value(QStringLiteral("cursor"));
    const QString text =
        cursor.isDouble() ? QString::number(cursor.toInteger()) : cursor.toString();
    auto doc = m_catalog.document(text);
    if (!doc)
        return wire::ApiReply::fromError(doc.error());
    return wire::ApiReply::success(*doc);
}

wire::ApiReply ServerState::publishCatalog(const QByteArray& jsonData)
{
    auto published = m_catalog.publish(jsonData);
    if (!published) {
        const Error& e = published.error();
        // Whatever is wrong with the document is the caller's to fix, not a server error.
        return e.code == ErrorCode::Storage
                   ? wire::ApiReply::fromError(e)
                   : wire::ApiReply::failure(wire::astroStatus::BadRequest, e.message);
    }
    return wire::ApiReply::success(
        QJsonObject{{QStringLiteral("cursor"), QString::number(published->version)},
                    {QStringLiteral("changed"), published->changed}});
}

} // namespace astro::server
