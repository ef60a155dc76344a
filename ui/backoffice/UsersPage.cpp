#include "UsersPage.h"

#include "ui/backoffice/UserAddDialog.h"
#include "ui/backoffice/UserPinDialog.h"
#include "ui/backoffice/UserRoleDialog.h"
#include "ui/backoffice/UserTableModel.h"
#include "ui/common/ConfirmDialog.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"

#include "store/Store.h"
#include "users/UserStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

UsersPage::UsersPage(Session& session, QWidget* parent)
    : BackOfficePage(session, parent), m_session(session), m_title(new QLabel(this)),
      m_hint(new QLabel(this)), m_roleHint(new QLabel(this)), m_strip(new MessageStrip(this)),
      m_model(new UserTableModel(session.store().users(), this)), m_view(new QTableView(this)),
      m_add(new QPushButton(this)), m_pin(new QPushButton(this)), m_role(new QPushButton(this)),
      m_active(new QPushButton(this)), m_unlock(new QPushButton(this)), m_lockNote(new QLabel(this))
{
    setObjectName(QStringLiteral("usersPage"));
    Theme::setRole(m_title, "heading");
    Theme::setRole(m_hint, "hint");
    m_hint->setWordWrap(true);
    Theme::setRole(m_roleHint, "hint");
    m_roleHint->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("userAddButton"));
    m_pin->setObjectName(QStringLiteral("userPinButton"));
    m_role->setObjectName(QStringLiteral("userRoleButton"));
    m_active->setObjectName(QStringLiteral("userActiveButton"));
    m_unlock->setObjectName(QStringLiteral("userUnlockButton"));
    m_lockNote->setObjectName(QStringLiteral("userLockNote"));
    Theme::setRole(m_lockNote, "hint");
    m_lockNote->setWordWrap(true);
    m_lockNote->hide();
    Theme::setRole(m_add, "primary");

    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_model);
    setUpTable(m_view, 30, {.wordWrap = true, .alternatingRows = true, .fixedColumnWidths = true});
    QHeaderView* header = m_view->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(UserTableModel::NameColumn, 18 * em);
    header->resizeSection(UserTableModel::RoleColumn, 10 * em);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addStretch(1);
    actions->addWidget(m_pin);
    actions->addWidget(m_role);
    actions->addWidget(m_active);

    // Shown only while the selected user is locked out: the row of buttons stays as narrow as
    // the smallest counter screen needs.
    auto* lockRow = new QHBoxLayout;
    lockRow->addWidget(m_lockNote, 1);
    lockRow->addWidget(m_unlock);
    m_unlock->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_roleHint);
    layout->addWidget(m_strip);
    layout->addWidget(m_view, 1);
    layout->addLayout(lockRow);
    layout->addLayout(actions);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_pin, &QPushButton::clicked, this, &UsersPage::resetPin);
    connect(m_role, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_active, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPage::unlock);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::changeRole);
}

void UsersPage::load()
{
    const QString selected = selectedRow() >= 0 ? m_model->userAt(selectedRow()).name : QString();
    // Only an Admin sees who can sign in with which role.
    if (!m_session.allows(Permission::ManageUsers))
        m_model->clear();
    else if (const QString problem = m_model->reload(); !problem.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problem);
    if (!selected.isEmpty())
        selectUser(selected);
    retranslate();
    updateActions();
}

