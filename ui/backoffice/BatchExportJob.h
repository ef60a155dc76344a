#pragma once

#include "ui/common/ExportContext.h"

#include <QLocale>

#include <memory>

class QPrinter;

namespace astro {
class Store;
}

namespace astro::ui {

// Writes one batch's report, for an ExportRunner: as CSV or PDF to the export's file, or painted
// on a printer. Cancel stops it between lines or pages.
class BatchExportJob
{
    Q_DECLARE_TR_FUNCTIONS(BatchExportJob)

public:
    enum class Target
    {
        Csv,
        Pdf,
        Printer
    };

    // `printer` (Printer only) is shared with the job, so it lives until the job is done.
    BatchExportJob(qint64 batchId, Target target, QLocale locale,
                   std::shared_ptr<QPrinter> printer = {})
        : m_batchId(batchId), m_target(target), m_locale(std::move(locale)),
          m_printer(std::move(printer))
    {}

    ExportOutcome operator()(Store& store, ExportContext& context) const;

private:
    static ExportOutcome writeCsv(const QByteArray& data, int lines, ExportContext& context);

    qint64 m_batchId;
    Target m_target;
    QLocale m_locale;
    std::shared_ptr<QPrinter> m_printer;
};

} // namespace astro::ui
