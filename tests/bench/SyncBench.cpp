#include "SyncBench.h"

#include "ManyCounters.h"
#include "SyncSetup.h"

#include "storage/Database.h"
#include "storage/EventLog.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUrl>

#include <cstdio>

namespace bench {

using namespace astro;

namespace {

Result<qint64> count(Store& store, const char* table)
{
    auto n = store.db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    if (!n)
        return n.error();
    return n->toLongLong();
}

// How many ext_pushEvents requests the push takes: the log cut at 500 events.
Result<int> pushRequests(Store& store)
{
    auto unsent = store.events().unsentCount();
    if (!unsent)
        return unsent.error();
    return int((*unsent + 499) / 500);
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
    DayCounts day;
    if (auto s = writeDay(*counter, sync.events, config.seed, day); !s)
        return s;
    figures.customers = day.customers;
    figures.visits = day.visits;
    figures.scans = day.scans;
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
    figures.logSeconds = report->logSeconds;
    for (int i = 0; i < figures.requests && i < int(report->requestMs.size()); ++i)
        figures.logServerSeconds += report->requestMs[std::size_t(i)] / 1000.0;
    figures.publicSeconds = report->publicSeconds;
    figures.publicEvents = report->publicCalls;
    figures.publicRequests = int(report->requestMs.size()) - figures.requests;
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
    for (const char* sub : {"sync-push", "sync-many", "sync-catalog"})
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
    std::fprintf(stderr, "  %-28s",
                 qPrintable(QStringLiteral("%1 counters at once").arg(sync.counters)));
    std::fflush(stderr);
    phase.restart();
    if (auto s = measureManyCounters(config, sync, QDir(dir).filePath(QStringLiteral("sync-many")),
                                     figures.many);
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
