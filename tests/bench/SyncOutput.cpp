#include "SyncOutput.h"

#include "Format.h"

#include <algorithm>

namespace bench {

namespace {

constexpr int fullDayEvents = 10000;
constexpr double fullDayTargetEventsPerSecond = 5000.0; // a day's 10,000 events in 2 s
constexpr double smokeTargetEventsPerSecond = 1000.0;   // smaller pushes, on a loaded machine
constexpr double pullTargetSecondsPer100k = 5.0;

const char* verdict(bool met)
{
    return met ? "met" : "MISSED";
}

} // namespace

double pushTargetEventsPerSecond(int events)
{
    return events >= fullDayEvents ? fullDayTargetEventsPerSecond : smokeTargetEventsPerSecond;
}

double pullTargetSeconds(int products)
{
    return pullTargetSecondsPer100k * std::max(1.0, double(products) / 100000.0);
}

bool printSync(FILE* table, const SyncFigures& f)
{
    const double pushTarget = pushTargetEventsPerSecond(f.events);
    const bool pushMet = f.eventsPerSecond >= pushTarget;
    const bool pullMet = f.firstPullSeconds <= pullTargetSeconds(f.products);
    std::fprintf(table,
                 "\nSync with astro-server over loopback (fresh counter stores and servers; %.1f "
                 "s in all)\n",
                 f.totalSeconds);
    std::fprintf(table,
                 "  events pushed: %s events in %.2f s = %s events/s (target ≥ %s: %s)\n"
                 "    one SyncEngine::run, %s ext_pushEvents requests; the log of %s visits, %s "
                 "scans, %s new customers\n",
                 qPrintable(withCommas(f.events)), f.pushSeconds,
                 qPrintable(withCommas(qint64(f.eventsPerSecond + 0.5))),
                 qPrintable(withCommas(qint64(pushTarget))), verdict(pushMet),
                 qPrintable(withCommas(f.requests)), qPrintable(withCommas(f.visits)),
                 qPrintable(withCommas(f.scans)), qPrintable(withCommas(f.customers)));
    std::fprintf(table,
                 "    the store's log (ext_pushEvents): %.2f s (%.2f s waiting for answers) · "
                 "Astro's public calls: %.2f s, %s requests for %s events\n",
                 f.logSeconds, f.logServerSeconds, f.publicSeconds,
                 qPrintable(withCommas(f.publicRequests)), qPrintable(withCommas(f.publicEvents)));
    const SyncFigures::Many& m = f.many;
    std::fprintf(table,
                 "  %d counters at once: %s events in %.2f s = %s events/s; requests p50 %.0f ms, "
                 "p99 %.0f ms, max %.0f ms; %d failed\n"
                 "    one thread and store each (its own device id, token and day); all had sent "
                 "their log and public calls after %.2f s (%s events/s); a round took %.2f s "
                 "(median)\n"
                 "    %s requests in all, %s events for Astro's public calls; the rounds also "
                 "brought back and applied %s of the others' events; setup %.1f s (untimed)\n",
                 m.counters, qPrintable(withCommas(m.events)), m.seconds,
                 qPrintable(withCommas(qint64(m.eventsPerSecond + 0.5))), m.requestP50Ms,
                 m.requestP99Ms, m.requestMaxMs, m.failed, m.sentSeconds,
                 qPrintable(withCommas(qint64(m.sentEventsPerSecond + 0.5))), m.roundP50Seconds,
                 qPrintable(withCommas(m.requests)), qPrintable(withCommas(m.publicEvents)),
                 qPrintable(withCommas(m.pulled)), m.prepareSeconds);
    std::fprintf(table,
                 "  catalog pull: %s products, %s programs, %s cards (%.1f MB document)\n"
                 "    first run (full download + import): %.2f s (target ≤ %.0f s: %s) · "
                 "second run (empty delta): %.3f s\n"
                 "    astro-server start, publishing the document: %.1f s\n",
                 qPrintable(withCommas(f.products)), qPrintable(withCommas(f.programs)),
                 qPrintable(withCommas(f.cards)), double(f.documentBytes) / 1e6, f.firstPullSeconds,
                 pullTargetSeconds(f.products), verdict(pullMet), f.secondPullSeconds,
                 f.publishSeconds);
    return pushMet && pullMet;
}

QJsonObject syncJson(const SyncFigures& f)
{
    const double pushTarget = pushTargetEventsPerSecond(f.events);
    const SyncFigures::Many& m = f.many;
    return QJsonObject{
        {QStringLiteral("seconds"), f.totalSeconds},
        {QStringLiteral("push"),
         QJsonObject{{QStringLiteral("events"), f.events},
                     {QStringLiteral("requests"), f.requests},
                     {QStringLiteral("visits"), f.visits},
                     {QStringLiteral("scans"), f.scans},
                     {QStringLiteral("customers"), f.customers},
                     {QStringLiteral("seconds"), f.pushSeconds},
                     {QStringLiteral("events_per_second"), f.eventsPerSecond},
                     {QStringLiteral("log_seconds"), f.logSeconds},
                     {QStringLiteral("log_server_seconds"), f.logServerSeconds},
                     {QStringLiteral("public_seconds"), f.publicSeconds},
                     {QStringLiteral("public_requests"), f.publicRequests},
                     {QStringLiteral("public_events"), f.publicEvents},
                     {QStringLiteral("target"), QStringLiteral("≥ %1 events/s").arg(pushTarget)},
                     {QStringLiteral("target_met"), f.eventsPerSecond >= pushTarget}}},
        {QStringLiteral("many_counters"),
         QJsonObject{{QStringLiteral("counters"), m.counters},
                     {QStringLiteral("failed"), m.failed},
                     {QStringLiteral("events"), m.events},
                     {QStringLiteral("seconds"), m.seconds},
                     {QStringLiteral("events_per_second"), m.eventsPerSecond},
                     {QStringLiteral("sent_seconds"), m.sentSeconds},
                     {QStringLiteral("sent_events_per_second"), m.sentEventsPerSecond},
                     {QStringLiteral("requests"), m.requests},
                     {QStringLiteral("request_p50_ms"), m.requestP50Ms},
                     {QStringLiteral("request_p99_ms"), m.requestP99Ms},
                     {QStringLiteral("request_max_ms"), m.requestMaxMs},
                     {QStringLiteral("round_p50_seconds"), m.roundP50Seconds},
                     {QStringLiteral("public_events"), m.publicEvents},
                     {QStringLiteral("pulled"), m.pulled},
                     {QStringLiteral("prepare_seconds"), m.prepareSeconds}}},
        {QStringLiteral("catalog"),
         QJsonObject{
             {QStringLiteral("products"), f.products},
             {QStringLiteral("programs"), f.programs},
             {QStringLiteral("cards"), f.cards},
             {QStringLiteral("document_bytes"), f.documentBytes},
             {QStringLiteral("server_publish_seconds"), f.publishSeconds},
             {QStringLiteral("first_pull_seconds"), f.firstPullSeconds},
             {QStringLiteral("first_pull_entries"), f.firstPullEntries},
             {QStringLiteral("second_pull_seconds"), f.secondPullSeconds},
             {QStringLiteral("second_pull_entries"), f.secondPullEntries},
             {QStringLiteral("target"),
              QStringLiteral("first pull ≤ %1 s (5 s up to 100,000 products)")
                  .arg(pullTargetSeconds(f.products))},
             {QStringLiteral("target_met"), f.firstPullSeconds <= pullTargetSeconds(f.products)}}}};
}

} // namespace bench
