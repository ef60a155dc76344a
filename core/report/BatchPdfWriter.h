#pragma once

#include "batches/BatchExport.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

class QTextDocument;

namespace astro {

// The printable Retailer Free Goods Credit Batch report: store and address, manufacturer,
// period, one line per redemption, totals and page numbers.
class BatchPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchPdfWriter)

public:
    // Called every few lines; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static QString html(const BatchReport& report, const QLocale& locale,
                        const Progress& progress = {});
    // Writes the PDF to a temporary file and renames it: no half-written file on failure or
    // cancel (a cancel returns an error with ErrorCode::Conflict).
    static Status write(const BatchReport& report, const QString& path,
                        const QLocale& locale = QLocale(), const Progress& progress = {});
    // For printing: the same document, laid out by the caller's printer.
    static std::unique_ptr<QTextDocument> document(const BatchReport& report,
                                                   const QLocale& locale);
};

} // namespace astro
