#include "Measure.h"
#include "MeasureTiming.h"

#include "batches/BatchService.h"
#include "credits/CreditQueries.h"
#include "reports/ReportService.h"
#include "storage/AuditLog.h"
#include "store/Store.h"

#include <algorithm>
#include <cstdio>
#include <functional>

namespace bench {

using namespace astro;
using timing::Series;
using timing::Timer;

// What a back-office page reads when it opens, on the whole store: each must come back before
// a manager notices a pause, however many years of history the store has.
Result<std::vector<Measurement>> Measurer::backOffice()
{
    const int samples = std::clamp(m_config.samples / 200, 3, 10);
    std::fprintf(stderr, "  back-office pages (%d each)...\n", samples);
    const QDate today = QDate::currentDate();
    ReportService reports(m_store);
    CreditQueries credits(m_store.db());
    std::vector<Measurement> out;
    auto time = [&](const QString& key, const QString& label,
                    const std::function<Result<qint64>()>& open) -> Status {
        Series series;
        qint64 rows = 0;
        for (int i = 0; i < std::min(m_config.warmup, 3) + samples; ++i) {
            const Timer timer;
            auto read = open();
            const Sample sample = timer.stop();
            if (!read)
                return read.error();
            if (i >= std::min(m_config.warmup, 3)) {
                series.add(sample);
                rows = *read;
            }
        }
        Measurement m;
        m.key = key;
        m.label = label;
        m.target = QStringLiteral("p99 ≤ 250 ms");
        m.note = QStringLiteral("%1 rows shown").arg(rows);
        series.fill(m);
        m.met = m.stats.p99 <= 250000.0;
        out.push_back(m);
        return {};
    };

    // Reports: the redemptions of today (count, totals, first page) and a month's participation.
    Status s = time(QStringLiteral("office_report_today"),
                    QStringLiteral("report: redemptions today"), [&]() -> Result<qint64> {
                        const ReportPeriod day{today, today, {}};
                        auto count = reports.redemptionsCount(day);
                        auto totals = reports.redemptionsTotal(day);
                        auto page = reports.redemptionsBetween(day, 200);
                        if (!count || !totals || !page)
                            return !count ? count.error() : !totals ? totals.error() : page.error();
                        return qint64(page->size());
                    });
    if (s)
        s = time(QStringLiteral("office_participation"),
                 QStringLiteral("report: participation, 30 days"), [&]() -> Result<qint64> {
                     auto rows = reports.participation({today.addDays(-29), today, {}});
                     if (!rows)
                         return rows.error();
                     return qint64(rows->size());
                 });
    // Credits: a year of them by distributor and manufacturer, then the first page of lines.
    if (s)
        s = time(QStringLiteral("office_credits"), QStringLiteral("credits: a year, by group"),
                 [&]() -> Result<qint64> {
                     CreditQuery query;
                     query.from = today.addYears(-1);
                     query.to = today;
                     auto groups = credits.groups(query);
                     auto count = credits.count(query);
                     auto page = credits.page(query, 200, 0);
                     if (!groups || !count || !page)
                         return !groups ? groups.error() : !count ? count.error() : page.error();
                     return qint64(groups->size() + page->size());
                 });
    // Batches: the list over three months, then the lines of the largest batch.
    if (s)
        s = time(QStringLiteral("office_batches"), QStringLiteral("batches: list, largest batch"),
                 [&]() -> Result<qint64> {
                     BatchFilter filter;
                     filter.from = today.addMonths(-3);
                     filter.to = today;
                     auto list = m_store.batches().list(filter);
                     if (!list)
                         return list.error();
                     qint64 largest = 0;
                     int most = -1;
                     for (const Batch& b : *list)
                         if (b.lineCount > most) {
                             most = b.lineCount;
                             largest = b.id;
                         }
                     if (largest == 0)
                         return qint64(0);
                     auto lines = m_store.batches().lines(largest);
                     if (!lines)
                         return lines.error();
                     return qint64(list->size() + lines->size());
                 });
    // The audit log's first page.
    if (s)
        s = time(QStringLiteral("office_audit"), QStringLiteral("audit log: first page"),
                 [&]() -> Result<qint64> {
                     AuditFilter filter;
                     filter.from = QDateTime(today.addYears(-1), QTime(0, 0));
                     filter.to = QDateTime(today.addDays(1), QTime(0, 0));
                     auto count = m_store.auditLog().count(filter);
                     auto page = m_store.auditLog().entries(filter);
                     if (!count || !page)
                         return !count ? count.error() : page.error();
                     return qint64(page->size());
                 });
    if (!s)
        return s.error();
    return out;
}

} // namespace bench
