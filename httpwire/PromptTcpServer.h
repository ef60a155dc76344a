#pragma once

#include <QHostAddress>
#include <QTcpServer>

class QAbstractHttpServer;

namespace astro::httpwire {

// The listening socket of an HTTP server that answers without TCP's small-packet delays, on
// both sides of a request:
// - its own answers go out at once (TCP_NODELAY): an answer is written in two parts, head then
//   body, and the body's last segment would otherwise wait for the client's delayed ACK;
// - every part of a request is acknowledged at once (TCP_QUICKACK, which Linux turns off again
//   by itself, so it is set again whenever data arrives): Qt's own HTTP client sends without
//   TCP_NODELAY, so the last segment of a large request body waits until everything before it
//   is acknowledged, and a delayed ACK held each 280 KB push 40 ms on loopback.
class PromptTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override;
};

// server.listen(address, port) through a PromptTcpServer: the port bound, or 0 when it cannot.
quint16 listenPromptly(QAbstractHttpServer& server, const QHostAddress& address, quint16 port);

} // namespace astro::httpwire
