#include "UserAddDialog.h"

#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "store/Store.h"
#include "users/UserStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace astro::ui {

UserAddDialog::UserAddDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)), m_roleLabel(new QLabel(this)), m_role(new QComboBox(this)),
      m_pinLabel(new QLabel(this)), m_pin(new QLineEdit(this)), m_confirmLabel(new QLabel(this)),
      m_confirm(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_add(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("userAddDialog"));
    for (Role role : {Role::Cashier, Role::Manager, Role::Admin})
        m_role->addItem(QString(), int(role));
    for (QLineEdit* pin : {m_pin, m_confirm}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setInputMethodHints(Qt::ImhDigitsOnly);
        pin->setMaxLength(12);
    }
    m_name->setMinimumWidth(240);
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    Theme::setRole(m_add, "primary");
    m_add->setDefault(true);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_confirmLabel, m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserAddDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void UserAddDialog::accept()
{
    if (m_pin->text() != m_confirm->text()) {
        m_error->setText(tr("The two PINs are not the same."));
        m_confirm->setFocus();
        return;
    }
    auto added = m_session.store().users().add(m_session.actor(), m_name->text(),
                                               Role(m_role->currentData().toInt()), m_pin->text());
    if (!added) {
        m_error->setText(added.error().message);
        return;
    }
    m_added = added->name;
    QDialog::accept();
}

void UserAddDialog::retranslate()
{
    setWindowTitle(tr("Add a user"));
    m_nameLabel->setText(tr("&Name"));
    m_roleLabel->setText(tr("&Role"));
    m_pinLabel->setText(tr("&PIN (4 to 12 digits)"));
    m_confirmLabel->setText(tr("PIN &again"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, label(Role(m_role->itemData(i).toInt())));
    m_add->setText(tr("Add user"));
    m_nameLabel->setBuddy(m_name);
    m_roleLabel->setBuddy(m_role);
    m_pinLabel->setBuddy(m_pin);
    m_confirmLabel->setBuddy(m_confirm);
}

void UserAddDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
