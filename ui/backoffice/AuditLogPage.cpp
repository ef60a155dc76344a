#include "AuditLogPage.h"

#include "ui/backoffice/AuditFilterBar.h"
#include "ui/backoffice/AuditLogModel.h"
#include "ui/common/ColumnFitter.h"
#include "ui/common/ExportProgressDialog.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"

#include "store/Store.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

AuditLogPage::AuditLogPage(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_hint(new QLabel(this)),
      m_roleHint(new QLabel(this)), m_filters(new AuditFilterBar(session.store(), this)),
      m_strip(new MessageStrip(this)), m_model(new AuditLogModel(session.store(), this)),
      m_view(new QTableView(this)), m_count(new QLabel(this)), m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("auditLogPage"));
    Theme::setRole(m_title, "heading");
    Theme::setRole(m_hint, "hint");
    m_hint->setWordWrap(true);
    Theme::setRole(m_roleHint, "hint");
    m_roleHint->setWordWrap(true);
    Theme::setRole(m_count, "hint");
    m_export->setObjectName(QStringLiteral("auditExportButton"));

    m_view->setObjectName(QStringLiteral("auditLogView"));
    m_view->setModel(m_model);
    setUpTable(m_view, 44, {.alternatingRows = true, .fixedColumnWidths = true});
    // What was changed over its kind (and, for an enrollment, its location).
    m_view->setItemDelegateForColumn(AuditLogModel::SubjectColumn,
                                     new TwoLineItemDelegate(AuditLogModel::SecondLineRole, this));
    // Each column as wide as what it shows while there is room; on a narrow screen the widest
    // give way (elided) before what was changed, which takes the rest: never a sideways scroll.
    new ColumnFitter(m_view, AuditLogModel::SubjectColumn,
                     16 * fontMetrics().horizontalAdvance(QLatin1Char('M')));

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_roleHint);
    layout->addWidget(m_filters);
    layout->addWidget(m_strip);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_filters, &AuditFilterBar::changed, this, &AuditLogPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
    // The list reads more as it scrolls: the count follows.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditLogPage::retranslate);
    for (auto signal : {&Session::signedIn, &Session::signedOut})
        connect(&m_session, signal, this, [this] {
            if (const QString problem = m_filters->reloadChoices(); !problem.isEmpty())
                m_strip->showMessage(MessageStrip::Kind::Error, problem);
            refresh();
        });
    connect(&m_session, &Session::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });

    if (const QString problem = m_filters->reloadChoices(); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    refresh();
}

AuditLogPage::~AuditLogPage()
{
    // Stop the export's thread before the page it reports to goes.
    delete m_job;
}

AuditExportJob* AuditLogPage::exportJob() const
{
    return m_job;
}

QProgressDialog* AuditLogPage::exportProgress() const
{
    return m_progress;
}

void AuditLogPage::refresh()
{
    m_stale = false;
    m_filters->setToday(m_session.store().now().toLocalTime().date());
    // The log is for Managers and Admins: nobody else reads it, even by accident.
    if (!m_session.allows(Permission::ViewReports)) {
        m_model->clear();
    } else if (const QString problem = m_model->load(m_filters->filter()); !problem.isEmpty()) {
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    }
    retranslate();
    updateActions();
}

void AuditLogPage::updateActions()
{
    const bool allowed = m_session.allows(Permission::ViewReports);
    m_roleHint->setVisible(!allowed);
    m_filters->setEnabled(allowed);
    m_export->setEnabled(allowed && !m_job && m_model->rowCount() > 0);
}

void AuditLogPage::exportCsv()
{
    if (m_job)
        return;
    if (auto ok = Permissions::check(m_session.actor(), Permission::ViewReports); !ok) {
        m_strip->showMessage(MessageStrip::Kind::Error, ok.error().message);
        return;
    }
    QFileDialog dialog(this, tr("Export the audit log as CSV"));
    dialog.setObjectName(QStringLiteral("auditExportFileDialog"));
    // Qt's own dialog: the same on every desktop, and tests can drive it.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(tr("CSV spreadsheet (*.csv)"));
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(
        QStringLiteral("audit-log-%1.csv")
            .arg(m_session.store().now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportCsvTo(dialog.selectedFiles().constFirst());
}

void AuditLogPage::exportCsvTo(const QString& path)
{
    if (m_job)
        return;
    if (auto ok = Permissions::check(m_session.actor(), Permission::ViewReports); !ok) {
        m_strip->showMessage(MessageStrip::Kind::Error, ok.error().message);
        return;
    }
    auto* job = new AuditExportJob(m_session.store().db().path(), m_filters->filter(), path, this);
    job->setBeforeWriting(m_beforeWrites);
    auto* progress =
        new ExportProgressDialog(QStringLiteral("auditExportProgress"), tr("Export"),
                                 tr("Writing %1…").arg(QFileInfo(path).fileName()), this);
    connect(progress, &QProgressDialog::canceled, job, [job, progress] {
        job->cancel();
        progress->showCancelling();
    });
    connect(job, &AuditExportJob::progress, progress, &ExportProgressDialog::showRows);
    connect(job, &AuditExportJob::finished, this, &AuditLogPage::exportFinished);
    m_job = job;
    m_progress = progress;
    updateActions();
    progress->show();
    job->start();
}

void AuditLogPage::exportFinished(AuditExportJob::Outcome outcome, qint64 rows,
                                  const QString& message)
{
    const QString path = m_job ? m_job->filePath() : QString();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_progress = nullptr;
    updateActions();
    switch (outcome) {
    case AuditExportJob::Outcome::Written:
        m_strip->showMessage(MessageStrip::Kind::Success,
                             tr("%n audit entry(ies) exported to %1.", nullptr, int(rows))
                                 .arg(QDir::toNativeSeparators(path)));
        break;
    case AuditExportJob::Outcome::Cancelled:
        m_strip->showMessage(MessageStrip::Kind::Info,
                             tr("The export was cancelled; no file was written."));
        break;
    case AuditExportJob::Outcome::Failed:
        m_strip->showMessage(MessageStrip::Kind::Error, message);
        break;
    }
}

void AuditLogPage::retranslate()
{
    setWindowTitle(tr("Audit log"));
    m_title->setText(tr("Audit log"));
    m_hint->setText(tr("Every change to enrollments, account numbers, credits, batches, users "
                       "and settings: who made it, when, where, and the old and new values. "
                       "Entries are only added, never changed or removed."));
    m_roleHint->setText(tr("Only a Manager or an Admin can read the audit log."));
    m_export->setText(tr("Export CSV…"));
    const int shown = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({})
                         ? tr("The newest %n entry(ies) shown; more as you scroll.", nullptr, shown)
                         : tr("%n entry(ies).", nullptr, shown));
}

void AuditLogPage::changeEvent(QEvent* event)
{
    // Reloading re-reads the fields, values and dates in the new language too.
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void AuditLogPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

} // namespace astro::ui
