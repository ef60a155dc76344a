#pragma once

#include "FaultInjector.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerResponder>

#include <QByteArray>

class QTcpSocket;

namespace astro::server {

class ServerState;

// The HTTP side of the server: routes /api/json/token/ and /api/json/<endpoint>/, checks the
// bearer token, decodes the form, wraps replies in the JSON envelope and injects the faults a
// test asked for. Subclasses QAbstractHttpServer (not QHttpServer) for the socket, which cutting
// a connection needs.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr auto basePath = "/api/json/";

    ApiServer(ServerState& state, const FaultOptions& faults, QObject* parent = nullptr);

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

    Answer token(const QHttpServerRequest& request);
    Answer endpoint(const QString& name, const QHttpServerRequest& request);
    bool authorized(const QHttpServerRequest& request, QString& problem);
    void deliver(const QHttpServerRequest& request, QTcpSocket* socket, Answer answer,
                 FaultInjector::Cut cut, int delayMs);

    ServerState& m_state;
    FaultInjector m_faults;
};

} // namespace astro::server
