#include "BatchExport.h"

#include "batches/CsvWriter.h"
#include "catalog/CatalogRepository.h"
#include "common/OwnerOnly.h"
#include "domain/Gtin.h"
#include "store/Store.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace astro {

Result<BatchReport> BatchExport::report(Store& store, qint64 batchId)
{
    if (auto s = store.batches().closeLapsed(); !s)
        return s.error();
    auto batch = store.batches().get(batchId);
    if (!batch)
        return batch.error();
    auto lines = store.batches().lines(batchId);
    if (!lines)
        return lines.error();
    auto location = store.catalog().location(batch->locationId);
    if (!location)
        return location.error();
    auto retailer = store.setting(QStringLiteral("retailer_name"));
    if (!retailer)
        return retailer.error();

    BatchReport r;
    r.batch = *batch;
    r.lines = std::move(lines).value();
    r.storeName = *retailer;
    r.locationName = batch->locationName;
    if (location->has_value()) {
        const Location& l = **location;
        r.locationAddress =
            QStringList{l.address, QStringLiteral("%1, %2 %3").arg(l.city, l.region, l.postalCode),
                        l.phone}
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(QStringLiteral(" · "));
    }
    return r;
}

QByteArray BatchExport::csv(const BatchReport& report)
{
    CsvWriter csv;
    csv.addRow({tr("Batch"), tr("Manufacturer"), tr("Program"), tr("Card"), tr("UPC"), tr("Item"),
                tr("Quantity"), tr("Redeemed on"), tr("Customer"), tr("Location"), tr("Cashier"),
                tr("Cost per redemption")});
    for (const BatchLine& l : report.lines)
        csv.addRow({QString::number(report.batch.id), l.manufacturerName, l.programTitle,
                    l.cardTitle, Gtin::displayOf(l.gtin), l.description,
                    QString::number(l.quantity),
                    l.redeemedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    l.customerName, l.locationName, l.cashierName, l.cost.plain()});
    csv.addRow({QString::number(report.batch.id),
                report.batch.manufacturerName,
                tr("Total"),
                {},
                {},
                {},
                QString::number(report.batch.units),
                {},
                {},
                {},
                {},
                report.batch.total.plain()});
    return csv.data();
}

Status BatchExport::writeFileAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!openOwnerOnly(file) || file.write(data) != data.size() || !file.commit())
        return makeError(ErrorCode::Storage,
                         tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status BatchExport::markExported(Store& store, const Actor& actor, qint64 batchId)
{
    auto batch = store.batches().get(batchId);
    if (!batch)
        return batch.error();
    if (batch->status != BatchStatus::Open)
        return {};
    return store.batches().close(actor, batchId);
}

} // namespace astro
