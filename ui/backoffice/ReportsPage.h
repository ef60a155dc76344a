#pragma once

#include "ui/backoffice/BackOfficePage.h"
#include "ui/common/ExportRunner.h"

#include "common/Result.h"
#include "reports/ReportService.h"

#include <QHash>

#include <functional>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTabWidget;
class QTableView;

namespace astro::ui {

class BackgroundReader;
class MessageStrip;
class ReportFilterBar;
class ReportParticipationModel;
class ReportRedemptionsModel;
class Session;

// Reports (Managers and Admins), over chosen days and one location or all: the redemptions
// (read a page at a time, with the totals), and participation by program (units punched, cards
// completed, rewards redeemed and their cost). The totals and participation are read off the
// GUI thread; each report exports to CSV on a thread of its own.
class ReportsPage : public BackOfficePage
{
    Q_OBJECT

public:
    explicit ReportsPage(Session& session, QWidget* parent = nullptr);

    // The totals and participation are being read.
    bool isReading() const;
    // Asks where to write, then exports the shown tab's report.
    void exportCsv();
    // Exports the shown tab's report to `path` (no file dialog).
    void exportCsvTo(const QString& path);

    ReportFilterBar* filterBar() const { return m_filters; }
    QTabWidget* tabs() const { return m_tabs; }
    ReportRedemptionsModel* redemptionsModel() const { return m_redemptions; }
    ReportParticipationModel* participationModel() const { return m_participation; }
    QTableView* redemptionsView() const { return m_redemptionsView; }
    QTableView* participationView() const { return m_participationView; }
    QLabel* totalLabel() const { return m_total; }
    QPushButton* exportButton() const { return m_export; }
    MessageStrip* messageStrip() const { return m_strip; }
    BackgroundReader* reader() const { return m_reader; }
    ExportRunner* exportJob() const { return m_exports->isRunning() ? m_exports : nullptr; }
    QProgressDialog* exportProgress() const { return m_exports->progressDialog(); }
    // For tests: runs on the export's thread before it writes anything.
    void setBeforeExportWrites(std::function<void()> hook)
    {
        m_exports->setBeforeWriting(std::move(hook));
    }

protected:
    // Reads the redemptions' first page now, their totals and participation off the GUI thread.
    void load() override;
    // Signed in or out, or at another location: the locations offered and the report follow.
    void userChanged() override;

private:
    struct Figures;
    void retranslate();
    // Shows what was read, or the first problem: `problem` (the redemptions') or the read's.
    void showFigures(QString problem, Result<Figures> figures);
    void updateActions();
    QHash<QString, QString> locationNames() const;

    Session& m_session;
    BackgroundReader* m_reader;
    QLabel* m_title;
    QLabel* m_hint;
    QLabel* m_roleHint;
    ReportFilterBar* m_filters;
    MessageStrip* m_strip;
    QTabWidget* m_tabs;
    ReportRedemptionsModel* m_redemptions;
    QTableView* m_redemptionsView;
    ReportParticipationModel* m_participation;
    QTableView* m_participationView;
    QLabel* m_total;
    QPushButton* m_export;
    RedemptionTotals m_totals;
    ExportRunner* m_exports;
};

} // namespace astro::ui
