#pragma once

// The fixture of tst_astro_server and tst_astro_server_faults: they drive the real astro-server
// over HTTP the way a counter does (docs/sync-protocol.md), each test starting its own server on
// a free port with a database of its own and the demo account's token. Its user defines
// ASTRO_SERVER and ASTRO_DEMO_CATALOG; a test class derives from this.

#include "ServerHarness.h"
#include "SyncEvents.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>

class AstroServerFixture : public QObject, public SyncEvents
{
protected:
    using Answer = ServerHarness::Answer;
    using SyncEvents::event; // an event to push, not QObject::event()

    QTemporaryDir m_dir;
    int m_servers = 0;
    ServerHarness m_server;
    QByteArray m_token;

    QString newDb() { return m_dir.filePath(QStringLiteral("server-%1.sqlite").arg(++m_servers)); }

    // Starts astro-server, reads its "listening on" line and gets a token.
    bool start(const QStringList& extra = {}, QString db = {})
    {
        if (db.isEmpty())
            db = newDb();
        if (!m_server.start(extra, db))
            return false;
        const Answer t = token(QStringLiteral("demo"));
        m_token = t.accessToken();
        return t.http == 200 && !m_token.isEmpty();
    }

    // Stops the server with SIGTERM; returns its exit code (-1 if it had to be killed).
    int stop() { return m_server.stop(); }

    static int run(const QStringList& args, QByteArray* err)
    {
        return ServerHarness::run(args, err);
    }

    Answer post(const QString& path, const QByteArray& form, const QByteArray& bearer)
    {
        return m_server.post(path, form, bearer);
    }

    Answer token(const QString& password)
    {
        return m_server.token(QStringLiteral("demo"), password, QStringLiteral("demo"));
    }

    Answer callForm(const QString& endpoint, const QByteArray& form)
    {
        return m_server.callForm(endpoint, form, m_token);
    }

    Answer call(const QString& endpoint, const QJsonObject& jsonData)
    {
        return m_server.call(endpoint, jsonData, m_token);
    }

    Answer push(const QString& device, const QJsonArray& events)
    {
        return call(QStringLiteral("ext_pushEvents"), pushBody(device, events));
    }

    Answer list(const QString& device, qint64 after, int limit = 500)
    {
        return call(QStringLiteral("ext_listEvents"), listBody(device, after, limit));
    }

    static QByteArray demoCatalog()
    {
        QFile file(QStringLiteral(ASTRO_DEMO_CATALOG));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};
