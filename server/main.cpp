#include "Accounts.h"
#include "ApiServer.h"
#include "PromptTcpServer.h"
#include "ServerOptions.h"
#include "ServerState.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTextStream>

#include <memory>
#include <vector>

// Exit codes, as astro-counter-cli's: 1 the server could not start, 2 a usage error, a bad
// catalog or a bad accounts file.
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

    Accounts accounts = Accounts::demo();
    if (!options->accountsPath.isEmpty()) {
        auto loaded = Accounts::load(options->accountsPath);
        if (!loaded) {
            err << "astro-server: the accounts file " << options->accountsPath << ": "
                << loaded.error().message << Qt::endl;
            return usage;
        }
        accounts = std::move(loaded).value();
        // It holds passwords: only the server's own user should be able to read it.
        const auto permissions = QFile::permissions(options->accountsPath);
        if (permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
            err << "astro-server: warning: the accounts file " << options->accountsPath
                << " is readable by other users; it holds passwords (chmod 600 it)." << Qt::endl;
    }

    // The catalog is loaded at every start, into every account's store: entries that differ
    // from the stored ones get a new cursor, unchanged ones keep theirs.
    const QString catalogPath = options->catalogPath.isEmpty()
                                    ? QStringLiteral(":/astro/demo/catalog.json")
                                    : options->catalogPath;
    QFile catalogFile(catalogPath);
    if (!catalogFile.open(QIODevice::ReadOnly)) {
        err << "astro-server: cannot read the catalog " << catalogPath << ": "
            << catalogFile.errorString() << Qt::endl;
        return usage;
    }
    const QByteArray catalog = catalogFile.readAll();

    // Each account has its own copy of the store, in its own file.
    const QString dbPath = options->dbPath.isEmpty() ? ServerState::defaultPath() : options->dbPath;
    std::vector<std::unique_ptr<ServerState>> states;
    std::vector<ApiServer::Tenant> tenants;
    for (std::size_t i = 0; i < accounts.list().size(); ++i) {
        const Account& account = accounts.list()[i];
        auto state = ServerState::open(accounts.databasePath(i, dbPath));
        if (!state) {
            err << "astro-server: " << state.error().message << Qt::endl;
            return failed;
        }
        auto published = (*state)->catalog().publish(catalog);
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
        for (const QString& location : account.locations) {
            auto known = (*state)->hasLocation(location);
            if (!known) {
                err << "astro-server: " << known.error().message << Qt::endl;
                return failed;
            }
            if (!*known) {
                err << "astro-server: the accounts file " << options->accountsPath
                    << ": the account " << account.id << " names the location " << location
                    << ", which the catalog " << catalogPath << " does not have." << Qt::endl;
                return usage;
            }
        }
        tenants.push_back({&account, state->get()});
        states.push_back(std::move(state).value());
    }

    ApiServer server(accounts, std::move(tenants), options->faults);
    const QString host = options->listen.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(options->listen.toString())
                             : options->listen.toString();
    const quint16 port = astro::httpwire::listenPromptly(server, options->listen, options->port);
    if (port == 0) {
        err << "astro-server: cannot listen on " << host << " port " << options->port << Qt::endl;
        return failed;
    }

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &app, &QCoreApplication::quit);

    // Tests and scripts read this line to learn the port: exactly one, flushed at once.
    out << "astro-server listening on http://" << host << ':' << port << "/api/json" << Qt::endl;
    return app.exec();
}
