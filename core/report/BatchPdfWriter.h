#pragma once

#include "batches/BatchExport.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace astro {

// The printable Retailer Free Goods Credit Batch report: store and address, manufacturer,
// period, one line per redemption, totals and page numbers. The same painting goes to a PDF
// file or to a printer.
class BatchPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchPdfWriter)

public:
    // Called as the work advances (`done` of `total` steps: the lines, then the pages); return
    // false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static QString html(const BatchReport& report, const QLocale& locale,
                        const Progress& progress = {});
    // Writes the PDF to a temporary file and renames it: no half-written file on failure or
    // cancel (a cancel returns an error with ErrorCode::Conflict).
    static Status write(const BatchReport& report, const QString& path,
                        const QLocale& locale = QLocale(), const Progress& progress = {});
    // Lays the report out for `device` (a QPdfWriter, a QPrinter) and paints it with `painter`,
    // already begun on it: the table's header again on each page and "Page n of m" at the
    // foot. A cancel stops between pages and returns an error with ErrorCode::Conflict; the
    // caller then discards what was painted.
    static Status paint(const BatchReport& report, QPainter& painter, QPagedPaintDevice& device,
                        const QLocale& locale = QLocale(), const Progress& progress = {});

private:
    static Error cancelled();
};

} // namespace astro
