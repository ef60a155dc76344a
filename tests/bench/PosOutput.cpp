// The POS bridge measurements' options, table lines and JSON (the measurements: PosBench.cpp).

#include "PosBench.h"

#include "Format.h"

#include <QCommandLineParser>

#include <cstdlib>

namespace bench {

namespace {

int countOption(const QCommandLineParser& parser, const char* name, int fallback, int min, int max)
{
    const QString key = QString::fromLatin1(name);
    if (!parser.isSet(key))
        return fallback;
    bool ok = false;
    QString text = parser.value(key);
    text.remove(QLatin1Char('_')).remove(QLatin1Char(','));
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max) {
        std::fprintf(stderr, "astro-bench: --%s needs a number from %d to %d, not “%s”\n", name,
                     min, max, qPrintable(parser.value(key)));
        std::exit(64);
    }
    return v;
}

double ms(double us)
{
    return us / 1000.0;
}

bool latencyMet(const PosFigures& f)
{
    return f.latencyUs.p99 <= posLatencyTargetMs * 1000.0;
}

bool rateMet(const PosFigures& f)
{
    return f.callsPerSecond >= posCallsPerSecondTarget;
}

} // namespace

void addPosOptions(QCommandLineParser& parser)
{
    const PosBenchConfig d;
    const PosBenchConfig q = PosBenchConfig::quickSizes();
    auto number = [&](const char* name, const QString& help, int fallback, int quick) {
        parser.addOption(QCommandLineOption(
            QString::fromLatin1(name),
            help + QStringLiteral(" (default %1, %2 with --quick)").arg(fallback).arg(quick),
            QStringLiteral("n")));
    };
    number("pos-calls", QStringLiteral("timed POS addTransactionBatch calls, one at a time"),
           d.calls, q.calls);
    number("pos-seconds", QStringLiteral("seconds of POS calls in flight at once"), d.seconds,
           q.seconds);
    number("pos-in-flight", QStringLiteral("POS calls in flight at once"), d.inFlight, q.inFlight);
    number("pos-customers", QStringLiteral("POS customer ids the calls spread over"), d.customers,
           q.customers);
    parser.addOption(
        {QStringLiteral("no-pos"), QStringLiteral("skip the POS bridge measurements (127.0.0.1)")});
}

PosBenchConfig posConfigFrom(const QCommandLineParser& parser, const Config& config)
{
    PosBenchConfig c = config.quick ? PosBenchConfig::quickSizes() : PosBenchConfig();
    c.enabled = !parser.isSet(QStringLiteral("no-pos"));
    c.warmup = config.warmup;
    c.seed = config.seed;
    c.calls = countOption(parser, "pos-calls", c.calls, 1, 10000000);
    c.seconds = countOption(parser, "pos-seconds", c.seconds, 1, 3600);
    c.inFlight = countOption(parser, "pos-in-flight", c.inFlight, 1, 64);
    c.customers = countOption(parser, "pos-customers", c.customers, 1, 100000);
    return c;
}

bool printPos(FILE* table, const PosFigures& f)
{
    std::fprintf(table,
                 "\nPOS bridge over loopback (BridgeHost on its own thread and connection to this "
                 "store; %.1f s in all; load average %.2f before, %.2f after)\n",
                 f.totalSeconds, f.loadBefore, f.loadAfter);
    std::fprintf(table,
                 "  addTransactionBatch of %d lines, one call at a time: %s calls, p50 %.1f ms, "
                 "p95 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 ≤ %.0f ms: %s)\n"
                 "    the full HTTP round trip; %.1f ms of CPU per call (client and bridge)\n",
                 posLinesPerCall, qPrintable(withCommas(f.latencyUs.n)), ms(f.latencyUs.p50),
                 ms(f.latencyUs.p95), ms(f.latencyUs.p99), ms(f.latencyUs.max), posLatencyTargetMs,
                 latencyMet(f) ? "met" : "MISSED", ms(f.cpuPerCallUs));
    std::fprintf(table,
                 "  %d calls in flight for %.1f s: %s calls = %.0f calls/s, %.0f lines/s (target "
                 "≥ %.0f calls/s: %s)\n"
                 "    round trip p50 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f ms of CPU per call\n",
                 f.config.inFlight, f.seconds, qPrintable(withCommas(f.calls)), f.callsPerSecond,
                 f.linesPerSecond, posCallsPerSecondTarget, rateMet(f) ? "met" : "MISSED",
                 ms(f.loadedUs.p50), ms(f.loadedUs.p99), ms(f.loadedUs.max),
                 ms(f.loadedCpuPerCallUs));
    std::fprintf(table,
                 "  set-up (untimed): bridge listening after %.2f s; %s POS ids in %.1f s: %s "
                 "existing customers with history linked (linkCustomer p50 %.1f ms), the first "
                 "%d found by phone (searchCustomer p50 %.1f ms, p99 %.1f ms); %s added\n",
                 f.startSeconds, qPrintable(withCommas(f.linked + f.added)), f.setupSeconds,
                 qPrintable(withCommas(f.linked)), ms(f.linkUs.p50), f.searchUs.n,
                 ms(f.searchUs.p50), ms(f.searchUs.p99), qPrintable(withCommas(f.added)));
    std::fprintf(table,
                 "  %s lines answered 100 (%s punched a card or an offer), %s recorded in the "
                 "store; %d failures%s%s\n",
                 qPrintable(withCommas(f.linesAnswered)), qPrintable(withCommas(f.punchedLines)),
                 qPrintable(withCommas(f.linesRecorded)), f.failures,
                 f.failures ? ", the first: " : "", qPrintable(f.firstFailure));
    return latencyMet(f) && rateMet(f);
}

