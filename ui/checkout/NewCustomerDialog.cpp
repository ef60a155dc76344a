#include "NewCustomerDialog.h"

#include "ui/common/CustomerListModel.h"
#include "ui/common/CustomerSearchModel.h"
#include "ui/common/Session.h"
#include "ui/common/Theme.h"
#include "ui/common/TwoLineItemDelegate.h"

#include "store/Store.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace astro::ui {

NewCustomerDialog::NewCustomerDialog(Session& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_pages(new QStackedWidget(this)),
      m_title(new QLabel(this)), m_firstLabel(new QLabel(this)), m_first(new QLineEdit(this)),
      m_lastLabel(new QLabel(this)), m_last(new QLineEdit(this)), m_phoneLabel(new QLabel(this)),
      m_phone(new QLineEdit(this)), m_emailLabel(new QLabel(this)), m_email(new QLineEdit(this)),
      m_hint(new QLabel(this)), m_error(new QLabel(this)), m_cancel(new QPushButton(this)),
      m_save(new QPushButton(this)), m_duplicatesTitle(new QLabel(this)),
      m_duplicatesText(new QLabel(this)), m_duplicates(new CustomerListModel(this)),
      m_duplicatesView(new QListView(this)), m_back(new QPushButton(this)),
      m_addAnyway(new QPushButton(this)), m_useExisting(new QPushButton(this))
{
    setObjectName(QStringLiteral("newCustomerDialog"));
    Theme::setRole(m_title, "heading");
    m_first->setObjectName(QStringLiteral("firstName"));
    m_last->setObjectName(QStringLiteral("lastName"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_email->setObjectName(QStringLiteral("email"));
    Theme::setRole(m_hint, "hint");
    m_hint->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("newCustomerError"));
    Theme::setRole(m_error, "error");
    m_error->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveCustomer"));
    Theme::setRole(m_save, "primary");
    m_save->setDefault(true);
    Theme::setRole(m_duplicatesTitle, "heading");
    m_duplicatesText->setWordWrap(true);
    m_duplicatesView->setObjectName(QStringLiteral("duplicateCustomers"));
    m_duplicatesView->setModel(m_duplicates);
    m_duplicatesView->setItemDelegate(
        new TwoLineItemDelegate(CustomerSearchModel::ContactRole, this));
    m_duplicatesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicatesView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_useExisting->setObjectName(QStringLiteral("useExistingCustomer"));
    Theme::setRole(m_useExisting, "primary");
    m_addAnyway->setObjectName(QStringLiteral("addAnyway"));

    auto* formPage = new QWidget(this);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setVerticalSpacing(10);
    form->addRow(m_firstLabel, m_first);
    form->addRow(m_lastLabel, m_last);
    form->addRow(m_phoneLabel, m_phone);
    form->addRow(m_emailLabel, m_email);
    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_cancel);
    formButtons->addWidget(m_save);
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(12);
    formLayout->addWidget(m_title);
    formLayout->addLayout(form);
    formLayout->addWidget(m_hint);
    formLayout->addWidget(m_error);
    formLayout->addStretch();
    formLayout->addLayout(formButtons);

    auto* duplicatesPage = new QWidget(this);
    auto* duplicateButtons = new QHBoxLayout;
    duplicateButtons->addWidget(m_back);
    duplicateButtons->addStretch();
    duplicateButtons->addWidget(m_addAnyway);
    duplicateButtons->addWidget(m_useExisting);
    auto* duplicatesLayout = new QVBoxLayout(duplicatesPage);
    duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    duplicatesLayout->setSpacing(12);
    duplicatesLayout->addWidget(m_duplicatesTitle);
    duplicatesLayout->addWidget(m_duplicatesText);
    duplicatesLayout->addWidget(m_duplicatesView, 1);
    duplicatesLayout->addLayout(duplicateButtons);

    m_pages->addWidget(formPage);
    m_pages->addWidget(duplicatesPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(m_pages);

    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &NewCustomerDialog::accept);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(0);
        m_save->setDefault(true);
        m_phone->setFocus();
    });
    connect(m_addAnyway, &QPushButton::clicked, this, &NewCustomerDialog::add);
    connect(m_useExisting, &QPushButton::clicked, this, &NewCustomerDialog::useSelected);
    connect(m_duplicatesView, &QListView::activated, this, &NewCustomerDialog::useSelected);
    resize(520, 420);
    retranslate();
    m_first->setFocus();
}

