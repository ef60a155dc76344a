#include "CustomerHistoryWidget.h"

#include "ui/checkout/RedeemDialog.h"
#include "ui/checkout/VisitScansModel.h"
#include "ui/common/ActionButtonDelegate.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/CustomerLookup.h"
#include "ui/common/CustomerSearchModel.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"
#include "ui/common/UndoRedemptionDialog.h"
#include "ui/history/CustomerRedemptionsModel.h"
#include "ui/history/CustomerVisitsModel.h"
#include "ui/history/MergeCustomerDialog.h"

#include "engine/RedemptionService.h"
#include "store/Store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

CustomerHistoryWidget::CustomerHistoryWidget(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session),
      m_lookup(new CustomerLookup(session.store().customers(), this)), m_name(new QLabel(this)),
      m_contact(new QLabel(this)), m_merge(new QPushButton(this)), m_strip(new MessageStrip(this)),
      m_tabs(new QTabWidget(this)), m_cards(new CustomerCardsModel(session.store(), this)),
      m_cardsView(new QTableView(this)),
      m_visits(new CustomerVisitsModel(session.store().db(), this)),
      m_visitsView(new QTableView(this)), m_visitItemsHeading(new QLabel(this)),
      m_visitItems(new VisitScansModel(session.store(), this)),
      m_visitItemsView(new QTableView(this)),
      m_redemptions(new CustomerRedemptionsModel(session.store().redemptions(), this)),
      m_redemptionsView(new QTableView(this))
{
    setObjectName(QStringLiteral("customerHistory"));
    m_name->setObjectName(QStringLiteral("historyCustomerName"));
    Theme::setRole(m_name, "title");
    m_name->setWordWrap(true);
    Theme::setRole(m_contact, "subtitle");
    m_contact->setWordWrap(true);
    m_merge->setObjectName(QStringLiteral("mergeDuplicatesButton"));
    Theme::setRole(m_visitItemsHeading, "heading");

    m_cards->attachTo(m_cardsView);
    setUpTable(m_cardsView, 52);

    m_visitsView->setObjectName(QStringLiteral("historyVisitsView"));
    m_visitsView->setModel(m_visits);
    setUpTable(m_visitsView, 36);
    fitColumns(m_visitsView, {CustomerVisitsModel::NoteColumn});
    m_visitItemsView->setModel(m_visitItems);
    setUpTable(m_visitItemsView, 36);
    m_visitItemsView->setColumnHidden(VisitScansModel::ActionColumn, true);
    fitColumns(m_visitItemsView, {VisitScansModel::ItemColumn, VisitScansModel::CardsColumn});

    auto* undoDelegate = new ActionButtonDelegate(this);
    m_redemptionsView->setObjectName(QStringLiteral("historyRedemptionsView"));
    m_redemptionsView->setModel(m_redemptions);
    setUpTable(m_redemptionsView, 36);
    m_redemptionsView->setItemDelegateForColumn(CustomerRedemptionsModel::ActionColumn,
                                                undoDelegate);
    undoDelegate->pressWithKeys(m_redemptionsView, CustomerRedemptionsModel::ActionColumn);
    fitColumns(m_redemptionsView,
               {CustomerRedemptionsModel::CardColumn, CustomerRedemptionsModel::ItemColumn});

    auto* visitsPage = new QWidget(this);
    auto* visitsLayout = new QVBoxLayout(visitsPage);
    visitsLayout->setContentsMargins(0, 8, 0, 0);
    visitsLayout->setSpacing(8);
    visitsLayout->addWidget(m_visitsView, 3);
    visitsLayout->addWidget(m_visitItemsHeading);
    visitsLayout->addWidget(m_visitItemsView, 2);
    m_tabs->addTab(m_cardsView, QString());
    m_tabs->addTab(visitsPage, QString());
    m_tabs->addTab(m_redemptionsView, QString());

    auto* left = new QFrame(this);
    Theme::setRole(left, "card");
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(16, 16, 16, 16);
    leftLayout->addWidget(m_lookup);

    auto* header = new QFrame(this);
    Theme::setRole(header, "card");
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(18, 12, 18, 12);
    auto* who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_name);
    who->addWidget(m_contact);
    headerLayout->addLayout(who, 1);
    headerLayout->addWidget(m_merge, 0, Qt::AlignVCenter);

    auto* right = new QVBoxLayout;
    right->setSpacing(10);
    right->addWidget(header);
    right->addWidget(m_strip);
    right->addWidget(m_tabs, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(16);
    layout->addWidget(left, 2);
    layout->addLayout(right, 7);

    connect(m_lookup, &CustomerLookup::customerChosen, this, &CustomerHistoryWidget::showCustomer);
    connect(m_merge, &QPushButton::clicked, this, &CustomerHistoryWidget::mergeDuplicates);
    connect(undoDelegate, &ActionButtonDelegate::clicked, this, [this](const QModelIndex& index) {
        undoRedemption(index.data(CustomerRedemptionsModel::RedemptionIdRole).toLongLong());
    });
    connect(m_visitsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString problem = m_visitItems->load(
                    current.isValid() ? current.data(CustomerVisitsModel::VisitIdRole).toLongLong()
                                      : 0);
                if (!problem.isEmpty())
                    m_strip->showMessage(MessageStrip::Kind::Error, problem);
            });
    connect(&m_session, &Session::signedIn, this, &CustomerHistoryWidget::updatePermissions);
    retranslate();
    updatePermissions();
}

