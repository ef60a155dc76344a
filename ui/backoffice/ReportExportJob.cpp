#include "ReportExportJob.h"

#include "batches/CsvWriter.h"
#include "store/Store.h"

#include <QScopeGuard>
#include <QSqlDatabase>

namespace astro::ui {

namespace {
const int pageSize = 1000;
} // namespace

QStringList ReportExportJob::redemptionHeader()
{
    return {tr("Date"),        tr("Customer"), tr("Program or offer"), tr("Card"),
            tr("UPC"),         tr("Item"),     tr("Quantity"),         tr("Cost"),
            tr("Fulfillment"), tr("Credit"),   tr("Cashier"),          tr("Location")};
}

QStringList ReportExportJob::redemptionRow(const ReportRedemption& r, const QString& locationName)
{
    // Local time and plain amounts, written the way spreadsheets read them in every language.
    return {r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            r.customerName,
            r.programTitle,
            r.offer ? tr("Offer") : r.cardTitle,
            r.gtin,
            r.itemDescription,
            QString::number(r.quantity),
            r.cost.plain(),
            label(r.fulfillment),
            label(r.creditStatus),
            r.cashierName,
            locationName};
}

QStringList ReportExportJob::participationHeader()
{
    return {tr("Program or offer"), tr("Kind"),
            tr("Manufacturer"),     tr("Units punched"),
            tr("Cards completed"),  tr("Rewards redeemed"),
            tr("Units redeemed"),   tr("Redemption cost")};
}

QStringList ReportExportJob::participationRow(const ProgramParticipation& p)
{
    return {p.title,
            p.offer ? tr("Offer") : tr("Program"),
            p.manufacturer,
            QString::number(p.punchedUnits),
            QString::number(p.cardsCompleted),
            QString::number(p.rewardsRedeemed),
            QString::number(p.redeemedUnits),
            p.redemptionCost.plain()};
}

ExportOutcome ReportExportJob::operator()(Store& store, ExportContext& context) const
{
    ReportService reports(store);
    // One read transaction: every page comes from the same snapshot of the file.
    QSqlDatabase& connection = store.db().connection();
    connection.transaction();
    const auto endRead = qScopeGuard([&connection] { connection.rollback(); });

    qint64 total = 0;
    std::vector<ProgramParticipation> programs;
    if (m_report == Report::Redemptions) {
        auto count = reports.redemptionsCount(m_period);
        if (!count)
            return ExportOutcome::failed(count.error().message);
        total = *count;
    } else {
        auto rows = reports.participation(m_period);
        if (!rows)
            return ExportOutcome::failed(rows.error().message);
        programs = std::move(rows).value();
        total = qint64(programs.size());
    }
    context.progress(0, total);
    context.readyToWrite();
    if (context.cancelled())
        return ExportOutcome::cancelled();
    if (m_report == Report::Redemptions)
        return writeRedemptions(reports, total, context);

    CsvWriter csv;
    csv.addRow(participationHeader());
    for (const ProgramParticipation& p : programs)
        csv.addRow(participationRow(p));
    if (!context.write(csv))
        return context.cannotWrite();
    context.progress(total, total);
    return ExportOutcome::written(total);
}

ExportOutcome ReportExportJob::writeRedemptions(ReportService& reports, qint64 total,
                                                ExportContext& context) const
{
    CsvWriter head;
    head.addRow(redemptionHeader());
    if (!context.write(head))
        return context.cannotWrite();
    qint64 rows = 0;
    for (;;) {
        if (context.cancelled())
            return ExportOutcome::cancelled();
        auto page = reports.redemptionsBetween(m_period, pageSize, rows);
        if (!page)
            return ExportOutcome::failed(page.error().message);
        if (page->empty())
            break;
        CsvWriter csv;
        for (const ReportRedemption& r : *page)
            csv.addRow(redemptionRow(r, m_locationNames.value(r.locationId, r.locationId)));
        if (!context.write(csv))
            return context.cannotWrite();
        rows += qint64(page->size());
        context.progress(rows, qMax(total, rows));
        if (int(page->size()) < pageSize)
            break;
    }
    return ExportOutcome::written(rows);
}

} // namespace astro::ui
