#include "EnrollmentGridPage.h"

#include "ui/backoffice/EnrollmentEditorDialog.h"
#include "ui/backoffice/EnrollmentGridModel.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"

#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

EnrollmentGridPage::EnrollmentGridPage(Session& session, QWidget* parent)
    : BackOfficePage(session, parent), m_session(session), m_title(new QLabel(this)),
      m_hint(new QLabel(this)), m_strip(new MessageStrip(this)),
      m_model(new EnrollmentGridModel(session.store(), this)), m_view(new QTableView(this)),
      m_legend(new QLabel(this)), m_edit(new QPushButton(this))
{
    setObjectName(QStringLiteral("enrollmentGridPage"));
    Theme::setRole(m_title, "title");
    Theme::setRole(m_hint, "hint");
    m_hint->setWordWrap(true);
    Theme::setRole(m_legend, "warning");
    m_legend->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("enrollmentEditButton"));
    Theme::setRole(m_edit, "primary");

    m_view->setObjectName(QStringLiteral("enrollmentGrid"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TwoLineItemDelegate(EnrollmentGridModel::DetailRole, this));
    // A cell is a location's enrollment in a program: cells are picked, in a grid.
    setUpTable(m_view, 54, {.selectionBehavior = QAbstractItemView::SelectItems, .grid = true});
    QHeaderView* header = m_view->horizontalHeader();
    header->setMinimumSectionSize(200);
    // Program titles are long: their column gets a fair width, the locations share the rest.
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(EnrollmentGridModel::TitleColumn, QHeaderView::Interactive);
    header->resizeSection(EnrollmentGridModel::TitleColumn, 340);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_legend, 1);
    buttons->addWidget(m_edit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_strip);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTableView::doubleClicked, this, &EnrollmentGridPage::editCell);
    connect(m_edit, &QPushButton::clicked, this,
            [this] { editCell(m_view->selectionModel()->currentIndex()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EnrollmentGridPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnrollmentGridPage::updateActions);
    retranslate();
}

EnrollmentEditorDialog* EnrollmentGridPage::currentEditor() const
{
    // A closed editor lingers until deleted: only an open one counts.
    auto* editor = qobject_cast<EnrollmentEditorDialog*>(m_dialog.data());
    return editor && editor->isVisible() ? editor : nullptr;
}

void EnrollmentGridPage::load()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString location = current.data(EnrollmentGridModel::LocationIdRole).toString();
    const QString subject = current.data(EnrollmentGridModel::SubjectIdRole).toString();
    if (const QString error = m_model->load(); !error.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, error);
    if (const QModelIndex again = m_model->cell(location, subject); again.isValid())
        m_view->setCurrentIndex(again);
    retranslate();
    updateActions();
}

void EnrollmentGridPage::updateActions()
{
    const bool allowed = m_session.allows(Permission::ManageEnrollment);
    m_view->setEnabled(allowed);
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_edit->setEnabled(allowed && current.data(EnrollmentGridModel::EditableRole).toBool());
}

void EnrollmentGridPage::editCell(const QModelIndex& index)
{
    if (!m_session.allows(Permission::ManageEnrollment)) {
        m_strip->showMessage(MessageStrip::Kind::Error,
                             tr("Only a Manager or an Admin can change the enrollment."));
        return;
    }
    if (!index.data(EnrollmentGridModel::EditableRole).toBool())
        return;
    auto* dialog = EnrollmentEditorDialog::create(
        m_session, index.data(EnrollmentGridModel::LocationIdRole).toString(),
        index.data(EnrollmentGridModel::SubjectIdRole).toString(), m_strip, this);
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

void EnrollmentGridPage::retranslate()
{
    setWindowTitle(tr("Enrollment grid"));
    m_title->setText(tr("Enrollment grid"));
    m_hint->setText(tr("Which distributor each location uses for each program and offer, with "
                       "the store's account number there. Double-click a cell to enroll the "
                       "location or change it."));
    int held = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (int column = 1; column < m_model->columnCount(); ++column)
            held += m_model->index(row, column).data(EnrollmentGridModel::HeldRole).toBool();
    m_legend->setText(held == 0 ? QString()
                                : tr("%n enrollment(s) in Temporary Holding: their credits are "
                                     "held until you choose a distributor.",
                                     nullptr, held));
    m_edit->setText(tr("Edit…"));
    // What a screen reader calls each list and field without a label of its own.
    m_view->setAccessibleName(tr("Enrollment grid"));
}

} // namespace astro::ui
