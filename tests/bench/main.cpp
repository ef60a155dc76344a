// astro-bench: generates a chain-sized store and measures the counter's hot paths (a scan's
// durable punches, customer lookups, reward choices) against the machine's floor, one durable
// SQLite commit; then the sync against the real astro-server (one counter's events pushed per
// second, 50 counters pushing at once, a chain catalog's first pull) and the POS bridge on this
// store (a POS's addTransactionBatch round trips and calls per second). See tests/bench/README.md.

#include "Format.h"
#include "Generator.h"
#include "Measure.h"
#include "PosBench.h"
#include "SqlProfiler.h"
#include "SyncBench.h"
#include "SyncOutput.h"
#include "Verify.h"

#include "storage/Database.h"
#include "storage/WalCheckpointer.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace astro;
using namespace bench;

namespace {

constexpr double generationTargetSeconds = 180.0;

QString micros(double us)
{
    return us >= 100 ? withCommas(qint64(us + 0.5)) : QString::number(us, 'f', 1);
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

qint64 fileSize(const QString& path)
{
    qint64 bytes = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += QFileInfo(path + suffix).size();
    return bytes;
}

std::optional<qint64> parseCount(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    QString text = parser.value(name);
    text.remove(QLatin1Char('_')).remove(QLatin1Char(','));
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 0) {
        std::fprintf(stderr, "astro-bench: --%s needs a number, not “%s”\n", qPrintable(name),
                     qPrintable(parser.value(name)));
        std::exit(64);
    }
    return v;
}

QJsonObject statsJson(const Measurement& m)
{
    QJsonObject o{{QStringLiteral("label"), m.label},
                  {QStringLiteral("n"), m.stats.n},
                  {QStringLiteral("p50_us"), m.stats.p50},
                  {QStringLiteral("p95_us"), m.stats.p95},
                  {QStringLiteral("p99_us"), m.stats.p99},
                  {QStringLiteral("max_us"), m.stats.max},
                  {QStringLiteral("mean_us"), m.stats.mean},
                  {QStringLiteral("cpu_p50_us"), m.cpu.p50},
                  {QStringLiteral("cpu_p95_us"), m.cpu.p95},
                  {QStringLiteral("cpu_p99_us"), m.cpu.p99},
                  {QStringLiteral("preemptions_per_call"), m.preemptionsPerCall},
                  {QStringLiteral("ratio_p50_to_floor"), m.ratioP50},
                  {QStringLiteral("ratio_p99_to_floor"), m.ratioP99},
                  {QStringLiteral("note"), m.note}};
    if (m.checkpoints >= 0) {
        o.insert(QStringLiteral("wal_checkpoints"), m.checkpoints);
        o.insert(QStringLiteral("checkpoint_p50_us"), m.checkpointed.p50);
        o.insert(QStringLiteral("without_checkpoint_p50_us"), m.withoutCheckpoint.p50);
        o.insert(QStringLiteral("without_checkpoint_p99_us"), m.withoutCheckpoint.p99);
    }
    if (!m.target.isEmpty())
        o.insert(QStringLiteral("target"), m.target);
    if (m.met)
        o.insert(QStringLiteral("target_met"), *m.met);
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    // The sync counters keep their password in the store: no keychain is probed.
    qputenv("ASTRO_KEYCHAIN", "none");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("astro-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASTRO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates a chain-sized Astro Counter store in a fresh database and measures a scan's "
        "durable punches, customer lookups and reward choices against one durable SQLite "
        "commit (the machine's floor)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const Config defaults;
    auto number = [&](const char* name, const QString& help, qint64 fallback) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name),
                                            help + QStringLiteral(" (default %1)").arg(fallback),
                                            QStringLiteral("n")));
    };
    number("products", QStringLiteral("products in the catalog"), defaults.products);
    number("programs", QStringLiteral("programs"), defaults.programs);
    number("cards-per-program", QStringLiteral("cards per program"), defaults.cardsPerProgram);
    number("customers", QStringLiteral("customers"), defaults.customers);
    number("punches", QStringLiteral("historical punches"), defaults.punches);
    number("scans", QStringLiteral("timed scans, each paired with a floor commit"), defaults.scans);
    number("samples", QStringLiteral("timed lookups of each kind and reward choices"),
           defaults.samples);
    number("warmup", QStringLiteral("untimed calls before each measurement"), defaults.warmup);
    number("seed", QStringLiteral("random seed"), qint64(defaults.seed));
    parser.addOption({QStringLiteral("quick"),
                      QStringLiteral("smoke-test sizes: 5,000 products, 20 programs, 20,000 "
                                     "customers, 100,000 punches, 200 scans (implies --verify)")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("database file (default: in a temporary folder, removed at "
                                     "the end unless --keep); must not exist unless --reuse"),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("reuse"),
                      QStringLiteral("measure the store already at --db (generated by an "
                                     "earlier run) instead of generating one")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("keep the temporary folder")});
    parser.addOption({QStringLiteral("json"),
                      QStringLiteral("also write the results as JSON to this file; “-” prints "
                                     "the JSON on stdout (the table then goes to stderr)"),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("verify"),
                      QStringLiteral("check the generated store: schema, foreign keys, rewards "
                                     "against the engine's card replay")});
    parser.addOption({QStringLiteral("profile"),
                      QStringLiteral("after measuring, run each call again under the SQL "
                                     "profiler and print its costliest statements with their "
                                     "query plans")});
    const SyncBenchConfig syncDefaults;
    number("sync-events", QStringLiteral("events a fresh counter pushes to astro-server"),
           syncDefaults.events);
    number("sync-products", QStringLiteral("products in the catalog a fresh counter pulls"),
           syncDefaults.products);
    number("sync-counters",
           QStringLiteral("counters pushing at once, --sync-events spread over them"),
           syncDefaults.counters);
    parser.addOption({QStringLiteral("no-sync"),
                      QStringLiteral("skip the sync measurements (astro-server on loopback)")});
    parser.addOption({QStringLiteral("server"),
                      QStringLiteral("the astro-server program (default: the one built with "
                                     "astro-bench)"),
                      QStringLiteral("path")});
    addPosOptions(parser);
    parser.addOption({QStringLiteral("checkpoint-in-commit"),
                      QStringLiteral("measure with SQLite's automatic checkpoint inside the "
                                     "commit that crosses 1,000 pages of WAL, instead of the "
                                     "app's background checkpointer")});
    parser.addOption({QStringLiteral("check-targets"),
                      QStringLiteral("exit with status 3 when a target is missed")});
    parser.process(app);

    Config config = parser.isSet(QStringLiteral("quick")) ? Config::quickSizes() : Config();
    if (auto v = parseCount(parser, QStringLiteral("products")))
        config.products = int(*v);
    if (auto v = parseCount(parser, QStringLiteral("programs")))
        config.programs = int(*v);
    if (auto v = parseCount(parser, QStringLiteral("cards-per-program")))
        config.cardsPerProgram = int(*v);
    if (auto v = parseCount(parser, QStringLiteral("customers")))
        config.customers = int(*v);
    if (auto v = parseCount(parser, QStringLiteral("punches")))
        config.punches = *v;
    if (auto v = parseCount(parser, QStringLiteral("scans")))
        config.scans = int(*v);
    if (auto v = parseCount(parser, QStringLiteral("samples")))
        config.samples = int(*v);
    if (auto v = parseCount(parser, QStringLiteral("warmup")))
        config.warmup = int(*v);
    if (auto v = parseCount(parser, QStringLiteral("seed")))
        config.seed = quint64(*v);
    if (config.samples < 1 || config.scans < 1) {
        std::fprintf(stderr, "astro-bench: --scans and --samples must be at least 1\n");
        return 64;
    }
    SyncBenchConfig syncConfig = config.quick ? SyncBenchConfig::quickSizes() : SyncBenchConfig();
    syncConfig.server = parser.isSet(QStringLiteral("server"))
                            ? QFileInfo(parser.value(QStringLiteral("server"))).absoluteFilePath()
                            : QStringLiteral(ASTRO_SERVER);
    if (auto v = parseCount(parser, QStringLiteral("sync-events")))
        syncConfig.events = int(*v);
    if (auto v = parseCount(parser, QStringLiteral("sync-products")))
        syncConfig.products = int(*v);
    if (auto v = parseCount(parser, QStringLiteral("sync-counters")))
        syncConfig.counters = int(*v);
    if (syncConfig.events < 1 || syncConfig.products < 1) {
        std::fprintf(stderr, "astro-bench: --sync-events and --sync-products must be at least 1\n");
        return 64;
    }
    // Each counter's customers have phones of their own: 416 + 2,000,000 + 20,000 per counter.
    if (syncConfig.counters < 1 || syncConfig.counters > 200) {
        std::fprintf(stderr, "astro-bench: --sync-counters must be from 1 to 200\n");
        return 64;
    }
    const PosBenchConfig posConfig = posConfigFrom(parser, config);
    const bool doSync = !parser.isSet(QStringLiteral("no-sync"));
    const bool reuse = parser.isSet(QStringLiteral("reuse"));
    const bool doVerify = parser.isSet(QStringLiteral("verify")) || config.quick;
    const QString jsonTarget = parser.value(QStringLiteral("json"));
    FILE* table = jsonTarget == QLatin1String("-") ? stderr : stdout;

    std::optional<QTemporaryDir> temporary;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        if (reuse) {
            std::fprintf(stderr, "astro-bench: --reuse needs --db\n");
            return 64;
        }
        temporary.emplace(QDir::temp().filePath(QStringLiteral("astro-bench-XXXXXX")));
        if (!temporary->isValid()) {
            std::fprintf(stderr, "astro-bench: cannot create a temporary folder\n");
            return 1;
        }
        temporary->setAutoRemove(!parser.isSet(QStringLiteral("keep")));
        path = temporary->filePath(QStringLiteral("astro-bench.sqlite"));
    } else {
        path = QFileInfo(path).absoluteFilePath();
        if (QFileInfo::exists(path) != reuse) {
            std::fprintf(stderr,
                         reuse ? "astro-bench: %s does not exist\n"
                               : "astro-bench: %s exists; remove it, or pass --reuse to measure "
                                 "it\n",
                         qPrintable(path));
            return 64;
        }
    }
    const QString dir = QFileInfo(path).absolutePath();
    const QString floorPath = QDir(dir).filePath(QStringLiteral("floor.sqlite"));

    // Generation, on its own connection.
    std::optional<GenerationReport> generation;
    if (!reuse) {
        std::fprintf(stderr, "Generating in %s\n", qPrintable(path));
        auto store = Store::open(path);
        if (!store) {
            std::fprintf(stderr, "astro-bench: %s\n", qPrintable(store.error().message));
            return 1;
        }
        auto generated = Generator(config, **store).run();
        if (!generated) {
            std::fprintf(stderr, "astro-bench: generation failed: %s\n",
                         qPrintable(generated.error().message));
            return 1;
        }
        generation = *generated;
        std::fprintf(stderr, "Generated in %.1f s, peak memory %ld MB\n", generation->seconds,
                     generation->peakRssKb / 1024);
    }

    // The measurements on a fresh connection: exactly the app's settings, the real clock.
    auto opened = Store::open(path);
    if (!opened) {
        std::fprintf(stderr, "astro-bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Store& store = **opened;
    QStringList verified;
    if (doVerify) {
        std::fprintf(stderr, "Verifying the generated store...\n");
        if (auto s = verify(store, dir, config.seed, verified); !s) {
            std::fprintf(stderr, "astro-bench: verification failed: %s\n",
                         qPrintable(s.error().message));
            return 2;
        }
    }
    // Counts, from the database itself (before the measurements add their scans).
    std::vector<std::pair<QString, qint64>> counts;
    for (const char* t :
         {"products", "programs", "program_cards", "card_products", "offers", "customers", "visits",
          "scans", "punches", "rewards", "redemptions", "batches", "events"}) {
        auto n = store.db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(t)),
                                   {}, 0);
        counts.emplace_back(QString::fromLatin1(t), n ? n->toLongLong() : -1);
    }
    auto count = [&](const char* t) {
        for (const auto& [name, n] : counts)
            if (name == QLatin1String(t))
                return n;
        return qint64(-1);
    };
    std::fprintf(stderr, "Measuring\n");
    // As the app runs: the WAL goes back into the file on a thread of its own.
    const bool inCommit = parser.isSet(QStringLiteral("checkpoint-in-commit"));
    std::optional<WalCheckpointer> checkpointer;
    if (!inCommit) {
        checkpointer.emplace(path);
        WalCheckpointer::handOver(store.db());
    }
    Measurer measurer(config, store, floorPath);
    if (auto s = measurer.prepare(); !s) {
        std::fprintf(stderr, "astro-bench: %s\n", qPrintable(s.error().message));
        return 1;
    }
    double loadBefore[3] = {0, 0, 0};
    double loadAfter[3] = {0, 0, 0};
    getloadavg(loadBefore, 3);
    auto measured = measurer.run();
    getloadavg(loadAfter, 3);
    if (!measured) {
        std::fprintf(stderr, "astro-bench: measurement failed: %s\n",
                     qPrintable(measured.error().message));
        return 1;
    }
    std::vector<ProfileSection> profile;
    if (parser.isSet(QStringLiteral("profile"))) {
        std::fprintf(stderr, "Profiling\n");
        auto p = measurer.profile(std::min(config.samples, 300));
        if (!p) {
            std::fprintf(stderr, "astro-bench: profiling failed: %s\n",
                         qPrintable(p.error().message));
            return 1;
        }
        profile = *p;
    }

    // The sync, with its own stores and astro-server processes, in a folder of its own.
    std::optional<SyncFigures> syncFigures;
    if (doSync) {
        std::fprintf(stderr, "Measuring the sync against %s\n", qPrintable(syncConfig.server));
        QTemporaryDir syncDir(QDir(dir).filePath(QStringLiteral("astro-bench-sync-XXXXXX")));
        syncDir.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
        if (!syncDir.isValid()) {
            std::fprintf(stderr, "astro-bench: cannot create a folder in %s\n", qPrintable(dir));
            return 1;
        }
        auto measuredSync = measureSync(config, syncConfig, syncDir.path());
        if (!measuredSync) {
            std::fprintf(stderr, "astro-bench: sync measurement failed: %s\n",
                         qPrintable(measuredSync.error().message));
            return 1;
        }
        syncFigures = *measuredSync;
    }

    // The POS bridge: a BridgeHost on its own thread and connection to this store, over HTTP.
    std::optional<PosFigures> posFigures;
    if (posConfig.enabled) {
        std::fprintf(stderr, "Measuring the POS bridge\n");
        auto measuredPos = measurePos(posConfig, store, path);
        if (!measuredPos) {
            std::fprintf(stderr, "astro-bench: POS bridge measurement failed: %s\n",
                         qPrintable(measuredPos.error().message));
            return 1;
        }
        posFigures = *measuredPos;
    }

    auto sqliteVersion = store.db().scalar(QStringLiteral("SELECT sqlite_version()"));
    const QString sqlite = sqliteVersion ? sqliteVersion->toString() : QString();
    const qint64 bytes = fileSize(path);

    // The table.
    const std::vector<Measurement>& ms = *measured;
    bool allMet = true;
    std::fprintf(table, "\nastro-bench %s · SQLite %s · Qt %s · %d CPUs · %s%s\n", ASTRO_VERSION,
                 qPrintable(sqlite), qVersion(), QThread::idealThreadCount(),
                 qPrintable(QSysInfo::prettyProductName()), config.quick ? " · --quick" : "");
    std::fprintf(table, "Database: %s (%.2f GB)\n", qPrintable(path), double(bytes) / 1e9);
    std::fprintf(
        table,
        "Store: %s products · %s programs · %s cards · %s offers · %s customers\n"
        "       %s visits · %s scans · %s punches · %s rewards · %s redemptions · %s "
        "batches\n",
        qPrintable(withCommas(count("products"))), qPrintable(withCommas(count("programs"))),
        qPrintable(withCommas(count("program_cards"))), qPrintable(withCommas(count("offers"))),
        qPrintable(withCommas(count("customers"))), qPrintable(withCommas(count("visits"))),
        qPrintable(withCommas(count("scans"))), qPrintable(withCommas(count("punches"))),
        qPrintable(withCommas(count("rewards"))), qPrintable(withCommas(count("redemptions"))),
        qPrintable(withCommas(count("batches"))));
    if (generation) {
        const bool met = generation->seconds <= generationTargetSeconds;
        allMet = allMet && met;
        std::fprintf(table,
                     "Generation: %.1f s (target ≤ %.0f s: %s) · peak memory %ld MB (ru_maxrss)\n",
                     generation->seconds, generationTargetSeconds, met ? "met" : "MISSED",
                     generation->peakRssKb / 1024);
        QStringList phases;
        for (const auto& [name, seconds] : generation->phases)
            phases << QStringLiteral("%1 %2 s").arg(name).arg(seconds, 0, 'f', 1);
        std::fprintf(table, "  phases: %s\n", qPrintable(phases.join(QStringLiteral(" · "))));
    } else {
        std::fprintf(table, "Generation: skipped (--reuse)\n");
    }
    for (const QString& line : verified)
        std::fprintf(table, "Verified: %s\n", qPrintable(line));
    std::fprintf(table, "\n%-32s %6s %9s %9s %9s %9s %7s %7s  %-20s %s\n",
                 "µs (ratio = to the floor)", "n", "p50", "p95", "p99", "max", "p50 ×", "p99 ×",
                 "target", "");
    for (const Measurement& m : ms) {
        QString verdict;
        if (m.met) {
            verdict = *m.met ? QStringLiteral("met") : QStringLiteral("MISSED");
            allMet = allMet && *m.met;
        }
        std::fprintf(table, "%-32s %6d %9s %9s %9s %9s %7.2f %7.2f  %-20s %s\n",
                     qPrintable(m.label), m.stats.n, qPrintable(micros(m.stats.p50)),
                     qPrintable(micros(m.stats.p95)), qPrintable(micros(m.stats.p99)),
                     qPrintable(micros(m.stats.max)), m.ratioP50, m.ratioP99, qPrintable(m.target),
                     qPrintable(verdict));
    }
    std::fprintf(table, "\n%-32s %9s %9s %9s  %s\n", "CPU time of the call (µs)", "p50", "p95",
                 "p99", "preempted per call");
    for (const Measurement& m : ms)
        std::fprintf(table, "%-32s %9s %9s %9s  %.2f\n", qPrintable(m.label),
                     qPrintable(micros(m.cpu.p50)), qPrintable(micros(m.cpu.p95)),
                     qPrintable(micros(m.cpu.p99)), m.preemptionsPerCall);
    std::fprintf(table,
                 "(CPU time excludes waiting for the disk and for the processor: when wall-clock "
                 "p99 is far above CPU p99\n and calls were preempted, other processes were "
                 "competing for the %d CPUs. Load average %.2f before, %.2f after.)\n\n",
                 QThread::idealThreadCount(), loadBefore[0], loadAfter[0]);
    for (const Measurement& m : ms) {
        QString note = m.note;
        if (m.checkpoints >= 0)
            note += (inCommit ? QStringLiteral("; %1 of %2 commits also ran the WAL "
                                               "auto-checkpoint (p50 %3 µs); without them p50 "
                                               "%4, p99 %5 µs")
                              : QStringLiteral("; %1 of %2 commits overlapped the background "
                                               "checkpoint (p50 %3 µs); without them p50 %4, "
                                               "p99 %5 µs"))
                        .arg(m.checkpoints)
                        .arg(m.stats.n)
                        .arg(micros(m.checkpointed.p50), micros(m.withoutCheckpoint.p50),
                             micros(m.withoutCheckpoint.p99));
        std::fprintf(table, "  %s: %s\n", qPrintable(m.label), qPrintable(note));
    }
    if (syncFigures)
        allMet = printSync(table, *syncFigures) && allMet;
    if (posFigures)
        allMet = printPos(table, *posFigures) && allMet;
    std::fprintf(table, "Targets: %s\n", allMet ? "all met" : "some MISSED");

    for (const ProfileSection& section : profile) {
        qint64 sqlNs = 0;
        for (const auto& s : section.statements)
            sqlNs += s.totalNs;
        std::fprintf(table, "\nProfile: %s — %d calls, %.0f µs per call, %.0f µs of it in SQLite\n",
                     qPrintable(section.label), section.calls, section.meanCallUs,
                     double(sqlNs) / 1000.0 / std::max(1, section.calls));
        for (std::size_t i = 0; i < section.statements.size() && i < 8; ++i) {
            const auto& s = section.statements[i];
            std::fprintf(table, "  %8.1f µs/call  %5.2f runs/call  max %8.0f µs  %s\n",
                         double(s.totalNs) / 1000.0 / std::max(1, section.calls),
                         double(s.count) / std::max(1, section.calls), double(s.maxNs) / 1000.0,
                         qPrintable(s.sql.simplified().left(150)));
            if (i < section.plans.size())
                for (const QString& line : section.plans[i])
                    std::fprintf(table, "        plan: %s\n", qPrintable(line));
        }
    }

    // The JSON.
    QJsonObject parameters{{QStringLiteral("products"), config.products},
                           {QStringLiteral("programs"), config.programs},
                           {QStringLiteral("cards_per_program"), config.cardsPerProgram},
                           {QStringLiteral("customers"), config.customers},
                           {QStringLiteral("punches"), config.punches},
                           {QStringLiteral("scans"), config.scans},
                           {QStringLiteral("samples"), config.samples},
                           {QStringLiteral("warmup"), config.warmup},
                           {QStringLiteral("seed"), QString::number(config.seed)},
                           {QStringLiteral("quick"), config.quick},
                           {QStringLiteral("sync_events"), doSync ? syncConfig.events : 0},
                           {QStringLiteral("sync_products"), doSync ? syncConfig.products : 0},
                           {QStringLiteral("sync_counters"), doSync ? syncConfig.counters : 0}};
    QJsonObject rows;
    for (const auto& [name, n] : counts)
        rows.insert(name, n);
    QJsonObject measurements;
    for (const Measurement& m : ms)
        measurements.insert(m.key, statsJson(m));
    QJsonObject root{
        {QStringLiteral("tool"), QStringLiteral("astro-bench")},
        {QStringLiteral("version"), QStringLiteral(ASTRO_VERSION)},
        {QStringLiteral("sqlite"), sqlite},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("database"),
         QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("bytes"), bytes}}},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("measurements"), measurements},
        {QStringLiteral("peak_rss_mb"), double(peakRssKb()) / 1024.0},
        {QStringLiteral("load_average"), QJsonObject{{QStringLiteral("before"), loadBefore[0]},
                                                     {QStringLiteral("after"), loadAfter[0]}}},
        {QStringLiteral("targets_met"), allMet}};
    if (generation) {
        QJsonObject phases;
        for (const auto& [name, seconds] : generation->phases)
            phases.insert(name, seconds);
        root.insert(
            QStringLiteral("generation"),
            QJsonObject{
                {QStringLiteral("seconds"), generation->seconds},
                {QStringLiteral("peak_rss_mb"), double(generation->peakRssKb) / 1024.0},
                {QStringLiteral("target"), QStringLiteral("≤ 180 s")},
                {QStringLiteral("target_met"), generation->seconds <= generationTargetSeconds},
                {QStringLiteral("phases"), phases}});
    }
    if (syncFigures)
        root.insert(QStringLiteral("sync"), syncJson(*syncFigures));
    if (posFigures)
        root.insert(QStringLiteral("pos"), posJson(*posFigures));
    if (!verified.isEmpty())
        root.insert(QStringLiteral("verified"), QJsonArray::fromStringList(verified));
    if (!profile.empty()) {
        QJsonArray sections;
        for (const ProfileSection& section : profile) {
            QJsonArray statements;
            for (std::size_t i = 0; i < section.statements.size() && i < 8; ++i) {
                const auto& s = section.statements[i];
                QJsonObject o{
                    {QStringLiteral("sql"), s.sql.simplified()},
                    {QStringLiteral("runs_per_call"), double(s.count) / std::max(1, section.calls)},
                    {QStringLiteral("us_per_call"),
                     double(s.totalNs) / 1000.0 / std::max(1, section.calls)},
                    {QStringLiteral("max_us"), double(s.maxNs) / 1000.0}};
                if (i < section.plans.size() && !section.plans[i].isEmpty())
                    o.insert(QStringLiteral("plan"), QJsonArray::fromStringList(section.plans[i]));
                statements.append(o);
            }
            sections.append(QJsonObject{{QStringLiteral("call"), section.label},
                                        {QStringLiteral("calls"), section.calls},
                                        {QStringLiteral("mean_call_us"), section.meanCallUs},
                                        {QStringLiteral("statements"), statements}});
        }
        root.insert(QStringLiteral("profile"), sections);
    }
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (jsonTarget == QLatin1String("-")) {
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    } else if (!jsonTarget.isEmpty()) {
        QFile out(jsonTarget);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(json) != json.size()) {
            std::fprintf(stderr, "astro-bench: cannot write %s\n", qPrintable(jsonTarget));
            return 1;
        }
    }
    QFile::remove(floorPath);
    QFile::remove(floorPath + QStringLiteral("-wal"));
    QFile::remove(floorPath + QStringLiteral("-shm"));
    if (temporary && parser.isSet(QStringLiteral("keep")))
        std::fprintf(stderr, "Kept %s\n", qPrintable(path));
    if (posFigures && posFigures->failures > 0) {
        std::fprintf(stderr, "astro-bench: %d POS bridge calls failed: %s\n", posFigures->failures,
                     qPrintable(posFigures->firstFailure));
        return 1;
    }
    if (parser.isSet(QStringLiteral("check-targets")) && !allMet)
        return 3;
    return 0;
}
