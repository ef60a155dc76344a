#include "CheckoutWidget.h"

#include "ui/checkout/FinishVisitDialog.h"
#include "ui/checkout/NewCustomerDialog.h"
#include "ui/checkout/OfferDialog.h"
#include "ui/checkout/RedeemDialog.h"
#include "ui/checkout/ScanAnswer.h"
#include "ui/checkout/ScanBar.h"
#include "ui/checkout/ScannerInputFilter.h"
#include "ui/checkout/VisitRedemptionsModel.h"
#include "ui/checkout/VisitScansModel.h"
#include "ui/common/ActionButtonDelegate.h"
#include "ui/common/CustomerCardsModel.h"
#include "ui/common/CustomerLookup.h"
#include "ui/common/CustomerSearchModel.h"
#include "ui/common/ElidedLabel.h"
#include "ui/common/MessageStrip.h"
#include "ui/common/Session.h"
#include "ui/common/Shortcuts.h"
#include "ui/common/TabOrder.h"
#include "ui/common/TableSetup.h"
#include "ui/common/Theme.h"
#include "ui/common/UndoRedemptionDialog.h"

#include "engine/OfferService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "store/Store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace astro::ui {

namespace {

// A shortcut as the keyboard shows it, in the language in use (Qt translates "Ctrl").
QString keys(QKeyCombination combination)
{
    return QKeySequence(combination).toString(QKeySequence::NativeText);
}

QFrame* panel(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    Theme::setRole(frame, "card");
    return frame;
}

} // namespace

