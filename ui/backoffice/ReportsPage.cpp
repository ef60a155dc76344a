#include "ReportsPage.h"

#include "ui/backoffice/ReportExportJob.h"
#include "ui/backoffice/ReportFilterBar.h"
#include "ui/backoffice/ReportParticipationModel.h"
#include "ui/backoffice/ReportRedemptionsModel.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/ColumnFitter.h"
#include "ui/common/ExportProgressDialog.h"
#include "ui/common/ExportRunner.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/ReadingLook.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"

#include "store/Store.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

namespace {

QTableView* reportView(QWidget* parent, const char* name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    setUpTable(view, 30, {.alternatingRows = true, .fixedColumnWidths = true});
    return view;
}

} // namespace

// What one read brings: over a chain's month these take seconds to add up.
struct ReportsPage::Figures
{
    RedemptionTotals totals;
    std::vector<ProgramParticipation> participation;
};

ReportsPage::ReportsPage(Session& session, QWidget* parent)
    : BackOfficePage(session, parent), m_session(session),
      m_reader(new BackgroundReader(session.store().db().path(), session.store().clock(), this)),
      m_title(new QLabel(this)), m_hint(new QLabel(this)), m_roleHint(new QLabel(this)),
      m_filters(new ReportFilterBar(session.store(), this)), m_strip(new MessageStrip(this)),
      m_tabs(new QTabWidget(this)),
      m_redemptions(new ReportRedemptionsModel(session.store(), this)),
      m_redemptionsView(reportView(this, "reportRedemptionsView")),
      m_participation(new ReportParticipationModel(this)),
      m_participationView(reportView(this, "reportParticipationView")), m_total(new QLabel(this)),
      m_export(new QPushButton(this)), m_exports(new ExportRunner(session.store(), m_strip, this))
{
    setObjectName(QStringLiteral("reportsPage"));
    Theme::setRole(m_title, "heading");
    Theme::setRole(m_hint, "hint");
    m_hint->setWordWrap(true);
    Theme::setRole(m_roleHint, "hint");
    m_roleHint->setWordWrap(true);
    m_total->setObjectName(QStringLiteral("reportTotal"));
    m_export->setObjectName(QStringLiteral("reportExportButton"));
    m_tabs->setObjectName(QStringLiteral("reportTabs"));

    m_redemptionsView->setModel(m_redemptions);
    m_redemptionsView->setTextElideMode(Qt::ElideRight);
    // Each column as wide as what it shows while there is room; on a narrower screen the widest
    // give way (elided, whole in their tooltip) before the item, which takes the rest: never a
    // sideways scroll, at 1366 px or at 1024.
    new ColumnFitter(m_redemptionsView, ReportRedemptionsModel::ItemColumn,
                     10 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    // Tens of programs at most: the columns fit their contents; the program takes the rest.
    m_participationView->setModel(m_participation);
    QHeaderView* participationHeader = m_participationView->horizontalHeader();
    participationHeader->setStretchLastSection(false);
    participationHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    participationHeader->setSectionResizeMode(ReportParticipationModel::ProgramColumn,
                                              QHeaderView::Stretch);
    m_tabs->addTab(m_redemptionsView, QString());
    m_tabs->addTab(m_participationView, QString());

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_total, 1);
    footer->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_roleHint);
    layout->addWidget(m_filters);
    layout->addWidget(m_strip);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(footer);

    ReadingLook::showOn(m_reader, {m_participationView});
    connect(m_reader, &BackgroundReader::busyChanged, this, &ReportsPage::retranslate);
    connect(m_filters, &ReportFilterBar::changed, this, &ReportsPage::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReportsPage::retranslate);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(&m_session, &Session::locationChanged, this, &ReportsPage::userChanged);
    connect(m_exports, &ExportRunner::finished, this, &ReportsPage::updateActions);

    if (const QString problem = m_filters->reloadLocations(m_session.locationId());
        !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
}

