#pragma once

// PublicApiClient pointed at the counter's POS bridge instead of astro-server: the same client,
// written from domain.md §7 alone, drives `astro-counter-cli bridge` on a store made with
// `init --demo` and a POS account. Its user defines ASTRO_CLI (the astro-counter-cli binary) as
// well as what PublicApiClient.h asks for.

#include "PublicApiClient.h"

#include <QProcessEnvironment>

class BridgeClient : public PublicApiClient
{
protected:
    QString m_db;

    BridgeClient()
    {
        m_username = u"Till 1"_qs;
        m_password = u"till-one-secret"_qs;
        m_clientId = u"pos-till-1"_qs;
    }

    // Runs astro-counter-cli on the store to its end: its exit code, or -1.
    int cli(const QStringList& args, QByteArray* output = nullptr,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ASTRO_CLI), QStringList{u"--db"_qs, m_db} + args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (output)
            *output = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }

    // A new store: the demo store, and a POS account for the client.
    bool newStore()
    {
        m_db = m_dir.filePath(u"counter-%1.sqlite"_qs.arg(++m_servers));
        QByteArray out;
        if (cli({u"init"_qs, u"--demo"_qs}, &out) != 0) {
            qWarning() << out;
            return false;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ASTRO_USER"_qs, u"Alex Martin"_qs);
        env.insert(u"ASTRO_PIN"_qs, u"1111"_qs);
        env.insert(u"ASTRO_POS_PASSWORD"_qs, m_password);
        if (cli({u"pos-user"_qs, u"add"_qs, m_username, u"--client-id"_qs, m_clientId}, &out,
                env) != 0) {
            qWarning() << out;
            return false;
        }
        return true;
    }

    // Runs the bridge on the current store (a new one if there is none yet) on a free port.
    bool startBridge(const QStringList& extra = {})
    {
        if (m_db.isEmpty() && !newStore())
            return false;
        static const QRegularExpression pattern(
            u"^POS bridge listening on (http://\\S+:\\d+/api/json)/?$"_qs);
        if (!m_server.startProgram(
                QStringLiteral(ASTRO_CLI),
                QStringList{u"--db"_qs, m_db, u"bridge"_qs, u"--port"_qs, u"0"_qs} + extra,
                pattern))
            return false;
        m_token = token(m_password).accessToken();
        return !m_token.isEmpty();
    }

    // Every test of PublicApiClient's users starts on a store of its own.
    bool start() override
    {
        m_db.clear();
        return startBridge();
    }
};
