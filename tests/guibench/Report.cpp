#include "Report.h"

#include "Format.h"
#include "Latency.h"

#include <QJsonArray>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

using namespace bench;

namespace guibench {

namespace {

QString ms(double v)
{
    return v >= 100 ? withCommas(qint64(v + 0.5)) : QString::number(v, 'f', 1);
}

const char* verdict(bool met)
{
    return met ? "met" : "MISSED";
}

// printf pads bytes, not characters: "→" would shift the columns.
QByteArray padded(const QString& text, int width)
{
    return text.leftJustified(width).toUtf8();
}

void row(FILE* out, const QString& label, const Stats& s, const QString& target = {},
         const char* result = "")
{
    std::fprintf(out, "%s %5d %8s %8s %8s %8s  %s %s\n", padded(label, 44).constData(), s.n,
                 qPrintable(ms(s.p50)), qPrintable(ms(s.p95)), qPrintable(ms(s.p99)),
                 qPrintable(ms(s.max)), padded(target, 14).constData(), result);
}

template <typename Part> std::vector<double> each(const std::vector<StartSample>& runs, Part part)
{
    std::vector<double> v;
    for (const StartSample& s : runs)
        v.push_back((s.*part)());
    return v;
}

std::vector<double> field(const std::vector<StartSample>& runs, double StartSample::*part)
{
    std::vector<double> v;
    for (const StartSample& s : runs)
        v.push_back(s.*part);
    return v;
}

void startRows(FILE* out, const QString& label, const std::vector<StartSample>& runs)
{
    row(out, label, summarize(each(runs, &StartSample::totalMs)));
    row(out, QStringLiteral("  Store::open"), summarize(field(runs, &StartSample::openMs)));
    row(out, QStringLiteral("  MainWindow constructed"),
        summarize(field(runs, &StartSample::windowMs)));
    row(out, QStringLiteral("  shown, sign-in screen painted"),
        summarize(field(runs, &StartSample::paintMs)));
}

// p50 of the chain's starts over the demo's; nullopt when one is missing.
std::optional<double> startRatio(const Results& r)
{
    if (!r.starts || r.starts->chain.empty() || r.starts->demo.empty())
        return std::nullopt;
    const double demo = summarize(each(r.starts->demo, &StartSample::totalMs)).p50;
    return demo > 0 ? summarize(each(r.starts->chain, &StartSample::totalMs)).p50 / demo : 0;
}

QString describe(const StoreFacts& s)
{
    QString text = QStringLiteral("%1 (%2 MB)").arg(s.path).arg(double(s.bytes) / 1e6, 0, 'f', 1);
    if (s.customers >= 0)
        text += QStringLiteral(" · %1 customers · %2 punches · %3 scans")
                    .arg(withCommas(s.customers), withCommas(s.punches), withCommas(s.scans));
    return text;
}

QJsonObject statsJson(const Stats& s)
{
    return QJsonObject{{QStringLiteral("n"), s.n},        {QStringLiteral("p50_ms"), s.p50},
                       {QStringLiteral("p95_ms"), s.p95}, {QStringLiteral("p99_ms"), s.p99},
                       {QStringLiteral("max_ms"), s.max}, {QStringLiteral("mean_ms"), s.mean}};
}

QJsonObject storeJson(const StoreFacts& s)
{
    return QJsonObject{{QStringLiteral("path"), s.path},
                       {QStringLiteral("bytes"), s.bytes},
                       {QStringLiteral("customers"), s.customers},
                       {QStringLiteral("punches"), s.punches},
                       {QStringLiteral("scans"), s.scans}};
}

QJsonObject startsJson(const std::vector<StartSample>& runs)
{
    return QJsonObject{
        {QStringLiteral("total"), statsJson(summarize(each(runs, &StartSample::totalMs)))},
        {QStringLiteral("open"), statsJson(summarize(field(runs, &StartSample::openMs)))},
        {QStringLiteral("window"), statsJson(summarize(field(runs, &StartSample::windowMs)))},
        {QStringLiteral("paint"), statsJson(summarize(field(runs, &StartSample::paintMs)))}};
}

} // namespace

bool printTable(FILE* out, const Results& r)
{
    bool allMet = true;
    std::fprintf(out,
                 "\nastro-gui-bench %s · SQLite %s · Qt %s · %d CPUs · %s · %s, window %d×%d%s\n",
                 ASTRO_VERSION, qPrintable(r.sqlite), qVersion(), QThread::idealThreadCount(),
                 qPrintable(QSysInfo::prettyProductName()),
                 qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM")), windowWidth, windowHeight,
                 r.quick ? " · --quick" : "");
    if (!r.chain.path.isEmpty())
        std::fprintf(out, "Store: %s\n", qPrintable(describe(r.chain)));
    std::fprintf(out, "Demo store: %s\n", qPrintable(describe(r.demo)));
    std::fprintf(out, "\n%-44s %5s %8s %8s %8s %8s  %-14s\n", "ms", "n", "p50", "p95", "p99", "max",
                 "target");
    if (r.scans) {
        const ScanFigures& s = *r.scans;
        const Stats total = summarize(s.totalMs);
        const bool met = total.n > 0 && total.p99 <= scanP99TargetMs;
        allMet = allMet && met;
        row(out, QStringLiteral("scan: Enter → screen updated, painted"), total,
            QStringLiteral("p99 ≤ %1 ms").arg(scanP99TargetMs), verdict(met));
        row(out, QStringLiteral("  Enter → key handled (engine, models)"), summarize(s.handledMs));
        row(out, QStringLiteral("  then pending events and the repaint"), summarize(s.paintMs));
        row(out, QStringLiteral("  CPU time of the GUI thread"), summarize(s.cpuMs));
        row(out, QStringLiteral("customer opened → painted"), summarize(s.openMs));
    }
    if (r.starts) {
        if (!r.starts->chain.empty())
            startRows(out, QStringLiteral("start, chain store (fresh process)"), r.starts->chain);
        startRows(out, QStringLiteral("start, demo store (fresh process)"), r.starts->demo);
        if (const auto ratio = startRatio(r)) {
            const bool met = *ratio <= startRatioTarget;
            allMet = allMet && met;
            std::fprintf(out, "%s %5s %8.2f %8s %8s %8s  %s %s\n",
                         padded(QStringLiteral("start: chain ÷ demo, p50"), 44).constData(), "",
                         *ratio, "", "", "",
                         padded(QStringLiteral("≤ %1").arg(startRatioTarget), 14).constData(),
                         verdict(met));
        }
    }
    if (r.memory) {
        const MemoryFigures& m = *r.memory;
        const bool met = m.peakMb <= peakMemoryTargetMb;
        allMet = allMet && met;
        std::fprintf(out,
                     "\npeak memory (VmHWM) after every back-office page: %.0f MB (%.0f MB at "
                     "start, %.0f MB resident after)   target ≤ %.0f MB  %s\n",
                     m.peakMb, m.startedMb, m.residentMb, peakMemoryTargetMb, verdict(met));
        QStringList pages;
        for (const auto& [page, pageMs] : m.pagesMs)
            pages << QStringLiteral("%1 %2 ms").arg(page, ms(pageMs));
        std::fprintf(out, "  each page, asked → its reads answered and painted: %s\n",
                     qPrintable(pages.join(QStringLiteral(" · "))));
    }
    if (r.scans) {
        const ScanFigures& s = *r.scans;
        std::fprintf(out,
                     "\nScans: UPCs drawn from %s products on running programs' cards (no offer); "
                     "%d customers opened, %d scans a visit; the cards list had %.1f rows on "
                     "average; %d scans refused%s%s; --seed %llu\n",
                     qPrintable(withCommas(s.products)), s.customers, r.scansPerVisit, s.cardRows,
                     s.refused, s.refused ? ", the first: " : "", qPrintable(s.firstRefusal),
                     static_cast<unsigned long long>(r.seed));
    }
    std::fprintf(out, "Load average %.2f before, %.2f after.\n", r.loadBefore, r.loadAfter);
    std::fprintf(out, "Targets: %s\n", allMet ? "all met" : "some MISSED");
    return allMet;
}

QJsonObject toJson(const Results& r)
{
    QJsonObject root{
        {QStringLiteral("tool"), QStringLiteral("astro-gui-bench")},
        {QStringLiteral("version"), QStringLiteral(ASTRO_VERSION)},
        {QStringLiteral("sqlite"), r.sqlite},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("cpus"), QThread::idealThreadCount()},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("quick"), r.quick},
        {QStringLiteral("seed"), QString::number(r.seed)},
        {QStringLiteral("window"), QStringLiteral("%1x%2").arg(windowWidth).arg(windowHeight)},
        {QStringLiteral("demo_store"), storeJson(r.demo)},
        {QStringLiteral("load_average"), QJsonObject{{QStringLiteral("before"), r.loadBefore},
                                                     {QStringLiteral("after"), r.loadAfter}}}};
    if (!r.chain.path.isEmpty())
        root.insert(QStringLiteral("store"), storeJson(r.chain));
    if (r.scans) {
        const ScanFigures& s = *r.scans;
        const Stats total = summarize(s.totalMs);
        root.insert(
            QStringLiteral("scan"),
            QJsonObject{
                {QStringLiteral("enter_to_painted"), statsJson(total)},
                {QStringLiteral("enter_to_handled"), statsJson(summarize(s.handledMs))},
                {QStringLiteral("events_and_repaint"), statsJson(summarize(s.paintMs))},
                {QStringLiteral("gui_thread_cpu"), statsJson(summarize(s.cpuMs))},
                {QStringLiteral("customer_opened"), statsJson(summarize(s.openMs))},
                {QStringLiteral("products"), s.products},
                {QStringLiteral("customers"), s.customers},
                {QStringLiteral("refused"), s.refused},
                {QStringLiteral("card_rows_mean"), s.cardRows},
                {QStringLiteral("target"), QStringLiteral("p99 ≤ 50 ms")},
                {QStringLiteral("target_met"), total.n > 0 && total.p99 <= scanP99TargetMs}});
    }
    if (r.starts) {
        QJsonObject starts{{QStringLiteral("demo"), startsJson(r.starts->demo)}};
        if (!r.starts->chain.empty())
            starts.insert(QStringLiteral("chain"), startsJson(r.starts->chain));
        if (const auto ratio = startRatio(r)) {
            starts.insert(QStringLiteral("ratio_chain_to_demo_p50"), *ratio);
            starts.insert(QStringLiteral("target"), QStringLiteral("≤ 1.2"));
            starts.insert(QStringLiteral("target_met"), *ratio <= startRatioTarget);
        }
        root.insert(QStringLiteral("start"), starts);
    }
    if (r.memory) {
        QJsonArray pages;
        for (const auto& [page, pageMs] : r.memory->pagesMs)
            pages.append(
                QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("ms"), pageMs}});
        root.insert(
            QStringLiteral("memory"),
            QJsonObject{{QStringLiteral("vmhwm_mb"), r.memory->peakMb},
                        {QStringLiteral("started_vmhwm_mb"), r.memory->startedMb},
                        {QStringLiteral("vmrss_mb"), r.memory->residentMb},
                        {QStringLiteral("pages"), pages},
                        {QStringLiteral("target"), QStringLiteral("≤ 200 MB")},
                        {QStringLiteral("target_met"), r.memory->peakMb <= peakMemoryTargetMb}});
    }
    return root;
}

} // namespace guibench