void ReportsPage::userChanged()
{
    if (const QString problem = m_filters->reloadLocations(m_session.locationId());
        !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    refreshWhenShown();
}

QHash<QString, QString> ReportsPage::locationNames() const
{
    QHash<QString, QString> names;
    const QComboBox* box = m_filters->locationBox();
    for (int i = 1; i < box->count(); ++i)
        names.insert(box->itemData(i).toString(), box->itemText(i));
    return names;
}

void ReportsPage::load()
{
    m_filters->setToday(m_session.store().now().toLocalTime().date());
    // Reports are for Managers and Admins: nobody else reads them, even by accident.
    if (!m_session.allows(Permission::ViewReports)) {
        m_totals = RedemptionTotals{};
        m_redemptions->clear();
        m_participation->clear();
    } else {
        const ReportPeriod period = m_filters->period();
        const QString problem = m_redemptions->load(period, locationNames());
        m_reader->read<Figures>(
            [period](Store& store) -> Result<Figures> {
                ReportService reports(store);
                auto totals = reports.redemptionsTotal(period);
                if (!totals)
                    return totals.error();
                auto participation = reports.participation(period);
                if (!participation)
                    return participation.error();
                return Figures{*totals, std::move(participation).value()};
            },
            [this, problem](Result<Figures> figures) { showFigures(problem, std::move(figures)); });
    }
    retranslate();
    updateActions();
}

bool ReportsPage::isReading() const
{
    return m_reader->busy();
}

void ReportsPage::showFigures(QString problem, Result<Figures> figures)
{
    // Signed out, or a Cashier signed in, while they were read: they stay unseen.
    if (!m_session.allows(Permission::ViewReports))
        return;
    if (figures) {
        m_totals = figures->totals;
        m_participation->setRows(std::move(figures->participation));
    } else {
        m_totals = RedemptionTotals{};
        m_participation->clear();
        if (problem.isEmpty())
            problem = figures.error().message;
    }
    if (problem.isEmpty())
        m_strip->clear();
    else
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    retranslate();
}

void ReportsPage::updateActions()
{
    const bool allowed = m_session.allows(Permission::ViewReports);
    m_roleHint->setVisible(!allowed);
    m_filters->setEnabled(allowed);
    m_export->setEnabled(allowed && !m_exports->isRunning());
}

void ReportsPage::exportCsv()
{
    if (m_exports->isRunning() || !permits(Permission::ViewReports, m_strip))
        return;
    const bool redemptions = m_tabs->currentIndex() == 0;
    QFileDialog dialog(this, redemptions ? tr("Export the redemptions as CSV")
                                         : tr("Export participation as CSV"));
    dialog.setObjectName(QStringLiteral("reportExportFileDialog"));
    // Qt's own dialog: the same on every desktop, and tests can drive it.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(tr("CSV spreadsheet (*.csv)"));
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    const ReportPeriod period = m_filters->period();
    const QString days = period.from == period.to
                             ? period.from.toString(Qt::ISODate)
                             : QStringLiteral("%1_%2").arg(period.from.toString(Qt::ISODate),
                                                           period.to.toString(Qt::ISODate));
    dialog.selectFile(
        QStringLiteral("%1-%2.csv")
            .arg(redemptions ? QStringLiteral("redemptions") : QStringLiteral("participation"),
                 days));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportCsvTo(dialog.selectedFiles().constFirst());
}

void ReportsPage::exportCsvTo(const QString& path)
{
    if (m_exports->isRunning() || !permits(Permission::ViewReports, m_strip))
        return;
    const auto report = m_tabs->currentIndex() == 0 ? ReportExportJob::Report::Redemptions
                                                    : ReportExportJob::Report::Participation;
    m_exports->start({.dialogName = QStringLiteral("reportExportProgress"),
                      .path = path,
                      .work = ReportExportJob(report, m_filters->period(), locationNames())});
    updateActions();
}

void ReportsPage::retranslate()
{
    setWindowTitle(tr("Reports"));
    m_title->setText(tr("Reports"));
    m_hint->setText(tr("The free items given over the chosen days, and what each program did: "
                       "units punched, cards completed, rewards redeemed and their cost. Undone "
                       "redemptions and voided scans do not count."));
    m_roleHint->setText(tr("Only a Manager or an Admin can read the reports."));
    m_tabs->setTabText(0, tr("Redemptions"));
    m_tabs->setTabText(1, tr("Participation"));
    m_export->setText(tr("Export CSV…"));
    // What a screen reader calls each list and field without a label of its own.
    m_redemptionsView->setAccessibleName(tr("Redemptions"));
    m_participationView->setAccessibleName(tr("Participation"));
    const QLocale locale;
    if (isReading())
        m_total->setText(ReadingLook::text());
    else if (m_tabs->currentIndex() == 0)
        m_total->setText(
            tr("%n redemption(s), free units: %1, cost %2", nullptr, int(m_totals.count))
                .arg(locale.toString(m_totals.units), m_totals.cost.format(locale)));
    else
        m_total->setText(tr("%n program(s) or offer(s) with activity", nullptr,
                            int(m_participation->programs().size())));
}

} // namespace astro::ui
