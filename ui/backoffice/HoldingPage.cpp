#include "HoldingPage.h"

#include "ui/backoffice/EnrollmentEditorDialog.h"
#include "ui/backoffice/HeldProgramsModel.h"
#include "ui/backoffice/HeldRedemptionsModel.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"

#include "store/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

HoldingPage::HoldingPage(Session& session, QWidget* parent)
    : BackOfficePage(session, parent), m_session(session), m_title(new QLabel(this)),
      m_hint(new QLabel(this)), m_strip(new MessageStrip(this)), m_empty(new QLabel(this)),
      m_programs(new HeldProgramsModel(session.store(), this)),
      m_programsView(new QTableView(this)), m_choose(new QPushButton(this)),
      m_redemptionsHeading(new QLabel(this)),
      m_redemptions(new HeldRedemptionsModel(session.store().db(), this)),
      m_redemptionsView(new QTableView(this))
{
    setObjectName(QStringLiteral("holdingPage"));
    Theme::setRole(m_title, "title");
    Theme::setRole(m_hint, "hint");
    m_hint->setWordWrap(true);
    Theme::setRole(m_empty, "subtitle");
    m_empty->setWordWrap(true);
    m_choose->setObjectName(QStringLiteral("holdingChooseButton"));
    Theme::setRole(m_choose, "primary");
    Theme::setRole(m_redemptionsHeading, "heading");
    m_redemptionsHeading->setWordWrap(true);

    m_programsView->setObjectName(QStringLiteral("holdingProgramsView"));
    m_programsView->setModel(m_programs);
    setUpTable(m_programsView, 52);
    m_programsView->setItemDelegateForColumn(
        HeldProgramsModel::ProgramColumn,
        new TwoLineItemDelegate(HeldProgramsModel::DetailRole, this));
    fitColumns(m_programsView, {HeldProgramsModel::ProgramColumn});

    m_redemptionsView->setObjectName(QStringLiteral("holdingRedemptionsView"));
    m_redemptionsView->setModel(m_redemptions);
    setUpTable(m_redemptionsView, 34);
    fitColumns(m_redemptionsView, {HeldRedemptionsModel::ItemColumn});

    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_choose);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_strip);
    layout->addWidget(m_empty);
    layout->addWidget(m_programsView, 2);
    layout->addLayout(actions);
    layout->addWidget(m_redemptionsHeading);
    layout->addWidget(m_redemptionsView, 3);
    // With nothing held the tables hide: keep the rest at the top.
    layout->addStretch(0);

    connect(m_programsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HoldingPage::showRedemptions);
    connect(m_programsView, &QTableView::doubleClicked, this, &HoldingPage::chooseDistributor);
    connect(m_choose, &QPushButton::clicked, this, &HoldingPage::chooseDistributor);
    retranslate();
}

EnrollmentEditorDialog* HoldingPage::currentEditor() const
{
    // A closed editor lingers until deleted: only an open one counts.
    auto* editor = qobject_cast<EnrollmentEditorDialog*>(m_dialog.data());
    return editor && editor->isVisible() ? editor : nullptr;
}

void HoldingPage::load()
{
    const QModelIndex current = m_programsView->selectionModel()->currentIndex();
    const QString location = current.data(HeldProgramsModel::LocationIdRole).toString();
    const QString subject = current.data(HeldProgramsModel::SubjectIdRole).toString();
    if (const QString error = m_programs->load(); !error.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, error);
    // Selecting a row shows its redemptions; with nothing held, show that.
    if (!selectProgram(location, subject) && m_programs->rowCount() > 0)
        m_programsView->selectRow(0);
    if (m_programs->rowCount() == 0)
        showRedemptions();
}

bool HoldingPage::selectProgram(const QString& locationId, const QString& subjectId)
{
    const int row = m_programs->rowOf(locationId, subjectId);
    if (row < 0)
        return false;
    m_programsView->selectRow(row);
    m_programsView->setCurrentIndex(m_programs->index(row, HeldProgramsModel::ProgramColumn));
    return true;
}

void HoldingPage::showRedemptions()
{
    const QModelIndex current = m_programsView->selectionModel()->currentIndex();
    const QString problem =
        m_redemptions->load(current.data(HeldProgramsModel::LocationIdRole).toString(),
                            current.data(HeldProgramsModel::SubjectIdRole).toString());
    if (!problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    retranslate();
    updateActions();
}

void HoldingPage::updateActions()
{
    const bool allowed = m_session.allows(Permission::ManageEnrollment);
    const bool any = m_programs->rowCount() > 0;
    m_programsView->setEnabled(allowed);
    m_redemptionsView->setEnabled(allowed);
    m_choose->setEnabled(allowed && m_programsView->selectionModel()->currentIndex().isValid());
    m_empty->setVisible(!any);
    m_programsView->setVisible(any);
    m_choose->setVisible(any);
    m_redemptionsHeading->setVisible(any);
    m_redemptionsView->setVisible(any);
}

void HoldingPage::chooseDistributor()
{
    if (!m_session.allows(Permission::ManageEnrollment)) {
        m_strip->showMessage(MessageStrip::Kind::Error,
                             tr("Only a Manager or an Admin can choose the distributor."));
        return;
    }
    const QModelIndex current = m_programsView->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    auto* dialog = EnrollmentEditorDialog::create(
        m_session, current.data(HeldProgramsModel::LocationIdRole).toString(),
        current.data(HeldProgramsModel::SubjectIdRole).toString(), m_strip, this);
    if (!dialog)
        return;
    connect(dialog, &EnrollmentEditorDialog::saved, this, [this](int, const QString& message) {
        refresh();
        m_strip->showMessage(MessageStrip::Kind::Success, message);
    });
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_strip->clear();
    dialog->open();
}

void HoldingPage::retranslate()
{
    setWindowTitle(tr("Temporary Holding"));
    m_title->setText(tr("Temporary Holding"));
    m_hint->setText(tr("Programs whose distributor is not chosen yet. Punches still count, but "
                       "the credits for their redemptions are held and sent to nobody. Choose "
                       "the distributor you buy the brand from: every held redemption then goes "
                       "to it."));
    m_empty->setText(tr("Nothing is in Temporary Holding: every program has its distributor."));
    m_choose->setText(tr("Choose distributor…"));
    // What a screen reader calls each list and field without a label of its own.
    m_programsView->setAccessibleName(tr("Programs in Temporary Holding"));
    m_redemptionsView->setAccessibleName(tr("Held redemptions"));
    const QModelIndex current = m_programsView->selectionModel()->currentIndex();
    if (current.isValid()) {
        const HeldProgramsModel::Row& row = m_programs->rowAt(current.row());
        m_redemptionsHeading->setText(tr("%n redemption(s) held for “%1” at %2", nullptr, row.held)
                                          .arg(row.enrollment.title, row.locationName));
    } else {
        m_redemptionsHeading->setText(tr("Held redemptions"));
    }
}

} // namespace astro::ui
