#include "SyncBench.h"

#include "Random.h"

#include "customers/CustomerStore.h"
#include "domain/CatalogTypes.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "users/UserStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>
#include <limits>
#include <memory>

namespace bench {

using namespace astro;

namespace {

double secondsOf(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// The real astro-server on a free loopback port, with its own database in `dir`.
class Server
{
public:
    ~Server() { stop(); }

    Status start(const QString& program, const QString& dir, const QStringList& flags,
                 int timeoutMs)
    {
        m_log = QDir(dir).filePath(QStringLiteral("server.log"));
        m_process.setProgram(program);
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                           QStringLiteral("--db"),
                                           QDir(dir).filePath(QStringLiteral("server.sqlite"))} +
                               flags);
        m_process.setStandardErrorFile(m_log);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return makeError(
                ErrorCode::Invalid,
                QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString()));
        // Its only line on stdout says where it listens.
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+)"));
        QElapsedTimer waited;
        waited.start();
        QByteArray out;
        while (waited.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(500);
            out += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                m_url = QUrl(match.captured(1));
                return {};
            }
        }
        QFile log(m_log);
        const QString errors =
            log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()).trimmed() : QString();
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("astro-server did not come up within %1 s%2")
                             .arg(timeoutMs / 1000)
                             .arg(errors.isEmpty() ? QString() : QStringLiteral(": ") + errors));
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QString m_log;
    QUrl m_url;
};

// A fresh counter: its store, an Admin and a Cashier at the bench location, and its sync
// engine pointed at the server.
struct Counter
{
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncEngine> engine;
    Actor admin;
    Actor cashier;
};

Result<Counter> openCounter(const QString& path, const QUrl& server)
{
    auto opened = Store::open(path);
    if (!opened)
        return opened.error();
    Counter c;
    c.store = std::move(opened).value();
    UserStore& users = c.store->users();
    auto admin = users.add(Actor::system(benchLocationId()), QStringLiteral("Bench Admin"),
                           Role::Admin, QStringLiteral("90210"));
    if (!admin)
        return admin.error();
    c.admin = Actor{admin->id, admin->name, Role::Admin, benchLocationId()};
    auto cashier = users.add(c.admin, benchCashierName(), Role::Cashier, QStringLiteral("2460"));
    if (!cashier)
        return cashier.error();
    c.cashier = Actor{cashier->id, cashier->name, Role::Cashier, benchLocationId()};
    c.engine = std::make_unique<sync::SyncEngine>(*c.store);
    if (auto s = c.engine->configure(
            c.admin, sync::SyncConfig{server, QStringLiteral("demo"), QStringLiteral("demo")},
            QStringLiteral("demo"));
        !s)
        return s.error();
    return c;
}

Result<qint64> count(Store& store, const char* table)
{
    auto n = store.db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    if (!n)
        return n.error();
    return n->toLongLong();
}

// The location runs every program and offer of the catalog, with the first distributor that
// may fulfill it.
Status enrollEverything(Counter& c)
{
    EnrollmentService& enrollment = c.store->enrollment();
    auto subjects = enrollment.available(benchLocationId());
    if (!subjects)
        return subjects.error();
    for (const Subject& s : *subjects) {
        QString distributor;
        QString account;
        if (s.fulfillment == Fulfillment::Direct)
            account = QStringLiteral("BENCH-ACCT");
        if (s.fulfillment == Fulfillment::Distributor) {
            auto eligible = enrollment.eligibleDistributors(benchLocationId(), s.id);
            if (!eligible)
                return eligible.error();
            distributor = Distributor::temporaryHoldingId();
            for (const Distributor& d : *eligible)
                if (d.id != Distributor::temporaryHoldingId()) {
                    distributor = d.id;
                    account = QStringLiteral("BENCH-ACCT");
                    break;
                }
        }
        if (auto r = enrollment.set(c.admin, benchLocationId(), s.id, distributor, account); !r)
            return r.error();
    }
    return {};
}

