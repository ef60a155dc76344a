// astro-gui-bench: the counter as its people see it, with real widgets on a real store
// (offscreen): a scan from Enter to the screen painted, the start of the app on the chain store
// against the demo store, and the peak memory after every back-office page. See README.md.

#include "ChildRun.h"
#include "Driver.h"
#include "MemoryBench.h"
#include "Report.h"
#include "ScanBench.h"
#include "StartBench.h"

#include "demo/DemoStore.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace astro;
using namespace guibench;

namespace {

constexpr int usageError = 64;
constexpr int failure = 2;

int fail(const QString& message)
{
    std::fprintf(stderr, "astro-gui-bench: %s\n", qPrintable(message));
    return failure;
}

int count(const QCommandLineParser& parser, const QString& name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < 1) {
        std::fprintf(stderr, "astro-gui-bench: --%s needs a number of at least 1\n",
                     qPrintable(name));
        std::exit(usageError);
    }
    return v;
}

qint64 fileBytes(const QString& path)
{
    qint64 bytes = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        bytes += QFileInfo(path + suffix).size();
    return bytes;
}

// Opens the store (creating the demo store when `makeDemo` and it does not exist yet), gives it
// a counter location if it has none (a store astro-bench generated has one location and no
// counter), and reads its size.
Result<StoreFacts> prepareStore(const QString& path, bool makeDemo, QString* sqlite = nullptr)
{
    const bool fresh = !QFileInfo::exists(path);
    if (fresh && !makeDemo)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 does not exist").arg(path));
    auto opened = Store::open(path);
    if (!opened)
        return opened.error();
    Store& store = **opened;
    if (fresh) {
        std::fprintf(stderr, "Making the demo store in %s\n", qPrintable(path));
        if (auto s = DemoStore::load(store); !s)
            return s.error();
    }
    auto location = store.setting(QStringLiteral("counter_location"));
    if (!location)
        return location.error();
    if (location->isEmpty()) {
        auto first = store.db().scalar(QStringLiteral("SELECT min(id) FROM locations"));
        if (!first || first->toString().isEmpty())
            return makeError(ErrorCode::NotFound, QStringLiteral("%1 has no location").arg(path));
        std::fprintf(stderr, "Setting the counter's location of %s to %s\n", qPrintable(path),
                     qPrintable(first->toString()));
        if (auto s = store.setSetting(QStringLiteral("counter_location"), first->toString()); !s)
            return s.error();
    }
    StoreFacts facts;
    facts.path = path;
    auto rows = [&](const char* table) {
        auto n =
            store.db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return n ? n->toLongLong() : qint64(-1);
    };
    facts.customers = rows("customers");
    facts.punches = rows("punches");
    facts.scans = rows("scans");
    if (sqlite)
        if (auto v = store.db().scalar(QStringLiteral("SELECT sqlite_version()")))
            *sqlite = v->toString();
    opened->reset();
    facts.bytes = fileBytes(path);
    return facts;
}

Result<ScanFigures> measureScans(const QString& path, const ScanConfig& config)
{
    auto opened = Store::open(path);
    if (!opened)
        return opened.error();
    ScanConfig c = config;
    const auto cashier = userFor(**opened, Role::Cashier, config.cashier);
    if (!cashier)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no known Cashier in %1: add one (astro-counter-cli user "
                                        "add NAME --role cashier --new-pin PIN) and pass "
                                        "--cashier and --cashier-pin")
                             .arg(path));
    c.cashier = *cashier;
    return ScanBench(**opened, path, c).run();
}

} // namespace

