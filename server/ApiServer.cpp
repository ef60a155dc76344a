#include "ApiServer.h"

#include "HttpWire.h"
#include "ServerState.h"
#include "TokenStore.h"
#include "store/Store.h"
#include "wire/WireNames.h"

#include <QtHttpServer/QHttpServerRequest>

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace astro::server {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;
using httpwire::compact;
using httpwire::formOf;
using httpwire::formValue;
using httpwire::jsonType;

} // namespace

ApiServer::ApiServer(const Accounts& accounts, std::vector<Tenant> tenants,
                     const FaultOptions& faults, QObject* parent)
    : QAbstractHttpServer(parent), m_accounts(accounts), m_tenants(std::move(tenants)),
      m_faults(faults)
{}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    const QString name = httpwire::endpointOf(path);
    if (name.isEmpty())
        return false;

    if (request.method() != QHttpServerRequest::Method::Post) {
        const wire::ApiReply reply = wire::ApiReply::failure(
            wire::astroStatus::BadRequest, QStringLiteral("Use POST for %1.").arg(path));
        deliver(request, socket,
                {StatusCode(reply.httpStatus()), jsonType, compact(reply.envelope()), reply.status},
                FaultInjector::Cut::None, 0);
        return true;
    }
    if (name == QLatin1String("token")) {
        const QUrlQuery form = formOf(request);
        bool refused = false;
        Answer answer = token(form, refused);
        // After repeated wrong passwords, every answer for that name waits (LoginThrottle).
        const int delayMs = m_throttle.attempted(formValue(form, QStringLiteral("username")),
                                                 refused, answer.status == StatusCode::Ok);
        deliver(request, socket, std::move(answer), FaultInjector::Cut::None, delayMs);
        return true;
    }

    // Injected failures happen before anything is read or written.
    switch (m_faults.before()) {
    case FaultInjector::Before::Fail500:
        deliver(request, socket,
                {StatusCode::InternalServerError, "text/plain", "Internal error (injected)\n"},
                FaultInjector::Cut::None, m_faults.delayMs());
        return true;
    case FaultInjector::Before::Fail503:
        deliver(request, socket,
                {StatusCode::ServiceUnavailable, "text/plain", "Service unavailable (injected)\n"},
                FaultInjector::Cut::None, m_faults.delayMs());
        return true;
    case FaultInjector::Before::Garbage:
        deliver(request, socket, {StatusCode::Ok, "text/html", "<html>not json"},
                FaultInjector::Cut::None, m_faults.delayMs());
        return true;
    case FaultInjector::Before::None:
        break;
    }

    Answer answer = endpoint(name, request);
    // A cut write has been committed: the client must find it done when it sends it again.
    const bool committedPush =
        ServerState::isWrite(name) && answer.astroStatus == wire::astroStatus::Success;
    const FaultInjector::Cut cut = committedPush ? m_faults.afterPush() : FaultInjector::Cut::None;
    deliver(request, socket, std::move(answer), cut, m_faults.delayMs());
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket)
        .write(QByteArrayLiteral("Not found: the API is under /api/json/\n"), "text/plain",
               StatusCode::NotFound);
}

ApiServer::Answer ApiServer::token(const QUrlQuery& form, bool& refused)
{
    const QString clientId = formValue(form, QStringLiteral("client_id"));
    const Accounts::Match match =
        m_accounts.verify(formValue(form, QStringLiteral("username")),
                          formValue(form, QStringLiteral("password")), clientId);
    const auto tenant = std::find_if(m_tenants.cbegin(), m_tenants.cend(), [&](const Tenant& t) {
        return match.account && t.account == match.account;
    });
    refused = formValue(form, QStringLiteral("grant_type")) != QLatin1String("password") ||
              !match.user || tenant == m_tenants.cend();
    if (refused)
        return {StatusCode::BadRequest, jsonType, compact(httpwire::invalidGrant())};
    ServerState& state = *tenant->state;
    auto issued = state.tokens().issue(match.user->username, clientId, state.store().now());
    if (!issued)
        return {StatusCode::InternalServerError, jsonType,
                compact({{QStringLiteral("error"), QStringLiteral("server_error")},
                         {QStringLiteral("error_description"), issued.error().message}})};
    return {
        StatusCode::Ok, jsonType,
        compact(httpwire::tokenAnswer(*issued, TokenStore::lifetimeSeconds, state.store().now()))};
}

