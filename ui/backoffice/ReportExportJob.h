#pragma once

#include "ui/common/ExportContext.h"

#include "reports/ReportService.h"

#include <QHash>

namespace astro::ui {

// Writes a report (the redemptions of a period, or participation by program) as CSV, for an
// ExportRunner. It reads the redemptions a page at a time inside one read transaction, so the
// file is a consistent picture however long it takes and whatever the counter records meanwhile.
class ReportExportJob
{
    Q_DECLARE_TR_FUNCTIONS(ReportExportJob)

public:
    enum class Report
    {
        Redemptions,
        Participation
    };

    // Location names for the file (ids are written for unknown ones).
    ReportExportJob(Report report, ReportPeriod period, QHash<QString, QString> locationNames)
        : m_report(report), m_period(std::move(period)), m_locationNames(std::move(locationNames))
    {}

    ExportOutcome operator()(Store& store, ExportContext& context) const;

    static QStringList redemptionHeader();
    static QStringList redemptionRow(const ReportRedemption& r, const QString& locationName);
    static QStringList participationHeader();
    static QStringList participationRow(const ProgramParticipation& p);

private:
    ExportOutcome writeRedemptions(ReportService& reports, qint64 total,
                                   ExportContext& context) const;

    Report m_report;
    ReportPeriod m_period;
    QHash<QString, QString> m_locationNames;
};

} // namespace astro::ui