// A counter's day, through the engine's own services: visits of 1 to 3 scans (one in ten with
// 2 units) of items on cards, one visit in ten for a new customer, until the log holds
// `events` unsent events. Written without fsync (the log is the same); the timed round runs
// with the app's settings.
Status writeDay(Counter& c, int events, quint64 seed, SyncFigures& figures)
{
    Store& store = *c.store;
    Database& db = store.db();
    auto items = db.select(QStringLiteral("SELECT DISTINCT p.gtin FROM products p JOIN "
                                          "card_products cp ON cp.product_id = p.id ORDER BY 1"));
    if (!items)
        return items.error();
    if (items->empty())
        return makeError(ErrorCode::Invalid, QStringLiteral("the catalog has no item on a card"));
    if (auto s = db.execute(QStringLiteral("PRAGMA synchronous=OFF")); !s)
        return s;
    Rng rng(seed ^ 0x5BD1E9955BD1E995ULL);
    std::vector<qint64> customers;
    for (;;) {
        auto unsent = store.events().unsentCount();
        if (!unsent)
            return unsent.error();
        if (*unsent >= events)
            break;
        if (customers.empty() || rng.chance(0.1)) {
            const int n = int(customers.size());
            auto added = store.customers().add(
                c.cashier,
                CustomerInput{QStringLiteral("Client"), QStringLiteral("Bench %1").arg(n + 1),
                              QStringLiteral("416%1").arg(2000000 + n), QString()});
            if (!added)
                return added.error();
            customers.push_back(added->id);
            ++figures.customers;
        }
        auto visit = store.visits().open(c.cashier,
                                         customers[std::size_t(rng.below(int(customers.size())))]);
        if (!visit)
            return visit.error();
        ++figures.visits;
        for (int k = 1 + rng.below(3); k > 0; --k) {
            ScanLine line;
            line.code = (*items)[std::size_t(rng.below(int(items->size())))][0].toString();
            line.quantity = rng.chance(0.1) ? 2 : 1;
            if (auto scanned = store.visits().scan(c.cashier, visit->id, line); !scanned)
                return scanned.error();
            ++figures.scans;
        }
        if (auto s = store.visits().finish(c.cashier, visit->id, QStringLiteral("stocking up")); !s)
            return s;
    }
    return db.execute(QStringLiteral("PRAGMA synchronous=FULL"));
}

// How many ext_pushEvents requests the push takes: the log cut at 500 events.
Result<int> pushRequests(Store& store)
{
    auto unsent = store.events().unsentCount();
    if (!unsent)
        return unsent.error();
    return int((*unsent + 499) / 500);
}

Result<QString> writeCatalog(const Config& sizes, const QString& path, qint64& bytes)
{
    auto doc = catalogDocument(sizes);
    if (!doc)
        return doc.error();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(*doc) != doc->size())
        return makeError(ErrorCode::Storage, QStringLiteral("cannot write %1").arg(path));
    bytes = doc->size();
    return path;
}

Status measurePush(const Config& config, const SyncBenchConfig& sync, const QString& dir,
                   SyncFigures& figures)
{
    // A small catalog (the --quick store's) is enough to scan from.
    Config sizes = Config::quickSizes();
    sizes.seed = config.seed;
    qint64 bytes = 0;
    auto catalog = writeCatalog(sizes, QDir(dir).filePath(QStringLiteral("catalog.json")), bytes);
    if (!catalog)
        return catalog.error();
    Server server;
    if (auto s = server.start(sync.server, dir, {QStringLiteral("--catalog"), *catalog}, 300000);
        !s)
        return s;
    auto counter = openCounter(QDir(dir).filePath(QStringLiteral("counter.sqlite")), server.url());
    if (!counter)
        return counter.error();
    // Untimed: the catalog comes down, the location enrolls, the setup's events go up.
    if (auto r = counter->engine->run(); !r)
        return r.error();
    if (auto s = enrollEverything(*counter); !s)
        return s;
    if (auto r = counter->engine->run(); !r)
        return r.error();
    if (auto s = writeDay(*counter, sync.events, config.seed, figures); !s)
        return s;
    auto requests = pushRequests(*counter->store);
    if (!requests)
        return requests.error();
    figures.requests = *requests;

    QElapsedTimer timer;
    timer.start();
    auto report = counter->engine->run();
    figures.pushSeconds = secondsOf(timer);
    if (!report)
        return report.error();
    figures.events = report->pushed;
    figures.eventsPerSecond = figures.pushSeconds > 0 ? report->pushed / figures.pushSeconds : 0;
    auto left = counter->store->events().unsentCount();
    if (!left)
        return left.error();
    if (*left != 0 || report->duplicates != 0 || report->conflicts != 0)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the push left %1 events unsent, %2 duplicates, %3 "
                                        "conflicts")
                             .arg(*left)
                             .arg(report->duplicates)
                             .arg(report->conflicts));
    return {};
}

