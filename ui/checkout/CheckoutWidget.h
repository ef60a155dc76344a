#pragma once

#include "customers/CustomerStore.h"
#include "ui/checkout/OfferQueue.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace astro::ui {

class ElidedLabel;

class CustomerCardsModel;
class CustomerLookup;
class MessageStrip;
class ScanBar;
class ScannerInputFilter;
class Session;
class VisitRedemptionsModel;
class VisitScansModel;

// The counter's main screen: find the customer, scan the items, see their cards fill up,
// give earned rewards and offers, finish the visit. Every answer comes from the engine.
class CheckoutWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CheckoutWidget(Session& session, QWidget* parent = nullptr);

    // Opens a visit for the customer (finishing an untouched visit of another one).
    bool chooseCustomer(qint64 customerId);
    void scan(const QString& code, int quantity = 1);
    void openRedeem(const QString& cardId);
    // Redeems on the selected card, or the first one with a reward waiting.
    void redeemSelected();
    void voidScan(qint64 scanId);
    void undoRedemption(qint64 redemptionId);
    // Asks for the multi-purchase reason when needed, then finishes.
    void finishVisit();
    void newCustomer();
    void focusSearch();
    // Astro's count of a customer's cards arrived: shown at once if it is this customer.
    void cardsConfirmed(const QString& customerUuid);
    // The customer on screen changed elsewhere (the POS bridge recorded a sale): their record,
    // cards and visit are read again.
    void reloadCustomer();

    qint64 visitId() const { return m_visitId; }
    std::optional<Customer> customer() const { return m_customer; }
    CustomerLookup* lookup() const { return m_lookup; }
    ScanBar* scanBar() const { return m_scanBar; }
    MessageStrip* messageStrip() const { return m_strip; }
    ScannerInputFilter* scannerFilter() const { return m_scanner; }
    CustomerCardsModel* cardsModel() const { return m_cards; }
    QTableView* cardsView() const { return m_cardsView; }
    VisitScansModel* scansModel() const { return m_scans; }
    QTableView* scansView() const { return m_scansView; }
    VisitRedemptionsModel* redemptionsModel() const { return m_redemptions; }
    QTableView* redemptionsView() const { return m_redemptionsView; }
    QPushButton* finishButton() const { return m_finish; }
    QPushButton* redeemButton() const { return m_redeem; }
    // The dialog open over the checkout (redeem, offer, finish, new customer, undo), if any.
    QDialog* currentDialog() const { return m_dialog; }

signals:
    // A customer's visit opened: Astro may be asked for their cards, in the background.
    void customerOpened(const QString& customerUuid);
    // The engine answered a scan: recorded, or refused (unknown UPC, not enrolled, no visit…).
    void scanAnswered(bool recorded);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadVisit();
    void updateHeader();
    void updateButtons();
    void clearCustomer();
    void finishWith(const QString& reason);
    void showNextOffer();
    void queueOffers(const QStringList& offerIds);
    void selectCard(const QString& cardId);
    void showDialog(QDialog* dialog);
    QString selectedCardId() const;

    Session& m_session;
    std::optional<Customer> m_customer;
    qint64 m_visitId = 0;
    OfferQueue m_offers;
    QPointer<QDialog> m_dialog;

    ScannerInputFilter* m_scanner;
    CustomerLookup* m_lookup;
    QPushButton* m_newCustomer;
    QLabel* m_customerName;
    ElidedLabel* m_customerContact;
    QPushButton* m_finish;
    ScanBar* m_scanBar;
    MessageStrip* m_strip;
    QPushButton* m_redeem;
    CustomerCardsModel* m_cards;
    QTableView* m_cardsView;
    QLabel* m_scansHeading;
    VisitScansModel* m_scans;
    QTableView* m_scansView;
    QLabel* m_redemptionsHeading;
    VisitRedemptionsModel* m_redemptions;
    QTableView* m_redemptionsView;
};

} // namespace astro::ui
