#include "PromptTcpServer.h"

#include <QtHttpServer/QAbstractHttpServer>

#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace astro::httpwire {

namespace {

void acknowledgePromptly(QTcpSocket* socket)
{
#ifdef Q_OS_LINUX
    const int on = 1;
    // Best effort: a socket that refuses it only answers later, never wrongly.
    (void)::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

void PromptTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    acknowledgePromptly(socket);
    // Connected before the HTTP server's own handler, so it runs first on every arrival.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { acknowledgePromptly(socket); });
    addPendingConnection(socket);
}

quint16 listenPromptly(QAbstractHttpServer& server, const QHostAddress& address, quint16 port)
{
    auto* tcp = new PromptTcpServer(&server);
    if (!tcp->listen(address, port)) {
        delete tcp;
        return 0;
    }
    server.bind(tcp);
    return tcp->serverPort();
}

} // namespace astro::httpwire
