#include "AuditExportJob.h"

#include "ui/backoffice/AuditText.h"

#include "batches/CsvWriter.h"
#include "catalog/CatalogRepository.h"
#include "store/Store.h"

namespace astro::ui {

namespace {
const int pageSize = 1000;
} // namespace

QStringList AuditExportJob::header()
{
    return {tr("When"),    tr("Who"),   tr("Location"),  tr("Kind"),
            tr("Subject"), tr("Field"), tr("Old value"), tr("New value")};
}

QStringList AuditExportJob::row(const AuditEntry& e, const QString& locationName,
                                const QHash<QString, QString>& distributors)
{
    // Local time, written the way spreadsheets read a date and time in every language.
    return {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            AuditText::user(e.userName),
            locationName,
            AuditText::kindLabel(AuditText::kindOf(e)),
            e.subject,
            AuditText::field(e),
            AuditText::value(e, e.oldValue, distributors),
            AuditText::value(e, e.newValue, distributors)};
}

ExportOutcome AuditExportJob::operator()(Store& store, ExportContext& context) const
{
    auto total = store.auditLog().count(m_filter);
    if (!total)
        return ExportOutcome::failed(total.error().message);
    QHash<QString, QString> locations;
    if (auto list = store.catalog().locations())
        for (const Location& l : *list)
            locations.insert(l.id, l.name);
    QHash<QString, QString> distributors;
    if (auto list = store.catalog().distributors())
        for (const Distributor& d : *list)
            distributors.insert(d.id, d.name);
    context.progress(0, *total);
    context.readyToWrite();
    if (context.cancelled())
        return ExportOutcome::cancelled();
    CsvWriter head;
    head.addRow(header());
    if (!context.write(head))
        return context.cannotWrite();

    AuditFilter page = m_filter;
    page.limit = pageSize;
    page.offset = 0;
    page.beforeId = 0;
    page.beforeAt = {};
    qint64 rows = 0;
    for (;;) {
        if (context.cancelled())
            return ExportOutcome::cancelled();
        auto entries = store.auditLog().entries(page);
        if (!entries)
            return ExportOutcome::failed(entries.error().message);
        if (entries->empty())
            break;
        CsvWriter csv;
        for (const AuditEntry& e : *entries)
            csv.addRow(row(e, locations.value(e.locationId, e.locationId), distributors));
        if (!context.write(csv))
            return context.cannotWrite();
        rows += qint64(entries->size());
        context.progress(rows, qMax(*total, rows));
        page.beforeId = entries->back().id;
        page.beforeAt = entries->back().at;
        if (int(entries->size()) < pageSize)
            break;
    }
    return ExportOutcome::written(rows);
}

} // namespace astro::ui