Status measureCatalog(const Config& config, const SyncBenchConfig& sync, const QString& dir,
                      SyncFigures& figures)
{
    Config sizes = config;
    sizes.products = sync.products;
    auto catalog = writeCatalog(sizes, QDir(dir).filePath(QStringLiteral("catalog.json")),
                                figures.documentBytes);
    if (!catalog)
        return catalog.error();
    Server server;
    QElapsedTimer publish;
    publish.start();
    if (auto s = server.start(sync.server, dir, {QStringLiteral("--catalog"), *catalog}, 600000);
        !s)
        return s;
    figures.publishSeconds = secondsOf(publish);
    auto counter = openCounter(QDir(dir).filePath(QStringLiteral("counter.sqlite")), server.url());
    if (!counter)
        return counter.error();

    QElapsedTimer first;
    first.start();
    auto full = counter->engine->run();
    figures.firstPullSeconds = secondsOf(first);
    if (!full)
        return full.error();
    figures.firstPullEntries = full->catalogEntries;

    QElapsedTimer second;
    second.start();
    auto delta = counter->engine->run();
    figures.secondPullSeconds = secondsOf(second);
    if (!delta)
        return delta.error();
    figures.secondPullEntries = delta->catalogEntries;

    auto products = count(*counter->store, "products");
    auto programs = count(*counter->store, "programs");
    auto cards = count(*counter->store, "program_cards");
    if (!products || !programs || !cards)
        return makeError(ErrorCode::Storage, QStringLiteral("cannot count the pulled catalog"));
    figures.products = int(*products);
    figures.programs = int(*programs);
    figures.cards = int(*cards);
    if (figures.products != sync.products || figures.secondPullEntries != 0)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the counter has %1 products of %2 after the first "
                                        "round, and the second round brought %3 entries")
                             .arg(figures.products)
                             .arg(sync.products)
                             .arg(figures.secondPullEntries));
    return {};
}

} // namespace

Result<SyncFigures> measureSync(const Config& config, const SyncBenchConfig& sync,
                                const QString& dir)
{
    if (!QFileInfo::exists(sync.server))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("astro-server is not at %1 (build it, or pass --server)")
                             .arg(sync.server));
    QElapsedTimer total;
    total.start();
    SyncFigures figures;
    for (const char* sub : {"sync-push", "sync-catalog"})
        if (!QDir(dir).mkpath(QLatin1String(sub)))
            return makeError(ErrorCode::Storage,
                             QStringLiteral("cannot create %1 in %2").arg(QLatin1String(sub), dir));
    std::fprintf(stderr, "  %-28s", "events pushed");
    std::fflush(stderr);
    QElapsedTimer phase;
    phase.start();
    if (auto s =
            measurePush(config, sync, QDir(dir).filePath(QStringLiteral("sync-push")), figures);
        !s)
        return s.error();
    std::fprintf(stderr, "%8.1f s\n", secondsOf(phase));
    std::fprintf(stderr, "  %-28s", "catalog pull");
    std::fflush(stderr);
    phase.restart();
    if (auto s = measureCatalog(config, sync, QDir(dir).filePath(QStringLiteral("sync-catalog")),
                                figures);
        !s)
        return s.error();
    std::fprintf(stderr, "%8.1f s\n", secondsOf(phase));
    figures.totalSeconds = secondsOf(total);
    return figures;
}

} // namespace bench
