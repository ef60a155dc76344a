#include "UserPinDialog.h"

#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "store/Store.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace astro::ui {

UserPinDialog::UserPinDialog(Session& session, User user, QWidget* parent)
    : QDialog(parent), m_session(session), m_user(std::move(user)), m_intro(new QLabel(this)),
      m_pinLabel(new QLabel(this)), m_pin(new QLineEdit(this)), m_confirmLabel(new QLabel(this)),
      m_confirm(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_set(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("userPinDialog"));
    m_intro->setWordWrap(true);
    for (QLineEdit* pin : {m_pin, m_confirm}) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setInputMethodHints(Qt::ImhDigitsOnly);
        pin->setMaxLength(12);
    }
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    Theme::setRole(m_set, "primary");
    m_set->setDefault(true);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_confirmLabel, m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserPinDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void UserPinDialog::accept()
{
    if (m_pin->text() != m_confirm->text()) {
        m_error->setText(tr("The two PINs are not the same."));
        m_confirm->setFocus();
        return;
    }
    if (auto set = m_session.store().users().setPin(m_session.actor(), m_user.id, m_pin->text());
        !set) {
        m_error->setText(set.error().message);
        return;
    }
    QDialog::accept();
}

void UserPinDialog::retranslate()
{
    setWindowTitle(tr("Reset PIN"));
    m_intro->setText(tr("The new PIN for %1. Give it to them in person; they sign in with it "
                        "from now on.")
                         .arg(m_user.name));
    m_pinLabel->setText(tr("&New PIN (4 to 12 digits)"));
    m_confirmLabel->setText(tr("PIN &again"));
    m_set->setText(tr("Set PIN"));
    m_pinLabel->setBuddy(m_pin);
    m_confirmLabel->setBuddy(m_confirm);
}

void UserPinDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
