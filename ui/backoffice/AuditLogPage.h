#pragma once

#include "ui/backoffice/BackOfficePage.h"
#include "ui/common/ExportRunner.h"

#include <functional>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace astro::ui {

class AuditFilterBar;
class AuditLogModel;
class MessageStrip;
class Session;

// The audit log (Managers and Admins): who changed what and when, from what to what, at which
// location; searched and filtered by user, kind and days, read a page at a time as the list
// scrolls, and exported to CSV (everything the filter matches) on a thread of its own.
class AuditLogPage : public BackOfficePage
{
    Q_OBJECT

public:
    explicit AuditLogPage(Session& session, QWidget* parent = nullptr);

    // Asks where to write, then exports what the filter matches.
    void exportCsv();
    // Exports what the filter matches to `path` (no file dialog).
    void exportCsvTo(const QString& path);

    AuditFilterBar* filterBar() const { return m_filters; }
    AuditLogModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* countLabel() const { return m_count; }
    MessageStrip* messageStrip() const { return m_strip; }
    // While an export runs.
    ExportRunner* exportJob() const { return m_exports->isRunning() ? m_exports : nullptr; }
    QProgressDialog* exportProgress() const { return m_exports->progressDialog(); }
    // For tests: runs on the export's thread before it writes anything.
    void setBeforeExportWrites(std::function<void()> hook)
    {
        m_exports->setBeforeWriting(std::move(hook));
    }

protected:
    // Reads the first page of what the filter matches again.
    void load() override;
    void userChanged() override;

private:
    void retranslate();
    void updateActions();

    Session& m_session;
    QLabel* m_title;
    QLabel* m_hint;
    QLabel* m_roleHint;
    AuditFilterBar* m_filters;
    MessageStrip* m_strip;
    AuditLogModel* m_model;
    QTableView* m_view;
    QLabel* m_count;
    QPushButton* m_export;
    ExportRunner* m_exports;
};

} // namespace astro::ui
