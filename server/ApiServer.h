#pragma once

#include "Accounts.h"
#include "FaultInjector.h"
#include "LoginThrottle.h"
#include "TokenStore.h"
#include "wire/ApiReply.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerResponder>

#include <QByteArray>
#include <QUrlQuery>

#include <optional>
#include <vector>

class QTcpSocket;

namespace astro::server {

class ServerState;

// The HTTP side of the server: routes /api/json/token/ and /api/json/<endpoint>/, checks the
// bearer token and sends the call to the state of the token's account, decodes the form, wraps
// replies in the JSON envelope and injects the faults a test asked for. Subclasses
// QAbstractHttpServer (not QHttpServer) for the socket, which cutting a connection needs.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // An account and its own copy of the store.
    struct Tenant
    {
        const Account* account = nullptr;
        ServerState* state = nullptr;
    };

    // `accounts` and the states outlive the server; one tenant per account.
    ApiServer(const Accounts& accounts, std::vector<Tenant> tenants, const FaultOptions& faults,
              QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Answer
    {
        QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok;
        QByteArray contentType;
        QByteArray body;
        int astroStatus = 0; // of an endpoint's reply; 0 for anything else
    };

    // Who is calling, from the bearer token.
    struct Session
    {
        const Tenant* tenant = nullptr;
        const AccountUser* user = nullptr;
        QString token;
    };

    Answer token(const QUrlQuery& form, bool& refused);
    Answer endpoint(const QString& name, const QHttpServerRequest& request);
    // A refusal, or nothing when the token is good (and `session` says whose it is).
    std::optional<wire::ApiReply> authorize(const QHttpServerRequest& request, Session& session);
    // A refusal when the token is bound to another device than the body's device_id.
    std::optional<wire::ApiReply> checkDevice(const QString& name, const QByteArray& jsonData,
                                              const Session& session);
    void deliver(const QHttpServerRequest& request, QTcpSocket* socket, Answer answer,
                 FaultInjector::Cut cut, int delayMs);

    const Accounts& m_accounts;
    std::vector<Tenant> m_tenants;
    FaultInjector m_faults;
    httpwire::LoginThrottle m_throttle;
};

} // namespace astro::server