bool UsersPage::selectUser(const QString& name)
{
    const int row = m_model->rowOfName(name);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

int UsersPage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void UsersPage::updateActions()
{
    const bool allowed = m_session.allows(Permission::ManageUsers);
    const int row = selectedRow();
    m_roleHint->setVisible(!allowed);
    m_add->setEnabled(allowed);
    for (QPushButton* button : {m_pin, m_role, m_active})
        button->setEnabled(allowed && row >= 0);
    m_active->setText(row >= 0 && !m_model->userAt(row).active ? tr("Enable…") : tr("Disable…"));

    // The lock ends on its own: what the button offers is read afresh at each selection.
    std::optional<QDateTime> lockedUntil;
    if (allowed && row >= 0)
        if (auto until = m_session.store().users().lockedUntil(m_model->userAt(row).id); until)
            lockedUntil = *until;
    m_unlock->setEnabled(lockedUntil.has_value());
    m_unlock->setVisible(lockedUntil.has_value());
    m_lockNote->setVisible(lockedUntil.has_value());
    if (lockedUntil)
        m_lockNote->setText(
            tr("%1 typed too many wrong PINs and cannot sign in until %2.")
                .arg(m_model->userAt(row).name,
                     QLocale().toString(lockedUntil->toLocalTime(), QLocale::ShortFormat)));
}

void UsersPage::changed(const QString& userName, const QString& message)
{
    refresh();
    selectUser(userName);
    m_strip->showMessage(MessageStrip::Kind::Success, message);
    m_session.notifyChanged();
}

void UsersPage::addUser()
{
    UserAddDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(dialog.addedName(), tr("%1 was added.").arg(dialog.addedName()));
}

void UsersPage::resetPin()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const User user = m_model->userAt(row);
    UserPinDialog dialog(m_session, user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(user.name, tr("The PIN of %1 was changed.").arg(user.name));
}

void UsersPage::changeRole()
{
    const int row = selectedRow();
    if (row < 0 || !m_session.allows(Permission::ManageUsers))
        return;
    const User user = m_model->userAt(row);
    UserRoleDialog dialog(m_session, user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    changed(
        user.name,
        tr("%1 is now %2.").arg(user.name, label(Role(dialog.roleBox()->currentData().toInt()))));
}

void UsersPage::toggleActive()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const User user = m_model->userAt(row);
    const bool enable = !user.active;
    // Cancel is the default: a user cut off in the middle of a shift is not a keystroke away.
    ConfirmDialog box(
        QStringLiteral("userActiveConfirm"),
        enable ? tr("Enable %1").arg(user.name) : tr("Disable %1").arg(user.name),
        enable ? tr("%1 will be able to sign in again.").arg(user.name)
               : tr("%1 will no longer be able to sign in. Their history stays.").arg(user.name),
        enable ? tr("Enable") : tr("Disable"), this, ConfirmDialog::Default::Cancel);
    box.exec();
    if (!box.confirmed())
        return;
    if (auto set = m_session.store().users().setActive(m_session.actor(), user.id, enable); !set) {
        m_strip->showMessage(MessageStrip::Kind::Error, set.error().message);
        return;
    }
    changed(user.name, enable ? tr("%1 can sign in again.").arg(user.name)
                              : tr("%1 is disabled.").arg(user.name));
}

void UsersPage::unlock()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const User user = m_model->userAt(row);
    if (auto done = m_session.store().users().unlock(m_session.actor(), user.id); !done) {
        m_strip->showMessage(MessageStrip::Kind::Error, done.error().message);
        return;
    }
    changed(user.name, tr("%1 can sign in again.").arg(user.name));
    m_view->setFocus();
}

void UsersPage::retranslate()
{
    setWindowTitle(tr("Users"));
    m_title->setText(tr("Users"));
    m_hint->setText(tr("Who can sign in at this store's counters, and with which role. A "
                       "disabled user cannot sign in; their history stays. The last active "
                       "Admin cannot be demoted or disabled."));
    m_roleHint->setText(tr("Only an Admin can manage users."));
    m_add->setText(tr("Add user…"));
    m_pin->setText(tr("Reset PIN…"));
    m_role->setText(tr("Change role…"));
    m_unlock->setText(tr("&Unlock"));
    // What a screen reader calls each list and field without a label of its own.
    m_view->setAccessibleName(tr("Users"));
    m_unlock->setToolTip(tr("Let the selected user sign in again now, before their lockout "
                            "after too many wrong PINs ends."));
    updateActions();
}

} // namespace astro::ui
