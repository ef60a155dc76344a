#include "FirstUserDialog.h"

#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "store/Store.h"
#include "users/UserStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace astro::ui {

FirstUserDialog::FirstUserDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_intro(new QLabel(this)), m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)), m_pinLabel(new QLabel(this)), m_pin(new QLineEdit(this)),
      m_confirmLabel(new QLabel(this)), m_confirm(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_create(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("firstUserDialog"));
    m_intro->setWordWrap(true);
    m_pin->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    Theme::setRole(m_create, "primary");
    m_create->setDefault(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_confirmLabel, m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void FirstUserDialog::accept()
{
    if (m_pin->text() != m_confirm->text()) {
        m_error->setText(tr("The two PINs are not the same."));
        m_confirm->setFocus();
        return;
    }
    const Actor nobody{0, m_name->text(), Role::Admin, m_session.locationId()};
    auto added = m_session.store().users().add(nobody, m_name->text(), Role::Admin, m_pin->text());
    if (!added) {
        m_error->setText(added.error().message);
        return;
    }
    emit created(added->name);
    QDialog::accept();
}

void FirstUserDialog::retranslate()
{
    setWindowTitle(tr("First Admin"));
    m_intro->setText(tr("This store has no users yet. The first one is an Admin, who can then "
                        "add the others."));
    m_nameLabel->setText(tr("Name"));
    m_pinLabel->setText(tr("PIN"));
    m_confirmLabel->setText(tr("PIN again"));
    m_create->setText(tr("Create"));
}

void FirstUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
