#pragma once

#include "ui/backoffice/BackOfficePage.h"
#include "ui/common/ExportRunner.h"

#include "batches/BatchService.h"

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace astro::ui {

class BatchFilterBar;
class BatchLinesModel;
class BatchListModel;
class BatchTotalsModel;
class ElidedLabel;
class MessageStrip;
class Session;

// Retailer Free Goods Credit Batches (Managers and Admins): the batches by state with their
// totals per manufacturer and the lines of the chosen one; close, export (CSV, PDF), print,
// mark submitted and complete, and the cadence new batches follow.
class BatchesPage : public BackOfficePage
{
    Q_OBJECT

public:
    explicit BatchesPage(Session& session, QWidget* parent = nullptr);

    void selectBatch(qint64 batchId);
    std::optional<Batch> selectedBatch() const;

    // The actions of the buttons: each asks for confirmation, then the engine.
    void closeBatch();
    void submitBatch();
    void completeBatch();
    void exportCsv();
    void exportPdf();
    void print();

    BatchFilterBar* filterBar() const { return m_filters; }
    BatchListModel* batchesModel() const { return m_batches; }
    QTableView* batchesView() const { return m_batchesView; }
    BatchTotalsModel* totalsModel() const { return m_totals; }
    BatchLinesModel* linesModel() const { return m_lines; }
    QTableView* linesView() const { return m_linesView; }
    QPushButton* closeButton() const { return m_close; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* completeButton() const { return m_complete; }
    QPushButton* exportCsvButton() const { return m_exportCsv; }
    QPushButton* exportPdfButton() const { return m_exportPdf; }
    QPushButton* printButton() const { return m_print; }
    QComboBox* cadenceBox() const { return m_cadence; }
    MessageStrip* messageStrip() const { return m_strip; }
    // While an export or a print runs.
    ExportRunner* exportWorker() const { return m_exports->isRunning() ? m_exports : nullptr; }
    QProgressDialog* exportProgress() const { return m_exports->progressDialog(); }
    // For tests: runs on the export's thread before it writes anything.
    void setBeforeExportWrites(std::function<void()> hook)
    {
        m_exports->setBeforeWriting(std::move(hook));
    }

protected:
    // Reloads the list (and the chosen batch's lines), keeping the batch chosen.
    void load() override;
    void userChanged() override;
    void showEvent(QShowEvent* event) override;

private:
    enum class ExportKind
    {
        Csv,
        Pdf,
        Print
    };

    void retranslate();
    void updateActions();
    void showLines();
    void loadCadence();
    void changeCadence(int index);
    // The question before a change to the batches.
    bool confirm(const QString& action, const QString& question);
    using Transition = Status (BatchService::*)(const Actor&, qint64);
    void runTransition(Transition transition, const QString& title, const QString& question,
                       const QString& done);
    void startExport(ExportKind kind);
    QString chooseExportPath(const Batch& batch, ExportKind kind);
    std::shared_ptr<QPrinter> choosePrinter(qint64 batchId);
    // A written export closes the batch: the refusal, if any.
    QString markExported(qint64 batchId, const QString& path);

    Session& m_session;
    BatchFilterBar* m_filters;
    QLabel* m_title;
    QLabel* m_cadenceLabel;
    QComboBox* m_cadence;
    QLabel* m_roleHint;
    MessageStrip* m_strip;
    BatchListModel* m_batches;
    QTableView* m_batchesView;
    QLabel* m_totalsHeading;
    BatchTotalsModel* m_totals;
    QTableView* m_totalsView;
    QPushButton* m_close;
    QPushButton* m_submit;
    QPushButton* m_complete;
    QPushButton* m_exportCsv;
    QPushButton* m_exportPdf;
    QPushButton* m_print;
    ElidedLabel* m_linesHeading;
    BatchLinesModel* m_lines;
    QTableView* m_linesView;

    ExportRunner* m_exports;
    qint64 m_selectedId = 0;
};

} // namespace astro::ui
