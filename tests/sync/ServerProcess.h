#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace astro::test {

// The real astro-server, started on a free loopback port with its own database.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();

    // Starts it with the extra flags (faults); false if it did not come up.
    bool start(const QStringList& flags = {});
    void stop();
    QUrl url() const { return m_url; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("server.sqlite")); }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};

} // namespace astro::test
