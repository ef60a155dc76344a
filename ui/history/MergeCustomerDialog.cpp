#include "MergeCustomerDialog.h"

#include "ui/common/CustomerLookup.h"
#include "ui/common/CustomerSearchModel.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"

#include "store/Store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace astro::ui {

MergeCustomerDialog::MergeCustomerDialog(Session& session, const Customer& keep, QWidget* parent)
    : QDialog(parent), m_session(session), m_keep(keep), m_pages(new QStackedWidget(this)),
      m_intro(new QLabel(this)), m_lookup(new CustomerLookup(session.store().customers(), this)),
      m_cancel(new QPushButton(this)), m_confirmTitle(new QLabel(this)),
      m_confirm(new QLabel(this)), m_error(new QLabel(this)), m_back(new QPushButton(this)),
      m_merge(new QPushButton(this))
{
    setObjectName(QStringLiteral("mergeCustomerDialog"));
    m_intro->setWordWrap(true);
    Theme::setRole(m_confirmTitle, "heading");
    m_confirm->setObjectName(QStringLiteral("mergeConfirmText"));
    m_confirm->setWordWrap(true);
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    Theme::setRole(m_merge, "danger");

    auto* pick = new QWidget(this);
    auto* pickButtons = new QHBoxLayout;
    pickButtons->addStretch();
    pickButtons->addWidget(m_cancel);
    auto* pickLayout = new QVBoxLayout(pick);
    pickLayout->setContentsMargins(0, 0, 0, 0);
    pickLayout->setSpacing(10);
    pickLayout->addWidget(m_intro);
    pickLayout->addWidget(m_lookup, 1);
    pickLayout->addLayout(pickButtons);

    auto* confirm = new QWidget(this);
    auto* confirmButtons = new QHBoxLayout;
    confirmButtons->addWidget(m_back);
    confirmButtons->addStretch();
    confirmButtons->addWidget(m_merge);
    auto* confirmLayout = new QVBoxLayout(confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->setSpacing(12);
    confirmLayout->addWidget(m_confirmTitle);
    confirmLayout->addWidget(m_confirm);
    confirmLayout->addWidget(m_error);
    confirmLayout->addStretch();
    confirmLayout->addLayout(confirmButtons);

    m_pages->addWidget(pick);
    m_pages->addWidget(confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_pages);

    connect(m_lookup, &CustomerLookup::customerChosen, this, &MergeCustomerDialog::chooseDuplicate);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_lookup->focusSearch();
    });
    connect(m_merge, &QPushButton::clicked, this, &MergeCustomerDialog::accept);
    resize(560, 520);
    retranslate();
    m_lookup->focusSearch();
}

bool MergeCustomerDialog::confirming() const
{
    return m_pages->currentIndex() == 1;
}

QString MergeCustomerDialog::confirmText() const
{
    return m_confirm->text();
}

QString MergeCustomerDialog::errorText() const
{
    return m_error->text();
}

void MergeCustomerDialog::chooseDuplicate(qint64 customerId)
{
    m_error->clear();
    auto duplicate = m_session.store().customers().get(customerId);
    if (!duplicate) {
        m_error->setText(duplicate.error().message);
        return;
    }
    m_duplicate = *duplicate;
    retranslate();
    m_pages->setCurrentIndex(1);
    m_back->setFocus();
}

void MergeCustomerDialog::accept()
{
    if (!m_duplicate || !confirming())
        return;
    if (auto s = m_session.store().customers().merge(m_session.actor(), m_keep.id, m_duplicate->id);
        !s) {
        m_error->setText(s.error().message);
        return;
    }
    m_session.notifyChanged();
    emit merged(m_keep.id, m_duplicate->id);
    QDialog::accept();
}

void MergeCustomerDialog::retranslate()
{
    setWindowTitle(tr("Merge duplicates"));
    m_intro->setText(tr("Find the duplicate of %1 (%2). Its visits, punches, rewards and "
                        "redemptions will move to %1.")
                         .arg(m_keep.displayName(), CustomerSearchModel::contactLine(m_keep)));
    m_cancel->setText(tr("Cancel"));
    m_confirmTitle->setText(tr("Merge these customers?"));
    if (m_duplicate)
        m_confirm->setText(
            tr("%1 (%2) will be merged into %3 (%4), with all their history. "
               "%1 then no longer appears in searches. This cannot be undone "
               "here.")
                .arg(m_duplicate->displayName(), CustomerSearchModel::contactLine(*m_duplicate),
                     m_keep.displayName(), CustomerSearchModel::contactLine(m_keep)));
    m_back->setText(tr("Back"));
    m_merge->setText(tr("Merge"));
}

void MergeCustomerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
