#include "AuditLogPage.h"

#include "ui/backoffice/AuditExportJob.h"
#include "ui/backoffice/AuditFilterBar.h"
#include "ui/backoffice/AuditLogModel.h"
#include "ui/common/ColumnFitter.h"
#include "ui/common/ExportProgressDialog.h"
#include "ui/common/ExportRunner.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"

#include "store/Store.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

AuditLogPage::AuditLogPage(Session& session, QWidget* parent)
    : BackOfficePage(session, parent), m_session(session), m_title(new QLabel(this)),
      m_hint(new QLabel(this)), m_roleHint(new QLabel(this)),
      m_filters(new AuditFilterBar(session.store(), this)), m_strip(new MessageStrip(this)),
      m_model(new AuditLogModel(session.store(), this)), m_view(new QTableView(this)),
      m_count(new QLabel(this)), m_export(new QPushButton(this)),
      m_exports(new ExportRunner(session.store(), m_strip, this))
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
    connect(m_exports, &ExportRunner::finished, this, &AuditLogPage::updateActions);

    if (const QString problem = m_filters->reloadChoices(); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
}

void AuditLogPage::userChanged()
{
    if (const QString problem = m_filters->reloadChoices(); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    refreshWhenShown();
}

void AuditLogPage::load()
{
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
    m_export->setEnabled(allowed && !m_exports->isRunning() && m_model->rowCount() > 0);
}

void AuditLogPage::exportCsv()
{
    if (m_exports->isRunning() || !permits(Permission::ViewReports, m_strip))
        return;
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
    if (m_exports->isRunning() || !permits(Permission::ViewReports, m_strip))
        return;
    m_exports->start({.dialogName = QStringLiteral("auditExportProgress"),
                      .path = path,
                      .work = AuditExportJob(m_filters->filter()),
                      .written = [path](qint64 rows) {
                          return tr("%n audit entry(ies) exported to %1.", nullptr, int(rows))
                              .arg(QDir::toNativeSeparators(path));
                      }});
    updateActions();
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
    // What a screen reader calls each list and field without a label of its own.
    m_view->setAccessibleName(tr("Audit log"));
    const int shown = m_model->rowCount();
    m_count->setText(m_model->canFetchMore({})
                         ? tr("The newest %n entry(ies) shown; more as you scroll.", nullptr, shown)
                         : tr("%n entry(ies).", nullptr, shown));
}

} // namespace astro::ui
