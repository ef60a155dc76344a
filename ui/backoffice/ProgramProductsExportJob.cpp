#include "ProgramProductsExportJob.h"

#include "programs/ProgramProductsExport.h"
#include "store/Store.h"

namespace astro::ui {

ExportOutcome ProgramProductsExportJob::operator()(Store& store, ExportContext& context) const
{
    qint64 rows = 0;
    auto csv = ProgramProductsExport::csv(store, m_subjectId, [&](qint64 done, qint64 total) {
        rows = done;
        context.progress(done, total);
        return !context.cancelled();
    });
    if (context.cancelled())
        return ExportOutcome::cancelled();
    if (!csv)
        return ExportOutcome::failed(csv.error().message);
    context.readyToWrite();
    if (!context.write(*csv))
        return context.cannotWrite();
    return ExportOutcome::written(rows);
}

} // namespace astro::ui
