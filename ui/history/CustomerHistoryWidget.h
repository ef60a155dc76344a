#pragma once

#include "customers/CustomerStore.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace astro::ui {

class CustomerCardsModel;
class CustomerLookup;
class CustomerRedemptionsModel;
class CustomerVisitsModel;
class MessageStrip;
class Session;
class VisitScansModel;

// A customer's history for Managers and Admins: cards, visits with what was bought, and
// redemptions with where their credit stands; undo a redemption after the visit, and merge a
// duplicate customer.
class CustomerHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerHistoryWidget(Session& session, QWidget* parent = nullptr);

    void showCustomer(qint64 customerId);
    void undoRedemption(qint64 redemptionId);
    void mergeDuplicates();

    std::optional<Customer> customer() const { return m_customer; }
    CustomerLookup* lookup() const { return m_lookup; }
    CustomerCardsModel* cardsModel() const { return m_cards; }
    CustomerVisitsModel* visitsModel() const { return m_visits; }
    QTableView* visitsView() const { return m_visitsView; }
    VisitScansModel* visitItemsModel() const { return m_visitItems; }
    CustomerRedemptionsModel* redemptionsModel() const { return m_redemptions; }
    QTableView* redemptionsView() const { return m_redemptionsView; }
    QPushButton* mergeButton() const { return m_merge; }
    MessageStrip* messageStrip() const { return m_strip; }
    QTabWidget* tabs() const { return m_tabs; }
    QDialog* currentDialog() const { return m_dialog; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reload();
    void updatePermissions();
    void showDialog(QDialog* dialog);

    Session& m_session;
    std::optional<Customer> m_customer;
    QPointer<QDialog> m_dialog;
    CustomerLookup* m_lookup;
    QLabel* m_name;
    QLabel* m_contact;
    QPushButton* m_merge;
    MessageStrip* m_strip;
    QTabWidget* m_tabs;
    CustomerCardsModel* m_cards;
    QTableView* m_cardsView;
    CustomerVisitsModel* m_visits;
    QTableView* m_visitsView;
    QLabel* m_visitItemsHeading;
    VisitScansModel* m_visitItems;
    QTableView* m_visitItemsView;
    CustomerRedemptionsModel* m_redemptions;
    QTableView* m_redemptionsView;
};

} // namespace astro::ui
