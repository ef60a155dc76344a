#include "ApiServer.h"
#include "ServerOptions.h"
#include "ServerState.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>

// Exit codes, as astro-counter-cli's: 1 the server could not start, 2 a usage error or a bad
// catalog.
namespace {
constexpr int failed = 1;
constexpr int usage = 2;
} // namespace

int main(int argc, char* argv[])
{
    using namespace astro::server;
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Astro Loyalty"));
    QCoreApplication::setApplicationName(QStringLiteral("astro-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASTRO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    auto options = ServerOptions::parse(QCoreApplication::arguments().mid(1));
    if (!options) {
        err << "astro-server: " << options.error().message << Qt::endl
            << ServerOptions::usage().arg(ServerState::defaultPath());
        return usage;
    }
    if (options->help) {
        out << ServerOptions::usage().arg(ServerState::defaultPath());
        return 0;
    }
    if (options->version) {
        out << "astro-server " << ASTRO_VERSION << Qt::endl;
        return 0;
    }

    const QString dbPath = options->dbPath.isEmpty() ? ServerState::defaultPath() : options->dbPath;
    auto state = ServerState::open(dbPath);
    if (!state) {
        err << "astro-server: " << state.error().message << Qt::endl;
        return failed;
    }

    // The catalog is loaded at every start: entries that differ from the stored ones get a new
    // cursor, unchanged ones keep theirs.
    const QString catalogPath = options->catalogPath.isEmpty()
                                    ? QStringLiteral(":/astro/demo/catalog.json")
                                    : options->catalogPath;
    QFile catalogFile(catalogPath);
    if (!catalogFile.open(QIODevice::ReadOnly)) {
        err << "astro-server: cannot read the catalog " << catalogPath << ": "
            << catalogFile.errorString() << Qt::endl;
        return usage;
    }
    auto published = (*state)->catalog().publish(catalogFile.readAll());
    if (!published) {
        err << "astro-server: the catalog " << catalogPath
            << " cannot be served: " << published.error().message << Qt::endl;
        return published.error().code == astro::ErrorCode::Storage ? failed : usage;
    }

    if (options->catalogPath.isEmpty())
        if (auto s = (*state)->enrollDemoStore(); !s) {
            err << "astro-server: " << s.error().message << Qt::endl;
            return failed;
        }

    ApiServer server(**state, options->faults);
    const quint16 port = server.listen(QHostAddress::LocalHost, options->port);
    if (port == 0) {
        err << "astro-server: cannot listen on 127.0.0.1 port " << options->port << Qt::endl;
        return failed;
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &app, &QCoreApplication::quit);

    // Tests and scripts read this line to learn the port: exactly one, flushed at once.
    out << "astro-server listening on http://127.0.0.1:" << port << "/api/json" << Qt::endl;
    return app.exec();
}
