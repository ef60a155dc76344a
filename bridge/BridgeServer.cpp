#include "BridgeServer.h"

#include "HttpWire.h"
#include "PromptTcpServer.h"
#include "pos/PosUserStore.h"
#include "store/Store.h"
#include "wire/CustomerDirectory.h"
#include "wire/Fields.h"
#include "wire/PublicApi.h"

#include <QtHttpServer/QHttpServerRequest>

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace astro::bridge {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;
using httpwire::compact;
using httpwire::formOf;
using httpwire::formValue;

// A customerID as POS systems send it: text or a number.
QString customerIdOf(const QJsonObject& body)
{
    const QJsonValue value = body.value(QStringLiteral("customerID"));
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString().trimmed();
}

} // namespace

BridgeServer::BridgeServer(Store& store, QObject* parent)
    : QAbstractHttpServer(parent), m_store(store)
{}

Status BridgeServer::listenOn(int port)
{
    const quint16 bound = httpwire::listenPromptly(*this, QHostAddress::LocalHost, quint16(port));
    if (bound == 0)
        return makeError(ErrorCode::Conflict,
                         tr("The POS bridge cannot listen on port %1 of this computer: another "
                            "program may be using it. Choose another port in Settings.")
                             .arg(port));
    m_port = bound;
    return {};
}

bool BridgeServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString name = httpwire::endpointOf(request.url().path());
    if (name.isEmpty())
        return false;
    if (request.method() != QHttpServerRequest::Method::Post) {
        const auto reply =
            wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                    QStringLiteral("Use POST for %1.").arg(request.url().path()));
        deliver(request, socket, {StatusCode(reply.httpStatus()), compact(reply.envelope())}, 0);
        return true;
    }
    if (name == QLatin1String("token")) {
        const QUrlQuery form = formOf(request);
        bool refused = false;
        Answer answer = token(form, refused);
        const int delayMs = m_throttle.attempted(formValue(form, QStringLiteral("username")),
                                                 refused, answer.status == StatusCode::Ok);
        deliver(request, socket, std::move(answer), delayMs);
        return true;
    }
    const wire::ApiReply reply = call(name, request);
    emit answered(name, reply.status);
    deliver(request, socket, {StatusCode(reply.httpStatus()), compact(reply.envelope())}, 0);
    return true;
}

void BridgeServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket)
        .write(QByteArrayLiteral("Not found: Astro's API is under /api/json/\n"), "text/plain",
               StatusCode::NotFound);
}

BridgeServer::Answer BridgeServer::token(const QUrlQuery& form, bool& refused)
{
    const QString clientId = formValue(form, QStringLiteral("client_id"));
    auto user = PosUserStore(m_store).verify(formValue(form, QStringLiteral("username")),
                                             formValue(form, QStringLiteral("password")), clientId);
    if (!user)
        return {StatusCode::InternalServerError,
                compact({{QStringLiteral("error"), QStringLiteral("server_error")},
                         {QStringLiteral("error_description"), user.error().message}})};
    refused = formValue(form, QStringLiteral("grant_type")) != QLatin1String("password") ||
              !user->has_value();
    if (refused)
        return {StatusCode::BadRequest, compact(httpwire::invalidGrant())};
    const QDateTime now = m_store.now();
    const QString token = m_tokens.issue({(*user)->id, clientId}, now);
    return {StatusCode::Ok,
            compact(httpwire::tokenAnswer(token, BridgeTokens::lifetimeSeconds, now))};
}

Result<QString> BridgeServer::actingLocation()
{
    // The counter's own location, else the store's master location (as the server does).
    auto own = m_store.setting(QStringLiteral("counter_location"));
    if (!own)
        return own.error();
    if (!own->isEmpty())
        return *own;
    auto master = m_store.db().scalar(
        QStringLiteral("SELECT id FROM locations ORDER BY is_master DESC, id LIMIT 1"), {},
        QString());
    if (!master)
        return master.error();
    return master->toString();
}

std::optional<Actor> BridgeServer::authorize(const QHttpServerRequest& request,
                                             wire::ApiReply& refusal)
{
    const QString token = httpwire::bearerToken(request);
    const auto holder = token.isEmpty() ? std::nullopt : m_tokens.find(token, m_store.now());
    if (!holder) {
        refusal = wire::ApiReply::failure(
            wire::astroStatus::Unauthorized,
            token.isEmpty()
                ? QStringLiteral("The Authorization: Bearer token is missing.")
                : QStringLiteral("The token is unknown or expired: ask /token/ for a new one."));
        return std::nullopt;
    }
    // A POS account removed, or given another client id, loses its tokens at once.
    auto account = m_store.db().selectOne(
        QStringLiteral("SELECT name FROM pos_users WHERE id = ? AND client_id = ?"),
        {holder->posUserId, holder->clientId});
    if (!account) {
        refusal = wire::ApiReply::fromError(account.error());
        return std::nullopt;
    }
    if (!account->has_value()) {
        refusal = wire::ApiReply::failure(
            wire::astroStatus::Unauthorized,
            QStringLiteral("This POS account no longer exists: ask the store's Admin."));
        return std::nullopt;
    }
    auto location = actingLocation();
    if (!location) {
        refusal = wire::ApiReply::fromError(location.error());
        return std::nullopt;
    }
    // The POS acts for the engine, named in the audit log and history as its account.
    Actor actor = Actor::system(*location);
    actor.userName = QStringLiteral("POS %1").arg((**account)[0].toString());
    return actor;
}

wire::ApiReply BridgeServer::call(const QString& name, const QHttpServerRequest& request)
{
    if (!wire::PublicApi::handles(name))
        return wire::ApiReply::failure(
            wire::astroStatus::BadRequest,
            QStringLiteral("There is no endpoint %1 on the POS bridge: it answers Astro's public "
                           "API only.")
                .arg(name));
    wire::ApiReply refusal;
    const auto actor = authorize(request, refusal);
    if (!actor)
        return refusal;
    const QByteArray jsonData = formValue(formOf(request), QStringLiteral("jsonData")).toUtf8();
    const auto parsed = wire::Fields::parseJsonData(jsonData, refusal);
    if (!parsed)
        return refusal;
    const QJsonObject& body = *parsed;
    const wire::ApiReply reply = wire::PublicApi(m_store, *actor).call(name, body);
    notify(name, body, reply);
    return reply;
}

void BridgeServer::notify(const QString& endpoint, const QJsonObject& body,
                          const wire::ApiReply& reply)
{
    const QString callerId = customerIdOf(body);
    if (callerId.isEmpty() || reply.status != wire::astroStatus::Success)
        return;
    auto customer = wire::CustomerDirectory(m_store).resolve(callerId);
    if (!customer || !customer->has_value())
        return;
    auto uuid = m_store.db().scalar(QStringLiteral("SELECT uuid FROM customers WHERE id = ?"),
                                    {**customer}, QString());
    if (uuid && !uuid->toString().isEmpty())
        emit customerTouched(uuid->toString(), wire::PublicApi::writes(endpoint));
}

void BridgeServer::deliver(const QHttpServerRequest& request, QTcpSocket* socket, Answer answer,
                           int delayMs)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto send = [responder, socket, answer = std::move(answer)] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return; // the POS gave up while the answer waited
        responder->write(answer.body, {{QByteArrayLiteral("Content-Type"), httpwire::jsonType}},
                         answer.status);
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, Qt::PreciseTimer, socket, std::move(send));
    else
        send();
}

} // namespace astro::bridge