void NewCustomerDialog::prefill(const QString& searchText)
{
    const QString text = searchText.simplified();
    if (text.isEmpty())
        return;
    if (text.contains(QLatin1Char('@'))) {
        m_email->setText(text);
    } else if (text.front().isDigit() || text.front() == QLatin1Char('(')) {
        m_phone->setText(text);
    } else {
        const int space = text.indexOf(QLatin1Char(' '));
        m_first->setText(space < 0 ? text : text.left(space));
        if (space > 0)
            m_last->setText(text.mid(space + 1));
    }
}

bool NewCustomerDialog::showingDuplicates() const
{
    return m_pages->currentIndex() == 1;
}

QString NewCustomerDialog::errorText() const
{
    return m_error->text();
}

CustomerInput NewCustomerDialog::input() const
{
    return CustomerInput{m_first->text(), m_last->text(), m_phone->text(), m_email->text()};
}

void NewCustomerDialog::accept()
{
    if (showingDuplicates()) {
        useSelected();
        return;
    }
    auto valid = CustomerStore::validate(input());
    if (!valid) {
        m_error->setText(valid.error().message);
        return;
    }
    m_error->clear();
    auto same = m_session.store().customers().sameContact(valid->phone, valid->email);
    if (!same) {
        m_error->setText(same.error().message);
        return;
    }
    if (same->empty()) {
        add();
        return;
    }
    m_duplicates->setCustomers(std::move(same).value());
    m_duplicatesText->setText(tr("%n customer(s) already have this phone or email. Use one of "
                                 "them, or add %1 anyway (for example someone of the same "
                                 "household).",
                                 nullptr, m_duplicates->rowCount())
                                  .arg(valid->firstName + QLatin1Char(' ') + valid->lastName));
    m_duplicatesView->setCurrentIndex(m_duplicates->index(0));
    m_pages->setCurrentIndex(1);
    m_useExisting->setDefault(true);
    m_duplicatesView->setFocus();
}

void NewCustomerDialog::add()
{
    auto added = m_session.store().customers().add(m_session.actor(), input());
    if (!added) {
        m_pages->setCurrentIndex(0);
        m_error->setText(added.error().message);
        return;
    }
    m_session.notifyChanged();
    m_customerId = added->id;
    emit customerReady(m_customerId);
    QDialog::accept();
}

void NewCustomerDialog::useSelected()
{
    QModelIndex index = m_duplicatesView->currentIndex();
    if (!index.isValid() && m_duplicates->rowCount() > 0)
        index = m_duplicates->index(0);
    if (!index.isValid())
        return;
    m_customerId = m_duplicates->customerAt(index.row()).id;
    emit customerReady(m_customerId);
    QDialog::accept();
}

void NewCustomerDialog::retranslate()
{
    setWindowTitle(tr("New customer"));
    m_title->setText(tr("New customer"));
    m_firstLabel->setText(tr("First name"));
    m_lastLabel->setText(tr("Last name"));
    m_phoneLabel->setText(tr("Phone"));
    m_emailLabel->setText(tr("Email"));
    m_phone->setPlaceholderText(tr("10 digits"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_hint->setText(tr("First and last name are required, and a phone or an email."));
    m_cancel->setText(tr("Cancel"));
    m_save->setText(tr("Add customer"));
    m_duplicatesTitle->setText(tr("Already a customer?"));
    m_back->setText(tr("Back"));
    m_addAnyway->setText(tr("Add anyway"));
    m_useExisting->setText(tr("Use this customer"));
}

void NewCustomerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace astro::ui