QJsonObject posJson(const PosFigures& f)
{
    return QJsonObject{
        {QStringLiteral("seconds"), f.totalSeconds},
        {QStringLiteral("lines_per_call"), posLinesPerCall},
        {QStringLiteral("warmup"), f.config.warmup},
        {QStringLiteral("start_seconds"), f.startSeconds},
        {QStringLiteral("setup_seconds"), f.setupSeconds},
        {QStringLiteral("customers_linked"), f.linked},
        {QStringLiteral("customers_added"), f.added},
        {QStringLiteral("searches"), f.searchUs.n},
        {QStringLiteral("search_p50_ms"), ms(f.searchUs.p50)},
        {QStringLiteral("search_p99_ms"), ms(f.searchUs.p99)},
        {QStringLiteral("link_p50_ms"), ms(f.linkUs.p50)},
        {QStringLiteral("latency"),
         QJsonObject{{QStringLiteral("n"), f.latencyUs.n},
                     {QStringLiteral("p50_ms"), ms(f.latencyUs.p50)},
                     {QStringLiteral("p95_ms"), ms(f.latencyUs.p95)},
                     {QStringLiteral("p99_ms"), ms(f.latencyUs.p99)},
                     {QStringLiteral("max_ms"), ms(f.latencyUs.max)},
                     {QStringLiteral("mean_ms"), ms(f.latencyUs.mean)},
                     {QStringLiteral("cpu_per_call_ms"), ms(f.cpuPerCallUs)},
                     {QStringLiteral("target"), QStringLiteral("p99 ≤ 20 ms")},
                     {QStringLiteral("target_met"), latencyMet(f)}}},
        {QStringLiteral("throughput"),
         QJsonObject{{QStringLiteral("in_flight"), f.config.inFlight},
                     {QStringLiteral("seconds"), f.seconds},
                     {QStringLiteral("calls"), f.calls},
                     {QStringLiteral("calls_per_second"), f.callsPerSecond},
                     {QStringLiteral("lines_per_second"), f.linesPerSecond},
                     {QStringLiteral("p50_ms"), ms(f.loadedUs.p50)},
                     {QStringLiteral("p99_ms"), ms(f.loadedUs.p99)},
                     {QStringLiteral("max_ms"), ms(f.loadedUs.max)},
                     {QStringLiteral("cpu_per_call_ms"), ms(f.loadedCpuPerCallUs)},
                     {QStringLiteral("target"), QStringLiteral("≥ 200 calls/s")},
                     {QStringLiteral("target_met"), rateMet(f)}}},
        {QStringLiteral("lines_answered"), f.linesAnswered},
        {QStringLiteral("lines_recorded"), f.linesRecorded},
        {QStringLiteral("punched_lines"), f.punchedLines},
        {QStringLiteral("failures"), f.failures},
        {QStringLiteral("first_failure"), f.firstFailure},
        {QStringLiteral("load_average"), QJsonObject{{QStringLiteral("before"), f.loadBefore},
                                                     {QStringLiteral("after"), f.loadAfter}}}};
}

} // namespace bench
