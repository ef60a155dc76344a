#include "PosAccountDialog.h"

#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace astro::ui {

PosAccountDialog::PosAccountDialog(Session& session, QWidget* parent)
    : PosAccountDialog(session, std::nullopt, parent)
{}

PosAccountDialog::PosAccountDialog(Session& session, PosUser account, QWidget* parent)
    : PosAccountDialog(session, std::optional<PosUser>(std::move(account)), parent)
{}

PosAccountDialog::PosAccountDialog(Session& session, std::optional<PosUser> account,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_account(std::move(account)), m_adding(!m_account),
      m_intro(new QLabel(this)), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_clientLabel(new QLabel(this)), m_client(new QLineEdit(this)),
      m_passwordLabel(new QLabel(this)), m_password(new QLineEdit(this)),
      m_confirmLabel(new QLabel(this)), m_confirm(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_ok(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(m_adding ? QStringLiteral("posAccountAddDialog")
                           : QStringLiteral("posAccountPasswordDialog"));
    m_name->setObjectName(QStringLiteral("posAccountName"));
    m_client->setObjectName(QStringLiteral("posAccountClientId"));
    m_password->setObjectName(QStringLiteral("posAccountPassword"));
    m_confirm->setObjectName(QStringLiteral("posAccountConfirm"));
    m_intro->setWordWrap(true);
    Theme::setRole(m_intro, "hint");
    for (QLineEdit* field : {m_password, m_confirm}) {
        field->setEchoMode(QLineEdit::Password);
        field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                   Qt::ImhNoPredictiveText);
    }
    m_name->setMinimumWidth(280);
    m_error->setObjectName(QStringLiteral("posAccountError"));
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    Theme::setRole(m_ok, "primary");
    m_ok->setDefault(true);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_adding) {
        form->addRow(m_nameLabel, m_name);
        form->addRow(m_clientLabel, m_client);
    } else {
        for (QWidget* w : {static_cast<QWidget*>(m_nameLabel), static_cast<QWidget*>(m_name),
                           static_cast<QWidget*>(m_clientLabel), static_cast<QWidget*>(m_client)})
            w->hide();
    }
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    setMinimumWidth(460);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PosAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    (m_adding ? m_name : m_password)->setFocus();
}

QString PosAccountDialog::errorText() const
{
    return m_error->text();
}

void PosAccountDialog::accept()
{
    m_error->clear();
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("The two passwords are not the same."));
        m_confirm->setFocus();
        return;
    }
    PosUserStore accounts(m_session.store());
    if (m_adding) {
        auto added =
            accounts.add(m_session.actor(), m_name->text(), m_password->text(), m_client->text());
        if (!added) {
            m_error->setText(added.error().message);
            return;
        }
        m_account = *added;
    } else if (auto set =
                   accounts.setPassword(m_session.actor(), m_account->id, m_password->text());
               !set) {
        m_error->setText(set.error().message);
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

void PosAccountDialog::retranslate()
{
    if (m_adding) {
        setWindowTitle(tr("Add a POS account"));
        m_intro->setText(tr("The point of sale signs in to the bridge with these three, as it "
                            "would with Astro: enter the same in its Astro settings."));
        m_ok->setText(tr("Add account"));
    } else {
        setWindowTitle(tr("Change a POS account's password"));
        m_intro->setText(tr("The new password of %1 (client id %2). Enter the same in the point "
                            "of sale's Astro settings: it signs in with it from now on.")
                             .arg(m_account->name, m_account->clientId));
        m_ok->setText(tr("Set password"));
    }
    m_nameLabel->setText(tr("&Name"));
    m_clientLabel->setText(tr("&Client id"));
    m_passwordLabel->setText(
        tr("&Password (at least %1 characters)").arg(PosUserStore::minPasswordLength));
    m_confirmLabel->setText(tr("Password &again"));
    m_nameLabel->setBuddy(m_name);
    m_clientLabel->setBuddy(m_client);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);
    m_name->setAccessibleName(tr("Name"));
    m_client->setAccessibleName(tr("Client id"));
    m_password->setAccessibleName(tr("Password"));
    m_confirm->setAccessibleName(tr("Password again"));
}

void PosAccountDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