int main(int argc, char** argv)
{
    // Real widgets, no screen needed; no keychain probed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("ASTRO_KEYCHAIN", "none");
    quietPlatformNoise();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("astro-gui-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASTRO_VERSION));
    QTemporaryDir settings;
    prepareApplication(app, settings);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures the counter with real widgets (offscreen) on a real store: a scan from Enter "
        "to the screen painted, the start on the chain store against the demo store, and the "
        "peak memory after every back-office page."));
    parser.addHelpOption();
    parser.addVersionOption();
    auto option = [&](const char* name, const char* help, const char* value = nullptr) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help),
                                            value ? QString::fromLatin1(value) : QString()));
    };
    option("db", "the chain-scale store to measure (required unless --quick)", "path");
    option("demo-db",
           "the demo store the start is compared with (made there if it does not "
           "exist; default: made in a temporary folder)",
           "path");
    option("scans", "timed scans, after the warm-up (default 500; 30 with --quick)", "n");
    option("warmup", "untimed scans first (default 30; 5 with --quick)", "n");
    option("per-visit", "scans a visit before the next customer (default 10)", "n");
    option("starts",
           "timed starts of each store, each a fresh process (default 5; 3 with "
           "--quick)",
           "n");
    option("cashier", "the Cashier to sign in as (default: Bench Cashier 1 or Sam Tremblay)",
           "name");
    option("cashier-pin", "their PIN", "pin");
    option("admin",
           "the Admin who opens every back-office page (default: Bench Admin or Alex "
           "Martin)",
           "name");
    option("admin-pin", "their PIN", "pin");
    option("seed",
           "picks the customers and UPCs (default: the clock's, so repeated runs do not "
           "pile their scans on the same customers)",
           "n");
    option("quick", "the demo store alone, 30 scans (a smoke test for CI)");
    option("json",
           "also write the results as JSON to this file; “-” prints the JSON on stdout "
           "(the table then goes to stderr)",
           "file");
    option("check-targets", "exit with status 3 when a target is missed (as astro-bench)");
    for (const char* child : {"child-start", "child-memory"}) {
        QCommandLineOption o(QString::fromLatin1(child), QStringLiteral("(internal)"),
                             QStringLiteral("path"));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(o);
    }
    parser.process(app);

    const Credentials admin{parser.value(QStringLiteral("admin")),
                            parser.value(QStringLiteral("admin-pin"))};
    if (parser.isSet(QStringLiteral("child-start")))
        return startChild(parser.value(QStringLiteral("child-start")));
    if (parser.isSet(QStringLiteral("child-memory")))
        return memoryChild(parser.value(QStringLiteral("child-memory")), admin);

    Results results;
    results.quick = parser.isSet(QStringLiteral("quick"));
    const QString chainPath = parser.isSet(QStringLiteral("db"))
                                  ? QFileInfo(parser.value(QStringLiteral("db"))).absoluteFilePath()
                                  : QString();
    if (results.quick == !chainPath.isEmpty()) {
        std::fprintf(stderr, results.quick ? "astro-gui-bench: --quick measures the demo store "
                                             "alone: leave --db out\n"
                                           : "astro-gui-bench: --db PATH is required (a "
                                             "chain-scale store), or --quick\n");
        return usageError;
    }
    ScanConfig scanConfig;
    scanConfig.scans = count(parser, QStringLiteral("scans"), results.quick ? 30 : 500);
    scanConfig.warmup = count(parser, QStringLiteral("warmup"), results.quick ? 5 : 30);
    scanConfig.perVisit = count(parser, QStringLiteral("per-visit"), 10);
    scanConfig.cashier = {parser.value(QStringLiteral("cashier")),
                          parser.value(QStringLiteral("cashier-pin"))};
    scanConfig.seed = parser.isSet(QStringLiteral("seed"))
                          ? parser.value(QStringLiteral("seed")).toULongLong()
                          : quint64(QDateTime::currentMSecsSinceEpoch());
    results.scansPerVisit = scanConfig.perVisit;
    results.seed = scanConfig.seed;
    const int starts = count(parser, QStringLiteral("starts"), results.quick ? 3 : 5);
    const QString jsonTarget = parser.value(QStringLiteral("json"));
    FILE* table = jsonTarget == QLatin1String("-") ? stderr : stdout;

    QTemporaryDir work(QDir::temp().filePath(QStringLiteral("astro-gui-bench-XXXXXX")));
    QString demoPath = parser.value(QStringLiteral("demo-db"));
    demoPath = demoPath.isEmpty() ? work.filePath(QStringLiteral("demo.sqlite"))
                                  : QFileInfo(demoPath).absoluteFilePath();
    auto demo = prepareStore(demoPath, true, &results.sqlite);
    if (!demo)
        return fail(demo.error().message);
    results.demo = *demo;
    if (!results.quick) {
        auto chain = prepareStore(chainPath, false, &results.sqlite);
        if (!chain)
            return fail(chain.error().message);
        results.chain = *chain;
    }
    const QString measured = results.quick ? demoPath : chainPath;

    getloadavg(&results.loadBefore, 1);
    std::fprintf(stderr, "Starting the app %d times on each store...\n", starts + 1);
    auto started = measureStarts(chainPath, demoPath, starts);
    if (!started)
        return fail(started.error().message);
    results.starts = *started;

    std::fprintf(stderr, "Scanning %d items (%d untimed first) on %s...\n", scanConfig.scans,
                 scanConfig.warmup, qPrintable(measured));
    auto scanned = measureScans(measured, scanConfig);
    if (!scanned)
        return fail(scanned.error().message);
    results.scans = *scanned;

    std::fprintf(stderr, "Opening every back-office page on %s...\n", qPrintable(measured));
    auto memory = measureMemory(measured, admin);
    if (!memory)
        return fail(memory.error().message);
    results.memory = *memory;
    getloadavg(&results.loadAfter, 1);

    const bool allMet = printTable(table, results);
    const QByteArray json = QJsonDocument(toJson(results)).toJson(QJsonDocument::Indented);
    if (jsonTarget == QLatin1String("-")) {
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    } else if (!jsonTarget.isEmpty()) {
        QFile out(jsonTarget);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(json) != json.size())
            return fail(QStringLiteral("cannot write %1").arg(jsonTarget));
    }
    if (parser.isSet(QStringLiteral("check-targets")) && !allMet)
        return 3;
    return 0;
}
