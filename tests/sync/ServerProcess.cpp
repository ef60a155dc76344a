#include "ServerProcess.h"

#include <QRegularExpression>

namespace astro::test {

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start(const QStringList& flags)
{
    m_process.setProgram(QStringLiteral(ASTRO_SERVER));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--db"), databasePath()} +
                           flags);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
    QByteArray out;
    while (m_process.waitForReadyRead(20000)) {
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace astro::test