std::optional<wire::ApiReply> ApiServer::authorize(const QHttpServerRequest& request,
                                                   Session& session)
{
    const QString token = httpwire::bearerToken(request);
    if (token.isEmpty())
        return wire::ApiReply::failure(
            wire::astroStatus::Unauthorized,
            QStringLiteral("The Authorization: Bearer token is missing."));
    for (const Tenant& tenant : m_tenants) {
        auto found = tenant.state->tokens().find(token, tenant.state->store().now());
        if (!found)
            return wire::ApiReply::fromError(found.error());
        if (!*found)
            continue;
        // A user taken out of the accounts file, or a client id no longer allowed, loses its
        // tokens at the next start.
        const AccountUser* user = m_accounts.user(*tenant.account, (*found)->username);
        if (!user || !user->clientIds.contains((*found)->clientId))
            break;
        session = {&tenant, user, token};
        return std::nullopt;
    }
    return wire::ApiReply::failure(
        wire::astroStatus::Unauthorized,
        QStringLiteral("The token is unknown or expired: ask /token/ for a new one."));
}

std::optional<wire::ApiReply>
ApiServer::checkDevice(const QString& name, const QByteArray& jsonData, const Session& session)
{
    if (!session.tenant->account->bindsDevices ||
        (name != wire::endpoint::pushEvents && name != wire::endpoint::listEvents))
        return std::nullopt;
    const QString device =
        QJsonDocument::fromJson(jsonData).object().value(QStringLiteral("device_id")).toString();
    if (device.isEmpty())
        return std::nullopt; // the endpoint itself refuses the request
    auto bound = session.tenant->state->tokens().bindDevice(session.token, device);
    if (!bound)
        return wire::ApiReply::fromError(bound.error());
    if (*bound == device)
        return std::nullopt;
    return wire::ApiReply::failure(
        wire::astroStatus::BadRequest,
        QStringLiteral("This token belongs to the device \"%1\", not to \"%2\": every counter "
                       "asks /token/ for a token of its own.")
            .arg(*bound, device));
}

ApiServer::Answer ApiServer::endpoint(const QString& name, const QHttpServerRequest& request)
{
    wire::ApiReply reply;
    auto status = StatusCode::Ok;
    Session session;
    if (!ServerState::isEndpoint(name)) {
        reply = wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                        QStringLiteral("There is no endpoint %1.").arg(name));
    } else if (auto refused = authorize(request, session)) {
        reply = *refused;
    } else {
        const QByteArray jsonData = formValue(formOf(request), QStringLiteral("jsonData")).toUtf8();
        if (auto otherDevice = checkDevice(name, jsonData, session)) {
            reply = *otherDevice;
            if (reply.status == wire::astroStatus::BadRequest)
                status = StatusCode::Forbidden;
        } else {
            reply = session.tenant->state->call(name, jsonData, session.user->location);
        }
    }
    if (reply.status == wire::astroStatus::ServerError)
        QTextStream(stderr) << "astro-server: " << name << ": " << reply.message << Qt::endl;
    if (status == StatusCode::Ok)
        status = StatusCode(reply.httpStatus());
    return {status, jsonType, compact(reply.envelope()), reply.status};
}

void ApiServer::deliver(const QHttpServerRequest& request, QTcpSocket* socket, Answer answer,
                        FaultInjector::Cut cut, int delayMs)
{
    // The responder only writes to the socket; the request it refers to lives as long as the
    // socket, so both survive a delay as long as the connection does.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto send = [responder, socket, answer = std::move(answer), cut] {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up while we waited
        switch (cut) {
        case FaultInjector::Cut::BeforeAnswer:
            socket->abort();
            return;
        case FaultInjector::Cut::MidAnswer:
            // The full length is announced, half the body sent: the client sees a cut answer.
            responder->writeStatusLine(answer.status);
            responder->writeHeader(QByteArrayLiteral("Content-Type"), answer.contentType);
            responder->writeHeader(QByteArrayLiteral("Content-Length"),
                                   QByteArray::number(answer.body.size()));
            responder->writeBody(answer.body.left(answer.body.size() / 2));
            socket->flush();
            socket->abort();
            return;
        case FaultInjector::Cut::None:
            responder->write(answer.body, {{QByteArrayLiteral("Content-Type"), answer.contentType}},
                             answer.status);
            return;
        }
    };
    if (delayMs > 0)
        // The socket as context: if it goes away first, the answer is simply dropped.
        // Precise: a throttled /token/ answer waits at least its full delay.
        QTimer::singleShot(delayMs, Qt::PreciseTimer, socket, std::move(send));
    else
        send();
}

} // namespace astro::server
