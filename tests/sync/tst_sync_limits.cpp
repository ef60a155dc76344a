// A server that answers too much or too slowly cannot hold the counter: an answer over the size
// cap and a request past its deadline both fail fast with ErrorCode::Network, in bounded memory.
// The misbehaving server is a few lines of QTcpServer here.
#include "sync/ApiClient.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

using namespace astro;
using namespace astro::sync;

namespace {

constexpr qint64 oneGigabyte = qint64(1) << 30;

// Peak resident memory of this process so far, in MB.
qint64 peakMemoryMb()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kB on Linux
}

// Answers every request the way it is told: a header, then a body written by `feed` each time
// the socket has room (huge answers) or on a timer (trickles).
class BadServer : public QObject
{
public:
    enum class Kind
    {
        HugeAnnounced,   // Content-Length: 1 GB, then zeros
        HugeUnannounced, // no length, zeros until the connection is closed
        Trickle,         // a valid length, then one byte every `trickleMs`
    };

    BadServer(Kind kind, int trickleMs = 500) : m_kind(kind), m_trickleMs(trickleMs)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_server.serverPort()));
    }
    qint64 sent() const { return m_sent; }

private:
    void answer(QTcpSocket* socket)
    {
        socket->readAll();
        if (socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        if (m_kind == Kind::HugeAnnounced)
            head += "Content-Length: " + QByteArray::number(oneGigabyte) + "\r\n";
        else if (m_kind == Kind::HugeUnannounced)
            head += "Connection: close\r\n";
        else
            head += "Content-Length: 64\r\n";
        socket->write(head + "\r\n");
        if (m_kind == Kind::Trickle) {
            auto* timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket] {
                socket->write(" ");
                ++m_sent;
            });
            timer->start(m_trickleMs);
            return;
        }
        const QByteArray zeros(256 * 1024, '0');
        auto feed = [this, socket, zeros] {
            while (socket->state() == QAbstractSocket::ConnectedState &&
                   socket->bytesToWrite() < 4 * zeros.size() && m_sent < oneGigabyte) {
                socket->write(zeros);
                m_sent += zeros.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, feed);
        feed();
    }

    QTcpServer m_server;
    Kind m_kind;
    int m_trickleMs;
    qint64 m_sent = 0;
};

const QString tooLarge = QStringLiteral("larger than");
const QString tooSlow = QStringLiteral("The server answered too slowly");

} // namespace

class TestSyncLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        // Bounded, and above the largest real answer (the 25 MB catalog of 100,000 products).
        const ApiClient::Limits limits;
        QCOMPARE(limits.maxAnswerBytes, qint64(64) * 1024 * 1024);
        QCOMPARE(limits.deadlineMs, 60000);
    }

    void hugeAnnouncedAnswerIsRefusedAtOnce()
    {
        BadServer server(BadServer::Kind::HugeAnnounced);
        ApiClient client(server.url());
        QElapsedTimer clock;
        clock.start();
        auto answer = client.call(QStringLiteral("ext_downloadCatalog"), {}, QStringLiteral("t"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, ErrorCode::Network);
        QVERIFY2(answer.error().message.contains(tooLarge), qPrintable(answer.error().message));
        QVERIFY(answer.error().message.contains(QStringLiteral("64 MB")));
        QVERIFY(clock.elapsed() < 5000);
        // Refused on its Content-Length: far from the gigabyte was ever read.
        QVERIFY2(server.sent() < 256 * 1024 * 1024, qPrintable(QString::number(server.sent())));
    }

    void hugeUnannouncedAnswerStopsAtTheCap()
    {
        const qint64 before = peakMemoryMb();
        BadServer server(BadServer::Kind::HugeUnannounced);
        ApiClient client(server.url());
        QElapsedTimer clock;
        clock.start();
        auto answer = client.call(QStringLiteral("ext_listEvents"), {}, QStringLiteral("t"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, ErrorCode::Network);
        QVERIFY2(answer.error().message.contains(tooLarge), qPrintable(answer.error().message));
        QVERIFY(clock.elapsed() < 30000);
        QVERIFY2(server.sent() < 512 * 1024 * 1024, qPrintable(QString::number(server.sent())));
        // The cap (64 MB) and the buffers around it, not the gigabyte on offer.
        const qint64 grown = peakMemoryMb() - before;
        qInfo("peak memory grew by %lld MB", grown);
        QVERIFY2(grown < 300, qPrintable(QStringLiteral("grew by %1 MB").arg(grown)));
    }

    void smallerCapIsKept()
    {
        BadServer server(BadServer::Kind::HugeUnannounced);
        ApiClient client(server.url());
        ApiClient::Limits limits;
        limits.maxAnswerBytes = 1024 * 1024;
        client.setLimits(limits);
        auto answer = client.call(QStringLiteral("ext_listEvents"), {}, QStringLiteral("t"));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, ErrorCode::Network);
        QVERIFY(answer.error().message.contains(QStringLiteral("larger than 1 MB")));
    }

    void tricklingServerMeetsTheDeadline()
    {
        // A byte every 500 ms: never silent long enough for the 1 s transfer timeout, yet
        // the request is given up at its 3 s deadline.
        BadServer server(BadServer::Kind::Trickle, 500);
        ApiClient client(server.url());
        ApiClient::Limits limits;
        limits.deadlineMs = 3000;
        client.setLimits(limits);
        QElapsedTimer clock;
        clock.start();
        auto answer = client.call(QStringLiteral("ext_listEvents"), {}, QStringLiteral("t"), 1000);
        const qint64 took = clock.elapsed();
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, ErrorCode::Network);
        QVERIFY2(answer.error().message.contains(tooSlow), qPrintable(answer.error().message));
        QVERIFY2(took >= 2900 && took < 3000 + 5000, qPrintable(QString::number(took)));
        QVERIFY(server.sent() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncLimits)
#include "tst_sync_limits.moc"
