#include "ManyCounters.h"

#include "SyncSetup.h"

#include "storage/EventLog.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cmath>
#include <latch>
#include <optional>
#include <vector>

namespace bench {

using namespace astro;

namespace {

using SteadyClock = std::chrono::steady_clock;

// What the counters' threads share: where the server is, and the moments they wait for.
struct Moments
{
    QUrl server;
    std::barrier<> setUp;             // every counter has sent its setup
    std::latch ready;                 // every counter has its day and its store open for the round
    std::latch go{1};                 // the start signal
    std::atomic<bool> abandon{false}; // a setup failed: no round is run
};

// One counter on a thread of its own. Its store is opened, used and closed on that thread (a
// QSqlDatabase connection belongs to the thread that opened it), and the engine's blocking
// calls run their local event loops there. Untimed, all counters at once: the counter signs
// in, gets the catalog, enrolls its location and sends its setup; when every counter has, it
// brings back the others' setup and writes its day, then opens its store again with the app's
// settings. Timed, from the start signal: one SyncEngine::run.
class CounterThread : public QThread
{
public:
    CounterThread(QString path, int index, int events, quint64 seed, Moments& moments)
        : m_path(std::move(path)), m_index(index), m_events(events), m_seed(seed),
          m_moments(moments)
    {}

    QString setupError;
    std::optional<sync::SyncReport> report;
    QString error; // empty when the round succeeded and left nothing unsent
    SteadyClock::time_point end;
    // When the round began each step (SyncEngine::run's progress): 0 the log, 1 the public
    // calls, 2 what follows them (program requests, catalog, the others' events).
    std::vector<SteadyClock::time_point> steps;

protected:
    void run() override
    {
        std::optional<Counter> counter;
        if (auto s = joinServer(counter); !s) {
            setupError = s.error().message;
            counter.reset();
            m_moments.setUp.arrive_and_drop();
            m_moments.ready.count_down();
            return;
        }
        m_moments.setUp.arrive_and_wait();
        Status day = writeDay(*counter);
        counter.reset();
        auto opened = day ? Store::open(m_path) : Result<std::unique_ptr<Store>>(day.error());
        if (!opened) {
            setupError = opened.error().message;
            m_moments.ready.count_down();
            return;
        }
        Store& store = **opened;
        sync::SyncEngine engine(store);
        m_moments.ready.count_down();
        m_moments.go.wait();
        if (m_moments.abandon)
            return;
        steps.reserve(8);
        auto round = engine.run([this](const QString&) { steps.push_back(SteadyClock::now()); });
        end = SteadyClock::now();
        if (!round) {
            error = round.error().message;
            return;
        }
        report = *round;
        auto left = store.events().unsentCount();
        if (!left)
            error = left.error().message;
        else if (*left != 0)
            error = QStringLiteral("%1 events left unsent").arg(*left);
    }

private:
    // Signs in (the Admin rings up too: a PIN hash less), gets the catalog, enrolls, sends it.
    Status joinServer(std::optional<Counter>& counter)
    {
        auto opened = openCounter(m_path, m_moments.server, false);
        if (!opened)
            return opened.error();
        counter.emplace(std::move(opened).value());
        if (auto r = counter->engine->run(); !r)
            return r.error();
        if (auto s = enrollEverything(*counter); !s)
            return s;
        if (auto r = counter->engine->run(); !r)
            return r.error();
        return {};
    }

    // The others' setup comes back; then the day, which only the timed round sends.
    Status writeDay(Counter& counter)
    {
        if (auto r = counter.engine->run(); !r)
            return r.error();
        auto unsent = counter.store->events().unsentCount();
        if (!unsent)
            return unsent.error();
        if (*unsent != 0)
            return makeError(ErrorCode::Invalid,
                             QStringLiteral("%1 events unsent after the setup").arg(*unsent));
        DayCounts counts;
        // Each counter's new customers have phones of their own.
        return bench::writeDay(counter, m_events, m_seed, counts, 2000000 + m_index * 20000);
    }

