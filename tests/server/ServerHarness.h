#pragma once

// The transport of the tests that run the real astro-server: it starts the binary on a free port
// with a database of its own, stops it, and speaks raw HTTP to it (form posts, /token/, calls
// with jsonData) as a third-party integrator would. It includes no project header, so the
// public-API tests stay independent of the product's code. Its user defines ASTRO_SERVER (the
// astro-server binary).

#include <QByteArray>
#include <QDebug>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <memory>

class ServerHarness
{
public:
    // What came back: the HTTP status, the transport error and the body, with Astro's envelope
    // (astro_status, returnData) read from it.
    struct Answer
    {
        int http = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        int status() const { return json().value(QStringLiteral("astro_status")).toInt(-1); }
        QJsonValue returned() const { return json().value(QStringLiteral("returnData")); }
        QJsonObject data() const { return returned().toObject(); }
        QJsonArray list() const { return returned().toArray(); }
        QJsonObject entry(qsizetype i) const { return list().at(i).toObject(); }
        QString str(const char* key) const { return data().value(QLatin1String(key)).toString(); }
        QByteArray accessToken() const
        {
            return json().value(QStringLiteral("access_token")).toString().toUtf8();
        }
        QByteArray describe() const
        {
            return "HTTP " + QByteArray::number(http) + " error " + QByteArray::number(error) +
                   ": " + body.left(600);
        }
    };

    // A request still unanswered after replyTimeoutMs is aborted.
    explicit ServerHarness(int replyTimeoutMs = 30000) : m_replyTimeoutMs(replyTimeoutMs) {}
    ~ServerHarness() { stop(); }
    ServerHarness(const ServerHarness&) = delete;
    ServerHarness& operator=(const ServerHarness&) = delete;

    // Starts astro-server (stopping the one running) with `--port 0 --db db` and `extra`, and
    // reads its first line, "astro-server listening on http://ADDRESS:PORT/api/json", into
    // base(). The address is 127.0.0.1 unless `extra` has --listen; an IPv6 one is bracketed.
    bool start(const QStringList& extra, const QString& db)
    {
        static const QRegularExpression pattern(
            QStringLiteral("^astro-server listening on (http://\\S+:\\d+/api/json)$"));
        const bool local = !extra.contains(QStringLiteral("--listen"));
        return startProgram(
            QStringLiteral(ASTRO_SERVER),
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db} +
                extra,
            pattern, local);
    }

    // Starts `program` with `args` (stopping the one running) and reads its first line, which
    // must match `pattern`, the base URL captured first, into base(): 127.0.0.1 when `local`.
    bool startProgram(const QString& program, const QStringList& args,
                      const QRegularExpression& pattern, bool local = true)
    {
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(program, args);
        if (!m_process->waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!m_process->canReadLine() && timer.elapsed() < 60000 &&
               m_process->state() == QProcess::Running)
            m_process->waitForReadyRead(1000);
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        const auto match = pattern.match(line);
        if (!match.hasMatch() ||
            (local && !match.captured(1).startsWith(QStringLiteral("http://127.0.0.1:")))) {
            qWarning() << "unexpected first line:" << line;
            return false;
        }
        m_base = match.captured(1);
        if (m_base.endsWith(QLatin1Char('/')))
            m_base.chop(1);
        m_net.clearConnectionCache();
        return true;
    }

    // Kills the program at once (SIGKILL), as a power cut or a crash would.
    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
    }

    // Stops the server with SIGTERM; returns its exit code (-1 if it had to be killed, or if none
    // was started).
    int stop()
    {
        if (!m_process)
            return -1;
        int code = -1;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (m_process->waitForFinished(20000) &&
                m_process->exitStatus() == QProcess::NormalExit)
                code = m_process->exitCode();
            else
                m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
        return code;
    }

    // Whether a server was started and not stopped since.
    bool started() const { return m_process != nullptr; }

    // "http://ADDRESS:PORT/api/json" of the server started last.
    const QString& base() const { return m_base; }

    // POST <base><path> with a form body, and the bearer token when there is one.
    Answer post(const QString& path, const QByteArray& form, const QByteArray& bearer)
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!bearer.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + bearer);
        QNetworkReply* reply = m_net.post(request, form);
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timeout.start(m_replyTimeoutMs);
        if (!reply->isFinished())
            loop.exec();
        Answer a;
        a.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.error = reply->error();
        a.body = reply->readAll();
        reply->deleteLater();
        return a;
    }

    // The password grant of /token/.
    Answer token(const QString& username, const QString& password, const QString& clientId)
    {
        return post(QStringLiteral("/token/"),
                    "username=" + QUrl::toPercentEncoding(username) +
                        "&password=" + QUrl::toPercentEncoding(password) +
                        "&grant_type=password&client_id=" + QUrl::toPercentEncoding(clientId),
                    {});
    }

    // POST <base>/<endpoint>/ with a form body.
    Answer callForm(const QString& endpoint, const QByteArray& form, const QByteArray& bearer)
    {
        return post(QStringLiteral("/%1/").arg(endpoint), form, bearer);
    }

    // POST <base>/<endpoint>/ with jsonData, the object in compact JSON.
    Answer call(const QString& endpoint, const QJsonObject& jsonData, const QByteArray& bearer)
    {
        return callForm(
            endpoint, jsonDataForm(QJsonDocument(jsonData).toJson(QJsonDocument::Compact)), bearer);
    }

    // The form "jsonData=<json, percent-encoded>".
    static QByteArray jsonDataForm(const QByteArray& json)
    {
        return "jsonData=" + QUrl::toPercentEncoding(QString::fromUtf8(json));
    }

    // Runs astro-server to its end: its exit code (-1 if it did not end within a minute) and
    // what it wrote on stderr.
    static int run(const QStringList& args, QByteArray* err)
    {
        QProcess p;
        p.start(QStringLiteral(ASTRO_SERVER), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *err = p.readAllStandardError();
        return p.exitCode();
    }

private:
    int m_replyTimeoutMs;
    std::unique_ptr<QProcess> m_process;
    QString m_base;
    QNetworkAccessManager m_net;
};
