#pragma once

#include "BridgeTokens.h"
#include "LoginThrottle.h"
#include "common/Result.h"
#include "domain/Actor.h"
#include "wire/ApiReply.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerResponder>

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

class QTcpSocket;

namespace astro {
class Store;
}

namespace astro::bridge {

// Astro's public API (domain.md §7) answered on 127.0.0.1 from the counter's own store: POST
// /api/json/token/ for a POS account's bearer token, then POST /api/json/<endpoint>/ with
// jsonData. Every call goes through the engine as a scan at the counter does and is committed
// before it is answered (wire::PublicApi); the counter's sync forwards it to Astro. Only the
// public endpoints: none of the extensions.
class BridgeServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // `store` outlives the server.
    explicit BridgeServer(Store& store, QObject* parent = nullptr);

    // Listens on 127.0.0.1 only (never another computer); a translated error when it cannot.
    Status listenOn(int port);
    int port() const { return m_port; }

signals:
    // A call read (`recorded` false) or recorded something for this customer (customers.uuid).
    void customerTouched(const QString& customerUuid, bool recorded);
    // Any endpoint call answered, with its astro_status.
    void answered(const QString& endpoint, int astroStatus);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Answer
    {
        QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
        QByteArray body;
    };

    Answer token(const QUrlQuery& form, bool& refused);
    // The call's answer, and who the POS account is (empty when the token was refused).
    wire::ApiReply call(const QString& endpoint, const QHttpServerRequest& request);
    // Who the token's holder acts as, or the refusal to answer.
    std::optional<Actor> authorize(const QHttpServerRequest& request, wire::ApiReply& refusal);
    Result<QString> actingLocation();
    void notify(const QString& endpoint, const QJsonObject& body, const wire::ApiReply& reply);
    void deliver(const QHttpServerRequest& request, QTcpSocket* socket, Answer answer, int delayMs);

    Store& m_store;
    BridgeTokens m_tokens;
    httpwire::LoginThrottle m_throttle;
    int m_port = 0;
};

} // namespace astro::bridge
