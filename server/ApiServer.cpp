#include "ApiServer.h"

#include "ServerState.h"
#include "TokenStore.h"
#include "store/Store.h"

#include <QtHttpServer/QHttpServerRequest>

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace astro::server {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

const QByteArray jsonType = QByteArrayLiteral("application/json");

// An application/x-www-form-urlencoded body. QUrlQuery leaves '+' alone, but in a form it
// stands for a space (a literal plus arrives as %2B), so it is turned into %20 first.
QUrlQuery formOf(const QHttpServerRequest& request)
{
    QByteArray body = request.body();
    body.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body));
}

QString formValue(const QUrlQuery& form, const QString& key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

ApiServer::ApiServer(ServerState& state, const FaultOptions& faults, QObject* parent)
    : QAbstractHttpServer(parent), m_state(state), m_faults(faults)
{}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    const QString base = QLatin1String(basePath);
    if (!path.startsWith(base))
        return false;
    QString name = path.mid(base.size());
    if (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
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
        deliver(request, socket, token(request), FaultInjector::Cut::None, 0);
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

ApiServer::Answer ApiServer::token(const QHttpServerRequest& request)
{
    const QUrlQuery form = formOf(request);
    const QString grantType = formValue(form, QStringLiteral("grant_type"));
    if (grantType != QLatin1String("password") ||
        !TokenStore::acceptsCredentials(formValue(form, QStringLiteral("username")),
                                        formValue(form, QStringLiteral("password")),
                                        formValue(form, QStringLiteral("client_id"))))
        return {StatusCode::BadRequest, jsonType,
                compact({{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                         {QStringLiteral("error_description"),
                          QStringLiteral("Wrong username, password, client id or grant type.")}})};
    auto issued =
        m_state.tokens().issue(formValue(form, QStringLiteral("client_id")), m_state.store().now());
    if (!issued)
        return {StatusCode::InternalServerError, jsonType,
                compact({{QStringLiteral("error"), QStringLiteral("server_error")},
                         {QStringLiteral("error_description"), issued.error().message}})};
    return {StatusCode::Ok, jsonType,
            compact({{QStringLiteral("access_token"), *issued},
                     {QStringLiteral("token_type"), QStringLiteral("bearer")},
                     {QStringLiteral("expires"), QString::number(TokenStore::lifetimeSeconds)},
                     {QStringLiteral("created"),
                      QString::number(m_state.store().now().toSecsSinceEpoch())}})};
}

bool ApiServer::authorized(const QHttpServerRequest& request, QString& problem)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (!header.toLower().startsWith(scheme)) {
        problem = QStringLiteral("The Authorization: Bearer token is missing.");
        return false;
    }
    const QString token = QString::fromLatin1(header.mid(scheme.size()).trimmed());
    auto valid = m_state.tokens().isValid(token, m_state.store().now());
    if (!valid) {
        problem = valid.error().message;
        return false;
    }
    if (!*valid)
        problem = QStringLiteral("The token is unknown or expired: ask /token/ for a new one.");
    return *valid;
}

ApiServer::Answer ApiServer::endpoint(const QString& name, const QHttpServerRequest& request)
{
    wire::ApiReply reply;
    QString problem;
    if (!ServerState::isEndpoint(name))
        reply = wire::ApiReply::failure(wire::astroStatus::BadRequest,
                                        QStringLiteral("There is no endpoint %1.").arg(name));
    else if (!authorized(request, problem))
        reply = wire::ApiReply::failure(wire::astroStatus::Unauthorized, problem);
    else
        reply = m_state.call(name, formValue(formOf(request), QStringLiteral("jsonData")).toUtf8());
    if (reply.status == wire::astroStatus::ServerError)
        QTextStream(stderr) << "astro-server: " << name << ": " << reply.message << Qt::endl;
    return {StatusCode(reply.httpStatus()), jsonType, compact(reply.envelope()), reply.status};
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
        QTimer::singleShot(delayMs, socket, std::move(send));
    else
        send();
}

} // namespace astro::server