void CustomerHistoryWidget::updatePermissions()
{
    m_merge->setVisible(m_session.allows(Permission::MergeCustomers));
    m_merge->setEnabled(m_customer.has_value());
    m_redemptions->setCanUndo(m_session.allows(Permission::UndoAfterVisit));
}

void CustomerHistoryWidget::showDialog(QDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void CustomerHistoryWidget::showCustomer(qint64 customerId)
{
    auto customer = m_session.store().customers().get(customerId);
    if (!customer) {
        m_strip->showMessage(MessageStrip::Kind::Error, customer.error().message);
        return;
    }
    m_customer = *customer;
    m_strip->clear();
    reload();
}

void CustomerHistoryWidget::reload()
{
    const qint64 id = m_customer ? m_customer->id : 0;
    QStringList problems;
    for (const QString& problem :
         {m_cards->load(id), m_visits->load(id), m_redemptions->load(id), m_visitItems->load(0)})
        if (!problem.isEmpty())
            problems << problem;
    if (!problems.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problems.join(QLatin1Char('\n')));
    if (m_visits->rowCount() > 0)
        m_visitsView->selectRow(0);
    retranslate();
    updatePermissions();
}

void CustomerHistoryWidget::undoRedemption(qint64 redemptionId)
{
    auto* dialog = UndoRedemptionDialog::forRedemption(m_session, redemptionId, m_strip, this);
    if (!dialog)
        return;
    connect(
        dialog, &UndoRedemptionDialog::undone, this, [this](const Redemption& r, UndoMode mode) {
            m_session.notifyChanged();
            reload();
            m_strip->showMessage(MessageStrip::Kind::Info, tr("Undone: %1.").arg(r.description));
            if (mode == UndoMode::RemoveAndReselect && !r.cardId.isEmpty() && m_customer)
                QMetaObject::invokeMethod(
                    this,
                    [this, r] {
                        auto* redeem =
                            new RedeemDialog(m_session, r.customerId, r.cardId, 0,
                                             m_customer ? m_customer->email : QString(), this);
                        connect(
                            redeem, &RedeemDialog::redeemed, this, [this](const Redemption& done) {
                                reload();
                                m_strip->showMessage(MessageStrip::Kind::Success,
                                                     tr("Redeemed: %1 free on “%2”.")
                                                         .arg(done.description, done.cardTitle));
                            });
                        showDialog(redeem);
                    },
                    Qt::QueuedConnection);
        });
    showDialog(dialog);
}

void CustomerHistoryWidget::mergeDuplicates()
{
    if (!m_customer)
        return;
    auto* dialog = new MergeCustomerDialog(m_session, *m_customer, this);
    connect(dialog, &MergeCustomerDialog::merged, this, [this](qint64 keepId, qint64) {
        m_lookup->model()->refresh();
        showCustomer(keepId);
        m_strip->showMessage(MessageStrip::Kind::Success, tr("The customers were merged."));
    });
    showDialog(dialog);
}

void CustomerHistoryWidget::retranslate()
{
    setWindowTitle(tr("Customer history"));
    if (m_customer) {
        m_name->setText(m_customer->displayName());
        m_contact->setText(tr("%1 · customer since %2")
                               .arg(CustomerSearchModel::contactLine(*m_customer),
                                    QLocale().toString(m_customer->createdAt.toLocalTime().date(),
                                                       QLocale::ShortFormat)));
    } else {
        m_name->setText(tr("No customer chosen"));
        m_contact->setText(tr("Find a customer on the left to see their history."));
    }
    m_merge->setText(tr("Merge duplicates…"));
    m_tabs->setTabText(0, tr("Cards"));
    m_tabs->setTabText(1, tr("Visits"));
    m_tabs->setTabText(2, tr("Redemptions (%1)").arg(m_redemptions->rowCount()));
    m_visitItemsHeading->setText(tr("Items of the selected visit"));
    // What a screen reader calls each list and field without a label of its own.
    m_cardsView->setAccessibleName(tr("Cards"));
    m_visitsView->setAccessibleName(tr("Visits"));
    m_visitItemsView->setAccessibleName(m_visitItemsHeading->text());
    m_redemptionsView->setAccessibleName(tr("Redemptions"));
}

void CustomerHistoryWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_customer)
            reload();
        else
            retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace astro::ui