    QString m_path;
    int m_index;
    int m_events;
    quint64 m_seed;
    Moments& m_moments;
};

// Nearest rank.
double percentile(const std::vector<int>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

} // namespace

Status measureManyCounters(const Config& config, const SyncBenchConfig& sync, const QString& dir,
                           SyncFigures::Many& figures)
{
    figures.counters = sync.counters;
    // A small catalog: every counter downloads and imports it during the setup.
    Config sizes = Config::quickSizes();
    sizes.seed = config.seed;
    sizes.products = manyCountersProducts;
    qint64 bytes = 0;
    auto catalog = writeCatalog(sizes, QDir(dir).filePath(QStringLiteral("catalog.json")), bytes);
    if (!catalog)
        return catalog.error();
    Server server;
    if (auto s = server.start(sync.server, dir, {QStringLiteral("--catalog"), *catalog}, 300000);
        !s)
        return s;

    QElapsedTimer preparing;
    preparing.start();
    Moments moments{server.url(), std::barrier<>(sync.counters), std::latch(sync.counters)};
    std::vector<std::unique_ptr<CounterThread>> counters;
    for (int i = 0; i < sync.counters; ++i) {
        // The events spread over the counters, the first ones taking the remainder.
        const int events = sync.events / sync.counters + (i < sync.events % sync.counters ? 1 : 0);
        counters.push_back(std::make_unique<CounterThread>(
            QDir(dir).filePath(QStringLiteral("counter-%1.sqlite").arg(i + 1)), i,
            std::max(events, 1), config.seed + quint64(i), moments));
        counters.back()->start();
    }
    moments.ready.wait();
    figures.prepareSeconds = secondsOf(preparing);
    QStringList failures;
    for (int i = 0; i < sync.counters; ++i)
        if (!counters[std::size_t(i)]->setupError.isEmpty())
            failures << QStringLiteral("counter %1: %2")
                            .arg(i + 1)
                            .arg(counters[std::size_t(i)]->setupError);
    moments.abandon = !failures.isEmpty();
    const SteadyClock::time_point start = SteadyClock::now();
    moments.go.count_down();
    for (auto& counter : counters)
        counter->wait();
    if (!failures.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("the setup of %1 of %2 counters failed: %3")
                             .arg(failures.size())
                             .arg(sync.counters)
                             .arg(failures.mid(0, 5).join(QStringLiteral("; "))));

    std::vector<int> requestMs;
    std::vector<int> roundMs;
    SteadyClock::time_point last = start;
    SteadyClock::time_point lastSent = start;
    for (int i = 0; i < sync.counters; ++i) {
        const CounterThread& counter = *counters[std::size_t(i)];
        if (!counter.error.isEmpty()) {
            ++figures.failed;
            failures << QStringLiteral("counter %1: %2").arg(i + 1).arg(counter.error);
        }
        if (counter.end > start) {
            last = std::max(last, counter.end);
            lastSent =
                std::max(lastSent, counter.steps.size() > 2 ? counter.steps[2] : counter.end);
            roundMs.push_back(
                int(std::chrono::duration_cast<std::chrono::milliseconds>(counter.end - start)
                        .count()));
        }
        if (!counter.report)
            continue;
        const sync::SyncReport& r = *counter.report;
        figures.events += r.pushed;
        figures.pulled += r.pulled;
        figures.publicEvents += r.publicCalls;
        requestMs.insert(requestMs.end(), r.requestMs.begin(), r.requestMs.end());
    }
    figures.seconds = std::chrono::duration<double>(last - start).count();
    figures.eventsPerSecond = figures.seconds > 0 ? figures.events / figures.seconds : 0;
    figures.sentSeconds = std::chrono::duration<double>(lastSent - start).count();
    figures.sentEventsPerSecond =
        figures.sentSeconds > 0 ? figures.events / figures.sentSeconds : 0;
    figures.requests = int(requestMs.size());
    std::sort(requestMs.begin(), requestMs.end());
    std::sort(roundMs.begin(), roundMs.end());
    figures.requestP50Ms = percentile(requestMs, 50);
    figures.requestP99Ms = percentile(requestMs, 99);
    figures.requestMaxMs = requestMs.empty() ? 0 : requestMs.back();
    figures.roundP50Seconds = percentile(roundMs, 50) / 1000.0;
    if (figures.failed > 0)
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("%1 of %2 counters syncing at once failed (the others "
                                        "pushed %3 events in %4 s): %5")
                             .arg(figures.failed)
                             .arg(sync.counters)
                             .arg(figures.events)
                             .arg(figures.seconds, 0, 'f', 1)
                             .arg(failures.mid(0, 5).join(QStringLiteral("; "))));
    return {};
}

} // namespace bench
