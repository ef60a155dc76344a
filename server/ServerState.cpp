#include "ServerState.h"

#include "ServerSchema.h"
#include "common/Text.h"
#include "store/Store.h"
#include "sync/SyncEndpoints.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace astro::server {

namespace {

const int maxListLimit = 500;

// The calls that are not event pushes; each takes the parsed jsonData object.
const QStringList otherEndpoints = {
    QStringLiteral("listEvents"),     QStringLiteral("downloadCatalog"),
    QStringLiteral("publishCatalog"), QStringLiteral("recordCredit"),
    QStringLiteral("requestProgram"), QStringLiteral("searchCustomer"),
    QStringLiteral("customerStatus"), QStringLiteral("eligiblePurchaseItems"),
    QStringLiteral("listOffers")};

} // namespace

ServerState::ServerState(std::unique_ptr<Store> store)
    : m_store(std::move(store)), m_tokens(m_store->db()), m_journal(m_store->db()),
      m_intake(*m_store, m_journal), m_catalog(*m_store), m_credits(*m_store, m_journal),
      m_programRequests(*m_store), m_reads(*m_store)
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
    return std::unique_ptr<ServerState>(new ServerState(std::move(store).value()));
}

bool ServerState::isEventPush(const QString& name)
{
    return sync::eventEndpoints().contains(name);
}

bool ServerState::isEndpoint(const QString& name)
{
    return isEventPush(name) || otherEndpoints.contains(name);
}

ApiReply ServerState::call(const QString& endpoint, const QByteArray& jsonData)
{
    if (jsonData.isEmpty())
        return ApiReply::failure(astroStatus::BadRequest, QStringLiteral("jsonData is missing."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(jsonData, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ApiReply::failure(astroStatus::BadRequest,
                                 QStringLiteral("jsonData is not a JSON object (%1).")
                                     .arg(error.error != QJsonParseError::NoError
                                              ? error.errorString()
                                              : QStringLiteral("not an object")));
    const QJsonObject body = doc.object();

    if (isEventPush(endpoint))
        return m_intake.push(endpoint, body);
    if (endpoint == QLatin1String("listEvents"))
        return listEvents(body);
    if (endpoint == QLatin1String("downloadCatalog"))
        return downloadCatalog(body);
    if (endpoint == QLatin1String("publishCatalog"))
        return publishCatalog(jsonData);
    if (endpoint == QLatin1String("recordCredit"))
        return m_credits.record(body);
    if (endpoint == QLatin1String("requestProgram"))
        return m_programRequests.request(body);
    if (endpoint == QLatin1String("searchCustomer"))
        return m_reads.searchCustomer(body);
    if (endpoint == QLatin1String("customerStatus"))
        return m_reads.customerStatus(body);
    if (endpoint == QLatin1String("eligiblePurchaseItems"))
        return m_reads.eligiblePurchaseItems(body);
    if (endpoint == QLatin1String("listOffers"))
        return m_reads.listOffers(body);
    return ApiReply::failure(astroStatus::BadRequest,
                             QStringLiteral("There is no endpoint %1.").arg(endpoint));
}

ApiReply ServerState::listEvents(const QJsonObject& body)
{
    const QString device = body.value(QStringLiteral("device_id")).toString();
    if (device.isEmpty())
        return ApiReply::failure(astroStatus::BadRequest, QStringLiteral("device_id is missing."));
    const qint64 after = std::max<qint64>(0, body.value(QStringLiteral("after")).toInteger(0));
    const int limit = std::clamp(int(body.value(QStringLiteral("limit")).toInteger(maxListLimit)),
                                 1, maxListLimit);
    auto page = m_journal.page(after, limit, device);
    if (!page)
        return ApiReply::fromError(page.error());
    QJsonArray events;
    for (const Event& e : page->events)
        events.append(QJsonObject{{QStringLiteral("server_seq"), e.seq},
                                  {QStringLiteral("uuid"), e.uuid},
                                  {QStringLiteral("device_id"), e.deviceId},
                                  {QStringLiteral("type"), e.type},
                                  {QStringLiteral("at"), text::isoUtc(e.at)},
                                  {QStringLiteral("user_id"), e.userId},
                                  {QStringLiteral("payload"), e.payload}});
    return ApiReply::success(QJsonObject{{QStringLiteral("events"), events},
                                         {QStringLiteral("next"), page->next},
                                         {QStringLiteral("more"), page->more}});
}

ApiReply ServerState::downloadCatalog(const QJsonObject& body)
{
    // The cursor is a string in the protocol; a number is taken as well.
    const QJsonValue cursor = body.value(QStringLiteral("cursor"));
    const QString text =
        cursor.isDouble() ? QString::number(cursor.toInteger()) : cursor.toString();
    auto doc = m_catalog.document(text);
    if (!doc)
        return ApiReply::fromError(doc.error());
    return ApiReply::success(*doc);
}

ApiReply ServerState::publishCatalog(const QByteArray& jsonData)
{
    auto published = m_catalog.publish(jsonData);
    if (!published) {
        const Error& e = published.error();
        // Whatever is wrong with the document is the caller's to fix, not a server error.
        return e.code == ErrorCode::Storage ? ApiReply::fromError(e)
                                            : ApiReply::failure(astroStatus::BadRequest, e.message);
    }
    return ApiReply::success(
        QJsonObject{{QStringLiteral("cursor"), QString::number(published->version)},
                    {QStringLiteral("changed"), published->changed}});
}

} // namespace astro::server