CheckoutWidget::CheckoutWidget(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_scanner(new ScannerInputFilter(this)),
      m_lookup(new CustomerLookup(session.store().customers(), this)),
      m_newCustomer(new QPushButton(this)), m_customerName(new QLabel(this)),
      m_customerContact(new ElidedLabel(this)), m_finish(new QPushButton(this)),
      m_scanBar(new ScanBar(session.store().catalog(), this)), m_strip(new MessageStrip(this, 2)),
      m_redeem(new QPushButton(this)), m_cards(new CustomerCardsModel(session.store(), this)),
      m_cardsView(new QTableView(this)), m_scansHeading(new QLabel(this)),
      m_scans(new VisitScansModel(session.store(), this)), m_scansView(new QTableView(this)),
      m_redemptionsHeading(new QLabel(this)),
      m_redemptions(new VisitRedemptionsModel(session.store().redemptions(), this)),
      m_redemptionsView(new QTableView(this))
{
    setObjectName(QStringLiteral("checkout"));
    m_newCustomer->setObjectName(QStringLiteral("newCustomerButton"));
    m_customerName->setObjectName(QStringLiteral("customerName"));
    Theme::setRole(m_customerName, "title");
    m_customerName->setWordWrap(true);
    m_customerContact->setObjectName(QStringLiteral("customerContact"));
    Theme::setRole(m_customerContact, "subtitle");
    // One line: the customer's name and the visit's actions keep the height for the cards.
    m_finish->setObjectName(QStringLiteral("finishVisitButton"));
    Theme::setRole(m_finish, "primary");
    m_redeem->setObjectName(QStringLiteral("redeemRewardButton"));
    Theme::setRole(m_redeem, "primary");
    Theme::setRole(m_scansHeading, "heading");
    Theme::setRole(m_redemptionsHeading, "heading");

    m_cardsView->setObjectName(QStringLiteral("cardsView"));
    Theme::setRole(m_cardsView, "cards");
    m_cards->attachTo(m_cardsView);
    setUpTable(m_cardsView, 52, {.cornerButton = false});

    auto* voidDelegate = new ActionButtonDelegate(this);
    m_scansView->setObjectName(QStringLiteral("scansView"));
    m_scansView->setModel(m_scans);
    setUpTable(m_scansView, 32, {.cornerButton = false});
    m_scansView->setItemDelegateForColumn(VisitScansModel::ActionColumn, voidDelegate);
    fitColumns(m_scansView, {VisitScansModel::ItemColumn, VisitScansModel::CardsColumn});

    auto* undoDelegate = new ActionButtonDelegate(this);
    m_redemptionsView->setObjectName(QStringLiteral("visitRedemptionsView"));
    m_redemptionsView->setModel(m_redemptions);
    setUpTable(m_redemptionsView, 32, {.cornerButton = false});
    m_redemptionsView->setItemDelegateForColumn(VisitRedemptionsModel::ActionColumn, undoDelegate);
    fitColumns(m_redemptionsView,
               {VisitRedemptionsModel::ItemColumn, VisitRedemptionsModel::CardColumn});

    // Left: who. Right: the visit.
    auto* left = panel(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(16, 16, 16, 16);
    leftLayout->setSpacing(10);
    leftLayout->addWidget(m_lookup, 1);
    leftLayout->addWidget(m_newCustomer);

    // Who and what they buy in one panel: the height goes to the lists below.
    auto* header = panel(this);
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(18, 8, 18, 10);
    headerLayout->setSpacing(6);
    auto* whoRow = new QHBoxLayout;
    whoRow->setSpacing(16);
    auto* who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_customerName);
    who->addWidget(m_customerContact);
    whoRow->addLayout(who, 1);
    // Both of the visit's actions beside the customer, so the cards start right below.
    whoRow->addWidget(m_redeem, 0, Qt::AlignVCenter);
    whoRow->addWidget(m_finish, 0, Qt::AlignVCenter);
    headerLayout->addLayout(whoRow);
    headerLayout->addWidget(m_scanBar);

    auto* scansBox = new QVBoxLayout;
    scansBox->setSpacing(6);
    scansBox->addWidget(m_scansHeading);
    scansBox->addWidget(m_scansView, 1);
    auto* redemptionsBox = new QVBoxLayout;
    redemptionsBox->setSpacing(6);
    redemptionsBox->addWidget(m_redemptionsHeading);
    redemptionsBox->addWidget(m_redemptionsView, 1);
    auto* visitLists = new QHBoxLayout;
    visitLists->setSpacing(16);
    visitLists->addLayout(scansBox, 3);
    visitLists->addLayout(redemptionsBox, 2);

    // The visit lists keep room for six scans; the cards take the rest and scroll.
    m_scansView->setMinimumHeight(tableHeightFor(m_scansView, 6));
    m_redemptionsView->setMinimumHeight(m_scansView->minimumHeight());
    m_cardsView->setMinimumHeight(tableHeightFor(m_cardsView, 1));

    auto* right = new QVBoxLayout;
    right->setSpacing(6);
    right->addWidget(header);
    right->addWidget(m_strip);
    right->addWidget(m_cardsView, 1);
    right->addLayout(visitLists, 0);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(16);
    layout->addWidget(left, 2);
    layout->addLayout(right, 7);

    // Tab as a cashier works: the scan bar first, then the visit's actions, then its lists.
    chainTabOrder({m_newCustomer, m_scanBar->codeField(), m_scanBar->quantityBox(),
                   m_scanBar->addButton(), m_scanBar->productSearchField(), m_redeem, m_finish,
                   m_cardsView, m_scansView, m_redemptionsView});

    connect(m_lookup, &CustomerLookup::customerChosen, this, &CheckoutWidget::chooseCustomer);
    connect(m_newCustomer, &QPushButton::clicked, this, &CheckoutWidget::newCustomer);
    connect(m_scanBar, &ScanBar::scanRequested, this, &CheckoutWidget::scan);
    connect(m_scanner, &ScannerInputFilter::scanned, m_scanBar, &ScanBar::takeScannedCode);
    connect(m_finish, &QPushButton::clicked, this, &CheckoutWidget::finishVisit);
    connect(m_redeem, &QPushButton::clicked, this, &CheckoutWidget::redeemSelected);
    connect(m_cardsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.data(CustomerCardsModel::RewardUnitsRole).toInt() > 0)
            openRedeem(index.data(CustomerCardsModel::CardIdRole).toString());
    });
    connect(m_cardsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CheckoutWidget::updateButtons);
    connect(voidDelegate, &ActionButtonDelegate::clicked, this, [this](const QModelIndex& index) {
        voidScan(index.data(VisitScansModel::ScanIdRole).toLongLong());
    });
    connect(undoDelegate, &ActionButtonDelegate::clicked, this, [this](const QModelIndex& index) {
        undoRedemption(index.data(VisitRedemptionsModel::RedemptionIdRole).toLongLong());
    });
    connect(&m_session, &Session::locationChanged, this, &CheckoutWidget::updateHeader);

    const auto shortcut = [this](const QKeySequence& keys, const char* what, auto slot,
                                 QWidget* on = nullptr) {
        auto* s = Shortcuts::add(keys, on ? on : this, what);
        s->setContext(on ? Qt::WidgetShortcut : Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_F), QT_TRANSLATE_NOOP("Shortcuts", "Find a customer"),
             [this] { focusSearch(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), QT_TRANSLATE_NOOP("Shortcuts", "New customer"),
             [this] { newCustomer(); });
    shortcut(QKeySequence(Qt::Key_F4), QT_TRANSLATE_NOOP("Shortcuts", "Type a UPC"),
             [this] { m_scanBar->focusCode(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I),
             QT_TRANSLATE_NOOP("Shortcuts", "Find an item by its name"),
             [this] { m_scanBar->productSearchField()->setFocus(Qt::ShortcutFocusReason); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_R),
             QT_TRANSLATE_NOOP("Shortcuts", "Redeem the chosen card's reward"),
             [this] { redeemSelected(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return),
             QT_TRANSLATE_NOOP("Shortcuts", "Finish the visit"), [this] { finishVisit(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter),
             QT_TRANSLATE_NOOP("Shortcuts", "Finish the visit"), [this] { finishVisit(); });
    shortcut(
        QKeySequence(Qt::Key_Delete),
        QT_TRANSLATE_NOOP("Shortcuts", "Void the chosen scan (in the visit's scans)"),
        [this] {
            const QModelIndex index = m_scansView->currentIndex();
            if (index.isValid() && !index.data(VisitScansModel::VoidedRole).toBool())
                voidScan(index.data(VisitScansModel::ScanIdRole).toLongLong());
        },
        m_scansView);

    // Last, so the scanner filter sees every child built above.
    m_scanner->watch(this);
    retranslate();
    updateHeader();
    updateButtons();
}

void CheckoutWidget::focusSearch()
{
    m_lookup->focusSearch();
}

void CheckoutWidget::showDialog(QDialog* dialog)
{
    if (m_dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void CheckoutWidget::cardsConfirmed(const QString& customerUuid)
{
    if (!m_customer || m_customer->uuid != customerUuid)
        return;
    const QString card = selectedCardId();
    m_cards->reload();
    if (!card.isEmpty())
        selectCard(card);
}

void CheckoutWidget::reloadCustomer()
{
    if (!m_customer)
        return;
    if (auto customer = m_session.store().customers().get(m_customer->id))
        m_customer = *customer;
    reloadVisit();
    updateHeader();
}

bool CheckoutWidget::chooseCustomer(qint64 customerId)
{
    if (customerId == 0)
        return false;
    Store& store = m_session.store();
    if (m_visitId != 0) {
        if (m_customer && m_customer->id == customerId) {
            m_scanBar->focusCode();
            return true;
        }
        if (m_scans->activeCount() > 0 || m_redemptions->activeCount() > 0) {
            m_strip->showMessage(MessageStrip::Kind::Warning,
                                 tr("Finish %1's visit before starting another customer's.")
                                     .arg(m_customer ? m_customer->displayName() : QString()));
            return false;
        }
        // Nothing happened in that visit: close it quietly rather than leave it open.
        if (auto s = store.visits().finish(m_session.actor(), m_visitId); !s) {
            m_strip->showMessage(MessageStrip::Kind::Error, s.error().message);
            return false;
        }
        clearCustomer();
    }
    auto customer = store.customers().get(customerId);
    if (!customer) {
        m_strip->showMessage(MessageStrip::Kind::Error, customer.error().message);
        return false;
    }
    auto visit = store.visits().open(m_session.actor(), customerId);
    if (!visit) {
        m_strip->showMessage(MessageStrip::Kind::Error, visit.error().message);
        return false;
    }
    m_customer = *customer;
    m_visitId = visit->id;
    m_offers.clear();
    reloadVisit();
    updateHeader();
    emit customerOpened(m_customer->uuid);
    const int rewardRow = m_cards->firstRewardRow();
    if (rewardRow >= 0) {
        m_cardsView->selectRow(rewardRow);
        m_strip->showMessage(
            MessageStrip::Kind::Success,
            tr("%1 has a reward waiting on “%2”. Redeem it now or later.")
                .arg(m_customer->displayName(), m_cards->cardAt(rewardRow).card.title));
    } else {
        m_strip->showMessage(
            MessageStrip::Kind::Info,
            tr("Visit started for %1. Scan the items.").arg(m_customer->displayName()));
    }
    m_session.notifyChanged();
    m_scanBar->focusCode();
    return true;
}

void CheckoutWidget::scan(const QString& code, int quantity)
{
    const auto refuse = [this](const QString& why) {
        m_strip->showMessage(MessageStrip::Kind::Error, why);
        m_scanBar->scanDone(false);
        emit scanAnswered(false);
    };
    if (m_visitId == 0)
        return refuse(tr("Choose the customer first, then scan the items."));
    auto line = ScanLine::parse(code);
    if (!line)
        return refuse(line.error().message);
    if (line->quantity == 1 && quantity > 1)
        line->quantity = quantity;
    auto outcome = m_session.store().visits().scan(m_session.actor(), m_visitId, *line);
    if (!outcome)
        return refuse(outcome.error().message);

    const ScanAnswer answer(*outcome);
    m_strip->showMessage(answer.kind(), answer.text());
    reloadVisit();
    if (!answer.cardToShow().isEmpty())
        selectCard(answer.cardToShow());
    m_scanBar->scanDone(true);
    emit scanAnswered(true);
    m_session.notifyChanged();
    if (!outcome->offerIds.isEmpty())
        queueOffers(outcome->offerIds);
}

void CheckoutWidget::queueOffers(const QStringList& offerIds)
{
    auto chances = m_session.store().offers().inVisit(m_visitId);
    if (!chances) {
        m_strip->showMessage(MessageStrip::Kind::Error, chances.error().message);
        return;
    }
    QStringList notes;
    for (const OfferChance& c : m_offers.add(*chances, offerIds))
        notes << tr("Offer “%1”: %n more to buy.", nullptr, c.unitsToNext).arg(c.offer.title);
    if (!notes.isEmpty())
        m_strip->showMessage(m_strip->kind(),
                             m_strip->text() + QLatin1Char('\n') + notes.join(QLatin1Char('\n')));
    showNextOffer();
}

void CheckoutWidget::showNextOffer()
{
    if (m_offers.isEmpty() || m_visitId == 0 || (m_dialog && m_dialog->isVisible()))
        return;
    auto chances = m_session.store().offers().inVisit(m_visitId);
    const auto next = chances ? m_offers.take(*chances) : std::nullopt;
    if (!next)
        return;
    auto* dialog = new OfferDialog(m_session, m_visitId, *next,
                                   m_customer ? m_customer->email : QString(), this);
    connect(dialog, &OfferDialog::redeemed, this, [this](const Redemption& r) {
        reloadVisit();
        m_strip->showMessage(MessageStrip::Kind::Success,
                             tr("Offer redeemed: %1.").arg(r.description));
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_scanBar->focusCode();
        QMetaObject::invokeMethod(this, &CheckoutWidget::showNextOffer, Qt::QueuedConnection);
    });
    showDialog(dialog);
}

QString CheckoutWidget::selectedCardId() const
{
    const QModelIndex index = m_cardsView->currentIndex();
    return index.isValid() ? index.data(CustomerCardsModel::CardIdRole).toString() : QString();
}

void CheckoutWidget::selectCard(const QString& cardId)
{
    const int row = m_cards->rowOfCard(cardId);
    if (row >= 0) {
        m_cardsView->selectRow(row);
        m_cardsView->scrollTo(m_cards->index(row, 0));
    }
}

void CheckoutWidget::redeemSelected()
{
    if (m_visitId == 0)
        return;
    int row = m_cardsView->currentIndex().isValid() ? m_cardsView->currentIndex().row() : -1;
    if (row < 0 || CustomerCardsModel::rewardUnits(m_cards->cardAt(row)) == 0)
        row = m_cards->firstRewardRow();
    if (row < 0) {
        m_strip->showMessage(MessageStrip::Kind::Info,
                             tr("No reward is waiting on this customer's cards."));
        return;
    }
    openRedeem(m_cards->cardAt(row).card.id);
}

void CheckoutWidget::openRedeem(const QString& cardId)
{
    if (m_visitId == 0 || !m_customer)
        return;
    auto* dialog =
        new RedeemDialog(m_session, m_customer->id, cardId, m_visitId, m_customer->email, this);
    connect(dialog, &RedeemDialog::redeemed, this, [this](const Redemption& r) {
        reloadVisit();
        selectCard(r.cardId);
        m_strip->showMessage(MessageStrip::Kind::Success,
                             tr("Redeemed: %1 free on “%2”.").arg(r.description, r.cardTitle));
    });
    connect(dialog, &QDialog::finished, this, [this] { m_scanBar->focusCode(); });
    showDialog(dialog);
}

void CheckoutWidget::voidScan(qint64 scanId)
{
    QString item;
    for (int row = 0; row < m_scans->rowCount(); ++row)
        if (m_scans->scanAt(row).id == scanId)
            item = m_scans->scanAt(row).product.description;
    if (auto s = m_session.store().visits().voidScan(m_session.actor(), scanId); !s) {
        m_strip->showMessage(MessageStrip::Kind::Error, s.error().message);
        return;
    }
    reloadVisit();
    m_session.notifyChanged();
    m_strip->showMessage(MessageStrip::Kind::Info, tr("Voided: %1.").arg(item));
    m_scanBar->focusCode();
}

void CheckoutWidget::undoRedemption(qint64 redemptionId)
{
    auto* dialog = UndoRedemptionDialog::forRedemption(m_session, redemptionId, m_strip, this);
    if (!dialog)
        return;
    connect(
        dialog, &UndoRedemptionDialog::undone, this, [this](const Redemption& r, UndoMode mode) {
            reloadVisit();
            m_session.notifyChanged();
            m_strip->showMessage(MessageStrip::Kind::Info, tr("Undone: %1.").arg(r.description));
            if (mode != UndoMode::RemoveAndReselect)
                return;
            // Choosing again reopens what gave the item: the card's reward or the offer.
            QMetaObject::invokeMethod(
                this,
                [this, r] {
                    if (!r.cardId.isEmpty()) {
                        openRedeem(r.cardId);
                    } else if (!r.offerId.isEmpty()) {
                        m_offers.forget(r.offerId);
                        queueOffers({r.offerId});
                    }
                },
                Qt::QueuedConnection);
        });
    showDialog(dialog);
}

void CheckoutWidget::finishVisit()
{
    if (m_visitId == 0)
        return;
    auto multi = m_session.store().visits().multiPurchases(m_visitId);
    if (!multi) {
        m_strip->showMessage(MessageStrip::Kind::Error, multi.error().message);
        return;
    }
    if (multi->empty()) {
        finishWith(QString());
        return;
    }
    auto* dialog = new FinishVisitDialog(*multi, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { finishWith(dialog->reason()); });
    showDialog(dialog);
}

void CheckoutWidget::finishWith(const QString& reason)
{
    if (auto s = m_session.store().visits().finish(m_session.actor(), m_visitId, reason); !s) {
        m_strip->showMessage(MessageStrip::Kind::Error, s.error().message);
        return;
    }
    const QString name = m_customer ? m_customer->displayName() : QString();
    clearCustomer();
    m_session.notifyChanged();
    m_strip->showMessage(MessageStrip::Kind::Success,
                         tr("Visit finished for %1. Ready for the next customer.").arg(name));
    m_lookup->clear();
    m_lookup->focusSearch();
}

void CheckoutWidget::newCustomer()
{
    auto* dialog = new NewCustomerDialog(m_session, this);
    dialog->prefill(m_lookup->searchField()->text());
    connect(dialog, &NewCustomerDialog::customerReady, this, [this](qint64 id) {
        m_lookup->model()->refresh();
        chooseCustomer(id);
    });
    showDialog(dialog);
}

void CheckoutWidget::clearCustomer()
{
    m_customer.reset();
    m_visitId = 0;
    m_offers.clear();
    reloadVisit();
    updateHeader();
}

void CheckoutWidget::reloadVisit()
{
    const QString selected = selectedCardId();
    QStringList problems;
    for (const QString& problem : {m_cards->load(m_customer ? m_customer->id : 0),
                                   m_scans->load(m_visitId), m_redemptions->load(m_visitId)})
        if (!problem.isEmpty())
            problems << problem;
    if (!problems.isEmpty())
        m_strip->showMessage(MessageStrip::Kind::Error, problems.join(QLatin1Char('\n')));
    if (!selected.isEmpty())
        selectCard(selected);
    updateButtons();
}

void CheckoutWidget::updateHeader()
{
    if (m_customer) {
        m_customerName->setText(m_customer->displayName());
        const QString contact = CustomerSearchModel::contactLine(*m_customer);
        m_customerContact->setText(contact.isEmpty() ? tr("No phone or email on file") : contact);
    } else {
        m_customerName->setText(tr("No customer yet"));
        m_customerContact->setText(
            tr("Find the customer on the left (%1), or add a new one (%2). Shortcuts: %3")
                .arg(keys(Qt::CTRL | Qt::Key_F), keys(Qt::CTRL | Qt::Key_N), keys(Qt::Key_F1)));
    }
}

void CheckoutWidget::updateButtons()
{
    const bool open = m_visitId != 0;
    m_finish->setEnabled(open);
    m_redeem->setEnabled(open && m_cards->firstRewardRow() >= 0);
}

void CheckoutWidget::retranslate()
{
    setWindowTitle(tr("Checkout"));
    m_newCustomer->setText(tr("New customer…"));
    m_newCustomer->setToolTip(keys(Qt::CTRL | Qt::Key_N));
    m_finish->setText(tr("Finish visit"));
    m_finish->setToolTip(keys(Qt::CTRL | Qt::Key_Return));
    m_redeem->setText(tr("Redeem reward…"));
    m_redeem->setToolTip(keys(Qt::CTRL | Qt::Key_R));
    m_scansHeading->setText(tr("Scanned this visit"));
    m_redemptionsHeading->setText(tr("Redeemed this visit"));
    // What a screen reader names each list (the cards have no heading of their own).
    m_cardsView->setAccessibleName(tr("Cards"));
    m_scansView->setAccessibleName(m_scansHeading->text());
    m_redemptionsView->setAccessibleName(m_redemptionsHeading->text());
    updateHeader();
}

void CheckoutWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The models' texts (and the engine's labels in them) follow the new language.
        reloadVisit();
    }
    QWidget::changeEvent(event);
}

} // namespace astro::ui
