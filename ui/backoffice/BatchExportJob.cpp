#include "BatchExportJob.h"

#include "batches/BatchExport.h"
#include "report/BatchPdfWriter.h"
#include "store/Store.h"

#include <QPainter>
#include <QPrinter>

namespace astro::ui {

ExportOutcome BatchExportJob::operator()(Store& store, ExportContext& context) const
{
    auto report = BatchExport::report(store, m_batchId);
    if (!report)
        return ExportOutcome::failed(report.error().message);
    const int lines = int(report->lines.size());
    context.progress(0, lines + 1);
    context.readyToWrite();
    if (context.cancelled())
        return ExportOutcome::cancelled();

    // Asked between lines and pages: shows the progress, and says whether to go on.
    const BatchPdfWriter::Progress onProgress = [&context](int done, int total) {
        context.progress(done, total);
        return !context.cancelled();
    };
    Status written;
    switch (m_target) {
    case Target::Csv:
        return writeCsv(BatchExport::csv(*report), lines, context);
    case Target::Pdf:
        // The PDF writer keeps to its own QSaveFile: no half-written file either.
        written = BatchPdfWriter::write(*report, context.path(), m_locale, onProgress);
        break;
    case Target::Printer: {
        QPainter painter;
        if (!m_printer || !painter.begin(m_printer.get()))
            return ExportOutcome::failed(tr("The printer could not start printing."));
        written = BatchPdfWriter::paint(*report, painter, *m_printer, m_locale, onProgress);
        if (!written && context.cancelled())
            m_printer->abort();
        painter.end();
        break;
    }
    }
    if (!written)
        return context.cancelled() ? ExportOutcome::cancelled()
                                   : ExportOutcome::failed(written.error().message);
    return ExportOutcome::written(lines);
}

ExportOutcome BatchExportJob::writeCsv(const QByteArray& data, int lines, ExportContext& context)
{
    // Written in chunks so a cancel is heard.
    constexpr qsizetype chunk = 64 * 1024;
    const int chunks = int((data.size() + chunk - 1) / chunk);
    for (int i = 0; i < chunks; ++i) {
        if (context.cancelled())
            return ExportOutcome::cancelled();
        if (!context.write(data.mid(qsizetype(i) * chunk, chunk)))
            return context.cannotWrite();
        context.progress(i + 1, chunks);
    }
    return ExportOutcome::written(lines);
}

} // namespace astro::ui
