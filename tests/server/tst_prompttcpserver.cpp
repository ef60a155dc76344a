// httpwire::listenPromptly: an HTTP server whose sockets answer and acknowledge without TCP's
// small-packet delays, reused connections and large bodies included.
#include "PromptTcpServer.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

using namespace astro;

namespace {

// Answers every request with the size of its body; remembers what each socket looked like.
class EchoSizeServer : public QAbstractHttpServer
{
public:
    QList<bool> lowDelay;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        lowDelay.append(socket->socketOption(QAbstractSocket::LowDelayOption).toInt() == 1);
        makeResponder(request, socket)
            .write(QByteArray::number(request.body().size()), "text/plain",
                   QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override {}
};

QByteArray post(QNetworkAccessManager& network, quint16 port, const QByteArray& body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/echo").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply* reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray answer = reply->isFinished() ? reply->readAll() : QByteArrayLiteral("timeout");
    reply->deleteLater();
    return answer;
}

} // namespace

class TestPromptTcpServer : public QObject
{
    Q_OBJECT

private slots:
    void answersLargeBodiesOnOneConnection()
    {
        EchoSizeServer server;
        const quint16 port = httpwire::listenPromptly(server, QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        QNetworkAccessManager network;
        // A push of 500 events is about 280 KB; small ones go in one segment.
        for (const qsizetype size : {280000, 10, 300000, 0, 65536})
            QCOMPARE(post(network, port, QByteArray(size, 'x')), QByteArray::number(size));
        QCOMPARE(server.lowDelay.size(), 5);
    }

    void setsNoDelayBeforeTheFirstRequest()
    {
        EchoSizeServer server;
        const quint16 port = httpwire::listenPromptly(server, QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        QNetworkAccessManager network;
        QCOMPARE(post(network, port, QByteArrayLiteral("first")), QByteArray("5"));
        QCOMPARE(post(network, port, QByteArrayLiteral("second")), QByteArray("6"));
        QCOMPARE(server.lowDelay, (QList<bool>{true, true}));
    }

    void saysWhenThePortIsTaken()
    {
        EchoSizeServer first;
        const quint16 port = httpwire::listenPromptly(first, QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);
        EchoSizeServer second;
        QCOMPARE(httpwire::listenPromptly(second, QHostAddress::LocalHost, port), quint16(0));
        QVERIFY(second.servers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPromptTcpServer)
#include "tst_prompttcpserver.moc"
