#pragma once

#include "FaultInjector.h"
#include "common/Result.h"

#include <QCommandLineOption>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace astro::server {

// astro-server's command line.
struct ServerOptions
{
    quint16 port = 0;     // 0: any free port
    QString dbPath;       // empty: ServerState::defaultPath()
    QString catalogPath;  // empty: the demo catalog
    QString accountsPath; // empty: the built-in demo account
    QHostAddress listen = QHostAddress(QHostAddress::LocalHost);
    FaultOptions faults;
    bool help = false;
    bool version = false;

    // `arguments` without the program name. Accepts "--name value" and "--name=value".
    static Result<ServerOptions> parse(const QStringList& arguments);
    static QString usage();
    // Every option astro-server reads (usage() explains each).
    static QList<QCommandLineOption> declaredOptions();
};

} // namespace astro::server
