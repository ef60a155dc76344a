#include "UserRoleDialog.h"

#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace astro::ui {

UserRoleDialog::UserRoleDialog(Session& session, User user, QWidget* parent)
    : QDialog(parent), m_session(session), m_user(std::move(user)), m_intro(new QLabel(this)),
      m_role(new QComboBox(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_change(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("userRoleDialog"));
    m_intro->setWordWrap(true);
    for (Role role : {Role::Cashier, Role::Manager, Role::Admin})
        m_role->addItem(QString(), int(role));
    m_role->setCurrentIndex(qMax(0, m_role->findData(int(m_user.role))));
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    Theme::setRole(m_change, "primary");
    m_change->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addWidget(m_role);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserRoleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void UserRoleDialog::accept()
{
    const Role role = Role(m_role->currentData().toInt());
    if (role == m_user.role) {
        QDialog::reject();
        return;
    }
    if (auto set = m_session.store().users().setRole(m_session.actor(), m_user.id, role); !set) {
        m_error->setText(set.error().message);
        return;
    }
    QDialog::accept();
}

void UserRoleDialog::retranslate()
{
    setWindowTitle(tr("Change role"));
    m_intro->setText(tr("The role of %1 (now %2). A Cashier checks out customers; a Manager "
                        "also runs the back office; an Admin also manages users and exceptions.")
                         .arg(m_user.name, label(m_user.role)));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, label(Role(m_role->itemData(i).toInt())));
    m_change->setText(tr("Change role"));
}

void UserRoleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
