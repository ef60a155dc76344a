#include "BatchesPage.h"

#include "ui/backoffice/BatchExportJob.h"
#include "ui/backoffice/BatchFilterBar.h"
#include "ui/backoffice/BatchLinesModel.h"
#include "ui/backoffice/BatchListModel.h"
#include "ui/backoffice/BatchTotalsModel.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/ExportProgressDialog.h"
#include "ui/common/ExportRunner.h"
#include "ui/common/FlowLayout.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"
#include "ui/shell/SplitterMemory.h"

#include "batches/BatchExport.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

namespace {

// "batch-12-tiny-paws-co": a file name that says what the file is.
QString suggestedName(const Batch& batch)
{
    QString brand = batch.manufacturerName.toLower();
    // Letters of any language stay ("côté"); the rest becomes dashes.
    brand.replace(QRegularExpression(QStringLiteral("[^\\w]+"),
                                     QRegularExpression::UseUnicodePropertiesOption),
                  QStringLiteral("-"));
    brand.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return QStringLiteral("batch-%1-%2").arg(batch.id).arg(brand);
}

} // namespace

BatchesPage::BatchesPage(Session& session, QWidget* parent)
    : BackOfficePage(session, parent), m_session(session),
      m_filters(new BatchFilterBar(session.store(), this)), m_title(new QLabel(this)),
      m_cadenceLabel(new QLabel(this)), m_cadence(new QComboBox(this)),
      m_roleHint(new QLabel(this)), m_strip(new MessageStrip(this)),
      m_batches(new BatchListModel(session.store().batches(), this)),
      m_batchesView(new QTableView(this)), m_totalsHeading(new QLabel(this)),
      m_totals(new BatchTotalsModel(this)), m_totalsView(new QTableView(this)),
      m_close(new QPushButton(this)), m_submit(new QPushButton(this)),
      m_complete(new QPushButton(this)), m_exportCsv(new QPushButton(this)),
      m_exportPdf(new QPushButton(this)), m_print(new QPushButton(this)),
      m_linesHeading(new ElidedLabel(this)),
      m_lines(new BatchLinesModel(session.store().batches(), this)),
      m_linesView(new QTableView(this)), m_exports(new ExportRunner(session.store(), m_strip, this))
{
    setObjectName(QStringLiteral("batchesPage"));
    Theme::setRole(m_title, "heading");
    Theme::setRole(m_totalsHeading, "heading");
    Theme::setRole(m_linesHeading, "heading");
    Theme::setRole(m_roleHint, "hint");
    m_roleHint->setWordWrap(true);
    m_cadence->setObjectName(QStringLiteral("batchCadence"));
    m_cadenceLabel->setBuddy(m_cadence);
    for (BatchCadence c : {BatchCadence::Weekly, BatchCadence::BiWeekly, BatchCadence::Monthly})
        m_cadence->addItem(label(c), toCode(c));

    m_close->setObjectName(QStringLiteral("batchCloseButton"));
    m_submit->setObjectName(QStringLiteral("batchSubmitButton"));
    m_complete->setObjectName(QStringLiteral("batchCompleteButton"));
    m_exportCsv->setObjectName(QStringLiteral("batchExportCsvButton"));
    m_exportPdf->setObjectName(QStringLiteral("batchExportPdfButton"));
    m_print->setObjectName(QStringLiteral("batchPrintButton"));
    Theme::setRole(m_submit, "primary");

    m_batchesView->setObjectName(QStringLiteral("batchesView"));
    m_batchesView->setModel(m_batches);
    setUpTable(m_batchesView, 32, {.alternatingRows = true});
    // Brand names are short; store names are long and share what is left.
    fitColumns(m_batchesView, {BatchListModel::LocationColumn});
    m_totalsView->setObjectName(QStringLiteral("batchTotalsView"));
    m_totalsView->setModel(m_totals);
    setUpTable(m_totalsView, 48,
               {.selectionMode = QAbstractItemView::NoSelection, .alternatingRows = true});
    m_totalsView->setFocusPolicy(Qt::NoFocus);
    m_totalsView->setItemDelegateForColumn(
        BatchTotalsModel::ManufacturerColumn,
        new TwoLineItemDelegate(BatchTotalsModel::BatchCountRole, this));
    fitColumns(m_totalsView, {BatchTotalsModel::ManufacturerColumn});
    m_linesView->setObjectName(QStringLiteral("batchLinesView"));
    m_linesView->setModel(m_lines);
    setUpTable(m_linesView, 48, {.alternatingRows = true});
    // The card over its program, the item over its UPC; manufacturer and location are the
    // batch's own, named in the heading.
    auto* twoLines = new TwoLineItemDelegate(BatchLinesModel::SecondLineRole, this);
    m_linesView->setItemDelegateForColumn(BatchLinesModel::CardColumn, twoLines);
    m_linesView->setItemDelegateForColumn(BatchLinesModel::ItemColumn, twoLines);
    for (int column : {BatchLinesModel::ProgramColumn, BatchLinesModel::UpcColumn,
                       BatchLinesModel::ManufacturerColumn, BatchLinesModel::LocationColumn})
        m_linesView->setColumnHidden(column, true);
    fitColumns(m_linesView, {BatchLinesModel::CardColumn, BatchLinesModel::ItemColumn});

    auto* totals = new QVBoxLayout;
    totals->setSpacing(4);
    totals->addWidget(m_totalsHeading);
    totals->addWidget(m_totalsView, 1);
    auto* lists = new QHBoxLayout;
    lists->setSpacing(12);
    lists->addWidget(m_batchesView, 3);
    lists->addLayout(totals, 1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(8);
    topLayout->addLayout(lists, 1);
    // The batch's steps at the left, its exports at the right; on a narrow window they wrap.
    auto* actions = new FlowLayout;
    topLayout->addLayout(actions);
    actions->setSpacing(8);
    actions->addGroup({m_close, m_submit, m_complete}, 8);
    actions->addStretch();
    actions->addGroup({m_exportCsv, m_exportPdf, m_print}, 8);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 8, 0, 0);
    bottomLayout->setSpacing(4);
    bottomLayout->addWidget(m_linesHeading);
    bottomLayout->addWidget(m_linesView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    SplitterMemory::keep(splitter, QStringLiteral("batches"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    // The cadence wraps under the title on a narrow window.
    auto* header = new FlowLayout;
    layout->addLayout(header);
    header->setSpacing(12);
    header->addWidget(m_title);
    header->addStretch();
    header->addGroup({m_cadenceLabel, m_cadence});
    layout->addWidget(m_roleHint);
    layout->addWidget(m_filters);
    layout->addWidget(m_strip);
    layout->addWidget(splitter, 1);

    connect(m_filters, &BatchFilterBar::changed, this, &BatchesPage::refresh);
    connect(m_batchesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_selectedId =
                    current.isValid() ? current.data(BatchListModel::BatchIdRole).toLongLong() : 0;
                showLines();
                updateActions();
            });
    connect(m_close, &QPushButton::clicked, this, &BatchesPage::closeBatch);
    connect(m_submit, &QPushButton::clicked, this, &BatchesPage::submitBatch);
    connect(m_complete, &QPushButton::clicked, this, &BatchesPage::completeBatch);
    connect(m_exportCsv, &QPushButton::clicked, this, &BatchesPage::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &BatchesPage::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &BatchesPage::print);
    connect(m_cadence, &QComboBox::activated, this, &BatchesPage::changeCadence);
    // The export's message is said; the batch may have closed meanwhile.
    connect(m_exports, &ExportRunner::finished, this, &BatchesPage::refresh);

    if (const QString problem = m_filters->reloadChoices(); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    loadCadence();
    retranslate();
}

void BatchesPage::userChanged()
{
    loadCadence();
    updateActions();
}

void BatchesPage::load()
{
    m_filters->setToday(m_session.store().now().toLocalTime().date());
    const qint64 keep = m_selectedId;
    const QString problem = m_batches->load(m_filters->filter());
    if (!problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    m_totals->setBatches(m_batches->batches());
    int row = m_batches->rowOf(keep);
    if (row < 0 && m_batches->rowCount() > 0)
        row = 0;
    m_selectedId = 0;
    if (row >= 0) {
        m_batchesView->selectRow(row);
    } else {
        showLines();
        updateActions();
    }
    retranslate();
}

void BatchesPage::selectBatch(qint64 batchId)
{
    const int row = m_batches->rowOf(batchId);
    if (row >= 0)
        m_batchesView->selectRow(row);
}

std::optional<Batch> BatchesPage::selectedBatch() const
{
    const int row = m_batches->rowOf(m_selectedId);
    if (row < 0)
        return std::nullopt;
    return m_batches->batchAt(row);
}

void BatchesPage::showLines()
{
    const QString problem = m_lines->load(m_selectedId);
    if (!problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    retranslate();
}

void BatchesPage::updateActions()
{
    const bool manage = m_session.allows(Permission::ManageBatches);
    const std::optional<Batch> b = selectedBatch();
    const bool idle = !m_exports->isRunning();
    const auto is = [&](std::initializer_list<BatchStatus> states) {
        return b && std::find(states.begin(), states.end(), b->status) != states.end();
    };
    m_close->setEnabled(manage && idle && is({BatchStatus::Open}));
    m_submit->setEnabled(manage && idle && is({BatchStatus::Open, BatchStatus::Closed}) &&
                         b->lineCount > 0);
    m_complete->setEnabled(manage && idle && is({BatchStatus::Submitted}));
    for (QPushButton* button : {m_exportCsv, m_exportPdf, m_print})
        button->setEnabled(manage && idle && b && b->lineCount > 0);
    m_cadence->setEnabled(manage);
    m_roleHint->setVisible(!manage);
}

bool BatchesPage::confirm(const QString& action, const QString& question)
{
    return ConfirmDialog::ask(this, QStringLiteral("batchConfirmation"), action, question);
}

void BatchesPage::runTransition(Transition transition, const QString& title,
                                const QString& question, const QString& done)
{
    const std::optional<Batch> batch = selectedBatch();
    if (!batch)
        return;
    if (!permits(Permission::ManageBatches, m_strip) || !confirm(title, question))
        return;
    const Status changed = (m_session.store().batches().*transition)(m_session.actor(), batch->id);
    if (!changed) {
        m_strip->showMessage(MessageStrip::Kind::Error, changed.error().message);
        refresh();
        return;
    }
    m_session.notifyChanged();
    refresh();
    m_strip->showMessage(MessageStrip::Kind::Success, done);
}

void BatchesPage::closeBatch()
{
    const std::optional<Batch> b = selectedBatch();
    if (!b)
        return;
    runTransition(&BatchService::close, tr("Close batch"),
                  tr("Close batch %1 (%2, %3) for new rewards? The next rewards for %2 at this "
                     "location go to a new batch.")
                      .arg(b->id)
                      .arg(b->manufacturerName, b->locationName),
                  tr("Batch %1 is closed.").arg(b->id));
}

void BatchesPage::submitBatch()
{
    const std::optional<Batch> b = selectedBatch();
    if (!b)
        return;
    QString question = tr("Mark batch %1 as submitted to %2? Do it once its report (%3 for "
                          "%n redemption(s)) was sent to the manufacturer or brand rep.",
                          nullptr, b->lineCount)
                           .arg(b->id)
                           .arg(b->manufacturerName, b->total.format(QLocale()));
    if (b->status == BatchStatus::Open)
        question += QLatin1Char(' ') + tr("The batch also closes for new rewards.");
    runTransition(&BatchService::submit, tr("Mark submitted"), question,
                  tr("Batch %1 is submitted.").arg(b->id));
}

void BatchesPage::completeBatch()
{
    const std::optional<Batch> b = selectedBatch();
    if (!b)
        return;
    runTransition(&BatchService::complete, tr("Mark complete"),
                  tr("Mark batch %1 as complete? Do it once %2 has credited the store %3.")
                      .arg(b->id)
                      .arg(b->manufacturerName, b->total.format(QLocale())),
                  tr("Batch %1 is complete.").arg(b->id));
}

void BatchesPage::exportCsv()
{
    startExport(ExportKind::Csv);
}

void BatchesPage::exportPdf()
{
    startExport(ExportKind::Pdf);
}

void BatchesPage::print()
{
    startExport(ExportKind::Print);
}

QString BatchesPage::chooseExportPath(const Batch& batch, ExportKind kind)
{
    const bool csv = kind == ExportKind::Csv;
    QFileDialog dialog(this, csv ? tr("Export batch %1 as CSV").arg(batch.id)
                                 : tr("Export batch %1 as PDF").arg(batch.id));
    dialog.setObjectName(QStringLiteral("batchExportFileDialog"));
    // Qt's own dialog: the same on every desktop, and tests can drive it.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(csv ? tr("CSV spreadsheet (*.csv)") : tr("PDF document (*.pdf)"));
    dialog.setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("pdf"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(suggestedName(batch) +
                      (csv ? QStringLiteral(".csv") : QStringLiteral(".pdf")));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

std::shared_ptr<QPrinter> BatchesPage::choosePrinter(qint64 batchId)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(tr("Retailer Free Goods Credit Batch %1").arg(batchId));
    QPrintDialog dialog(printer.get(), this);
    dialog.setObjectName(QStringLiteral("batchPrintDialog"));
    dialog.setWindowTitle(tr("Print batch %1").arg(batchId));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return printer;
}

void BatchesPage::startExport(ExportKind kind)
{
    const std::optional<Batch> batch = selectedBatch();
    if (!batch || m_exports->isRunning() || !permits(Permission::ManageBatches, m_strip))
        return;
    const qint64 id = batch->id;
    // Exporting is how a batch goes out to the brand, so it closes it (printing does not).
    if (kind != ExportKind::Print && batch->status == BatchStatus::Open &&
        !confirm(tr("Export"), tr("Exporting closes batch %1 for new rewards: the next rewards "
                                  "for %2 at this location go to a new batch. Export it?")
                                   .arg(id)
                                   .arg(batch->manufacturerName)))
        return;

    ExportRunner::Job job{.dialogName = QStringLiteral("batchExportProgress")};
    if (kind == ExportKind::Print) {
        auto printer = choosePrinter(id);
        if (!printer)
            return;
        job.work = BatchExportJob(id, BatchExportJob::Target::Printer, QLocale(), printer);
        job.written = [id](qint64 lines) {
            return tr("Batch %1 was sent to the printer (%n line(s)).", nullptr, int(lines))
                .arg(id);
        };
        job.title = tr("Print");
        job.label = tr("Printing batch %1…").arg(id);
        job.cancelled = tr("Printing was cancelled.");
    } else {
        const QString path = chooseExportPath(*batch, kind);
        if (path.isEmpty())
            return;
        job.path = path;
        job.work = BatchExportJob(
            id, kind == ExportKind::Csv ? BatchExportJob::Target::Csv : BatchExportJob::Target::Pdf,
            QLocale());
        job.written = [id, path](qint64 lines) {
            return tr("Batch %1 exported to %2 (%n line(s)).", nullptr, int(lines))
                .arg(id)
                .arg(QDir::toNativeSeparators(path));
        };
        job.afterWritten = [this, id, path] {
            return markExported(id, path);
        };
    }
    m_exports->start(std::move(job));
    updateActions();
}

QString BatchesPage::markExported(qint64 batchId, const QString& path)
{
    // As the CLI does: a written export closes a batch still open.
    const Status marked = BatchExport::markExported(m_session.store(), m_session.actor(), batchId);
    m_session.notifyChanged();
    if (marked)
        return {};
    return tr("Batch %1 was exported to %2, but it could not be closed: %3")
        .arg(batchId)
        .arg(QDir::toNativeSeparators(path), marked.error().message);
}

void BatchesPage::loadCadence()
{
    const QSignalBlocker quiet(m_cadence);
    auto cadence = m_session.store().batches().cadence();
    if (!cadence) {
        m_strip->showMessage(MessageStrip::Kind::Error, cadence.error().message);
        return;
    }
    m_cadence->setCurrentIndex(qMax(0, m_cadence->findData(toCode(*cadence))));
}

void BatchesPage::changeCadence(int index)
{
    const std::optional<BatchCadence> chosen =
        fromCode<BatchCadence>(m_cadence->itemData(index).toString());
    auto current = m_session.store().batches().cadence();
    if (!chosen || !current) {
        if (!current)
            m_strip->showMessage(MessageStrip::Kind::Error, current.error().message);
        loadCadence();
        return;
    }
    if (*chosen == *current)
        return;
    if (!permits(Permission::ManageBatches, m_strip)) {
        loadCadence();
        return;
    }
    if (!confirm(tr("Change the cadence"),
                 tr("New batches will take rewards for a %1 period (now %2). Batches already "
                    "open keep their period. Change it?")
                     .arg(label(*chosen).toLower(), label(*current).toLower()))) {
        loadCadence();
        return;
    }
    if (const Status set = m_session.store().batches().setCadence(m_session.actor(), *chosen);
        !set) {
        m_strip->showMessage(MessageStrip::Kind::Error, set.error().message);
        loadCadence();
        return;
    }
    m_session.notifyChanged();
    m_strip->showMessage(MessageStrip::Kind::Success,
                         tr("New batches now follow a %1 cadence.").arg(label(*chosen).toLower()));
}

void BatchesPage::retranslate()
{
    setWindowTitle(tr("Free goods batches"));
    m_title->setText(tr("Retailer Free Goods Credit Batches"));
    m_cadenceLabel->setText(tr("New batches &cadence"));
    for (int i = 0; i < m_cadence->count(); ++i)
        m_cadence->setItemText(i,
                               label(*fromCode<BatchCadence>(m_cadence->itemData(i).toString())));
    m_cadence->setToolTip(tr("How long a new batch takes rewards before it closes by itself."));
    m_roleHint->setText(
        tr("Only a Manager or an Admin can close, export, submit or complete batches."));
    m_totalsHeading->setText(tr("Totals by manufacturer"));
    m_close->setText(tr("Close batch"));
    m_submit->setText(tr("Mark submitted"));
    m_complete->setText(tr("Mark complete"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportPdf->setText(tr("Export PDF…"));
    m_print->setText(tr("Print…"));
    // What a screen reader calls each list and field without a label of its own.
    m_batchesView->setAccessibleName(tr("Batches"));
    m_totalsView->setAccessibleName(m_totalsHeading->text());
    m_linesView->setAccessibleName(tr("Lines of the selected batch"));
    const std::optional<Batch> b = selectedBatch();
    // The period is in the batch's row above; the heading names what every line shares.
    m_linesHeading->setText(b ? tr("Batch %1: %2 at %3 — %n line(s)", nullptr, m_lines->lineCount())
                                    .arg(b->id)
                                    .arg(b->manufacturerName, b->locationName)
                              : tr("Choose a batch to see its lines."));
}

void BatchesPage::showEvent(QShowEvent* event)
{
    // Rewards given at the counter since the page was last seen land in open batches; a
    // catalog import may have brought new brands.
    if (const QString problem = m_filters->reloadChoices(); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    refresh();
    BackOfficePage::showEvent(event);
}

} // namespace astro::ui
