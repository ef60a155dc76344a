#pragma once

#include "batches/BatchService.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QLocale>

namespace astro {

class Store;

// Everything a batch report shows: the store, the batch, its lines.
struct BatchReport
{
    QString storeName;
    QString locationName;
    QString locationAddress;
    Batch batch;
    std::vector<BatchLine> lines;
};

// Builds a batch's report and writes it as CSV. Exporting closes an open batch for new
// rewards (domain.md §4). Files are written to a temporary name and renamed, so a failed or
// cancelled export never leaves a half-written file.
class BatchExport
{
    Q_DECLARE_TR_FUNCTIONS(BatchExport)

public:
    static Result<BatchReport> report(Store& store, qint64 batchId);
    static QByteArray csv(const BatchReport& report);
    static Status writeFileAtomically(const QString& path, const QByteArray& data);
    // Closes the batch if still open (as `actor`), after a successful export.
    static Status markExported(Store& store, const Actor& actor, qint64 batchId);
};

} // namespace astro
