#pragma once

#include "ui/common/ExportContext.h"

#include "storage/AuditLog.h"

#include <QHash>

namespace astro {
class Store;
}

namespace astro::ui {

// Writes every audit entry a filter matches as CSV (UTF-8 with a byte-order mark, each field
// guarded against formulas), for an ExportRunner. It reads and writes a page at a time, so a
// log of any size fits.
class AuditExportJob
{
    Q_DECLARE_TR_FUNCTIONS(AuditExportJob)

public:
    explicit AuditExportJob(AuditFilter filter) : m_filter(std::move(filter)) {}

    ExportOutcome operator()(Store& store, ExportContext& context) const;

    // The header and one row of the CSV, as the export writes them.
    static QStringList header();
    static QStringList row(const AuditEntry& entry, const QString& locationName,
                           const QHash<QString, QString>& distributors);

private:
    AuditFilter m_filter;
};

} // namespace astro::ui
