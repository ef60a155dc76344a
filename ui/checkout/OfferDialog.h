#pragma once

#include "engine/OfferService.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace astro::ui {

class ProductChoiceModel;
class Session;

// The alert when a scanned item earns a monthly offer in this visit: what the offer is, the
// item to give (or to take the rebate off), the email when the offer needs one; accept or
// decline. A reached limit is said plainly and nothing can be redeemed.
class OfferDialog : public QDialog
{
    Q_OBJECT

public:
    OfferDialog(Session& session, qint64 visitId, const OfferChance& chance, const QString& email,
                QWidget* parent = nullptr);

    const OfferChance& chance() const { return m_chance; }
    ProductChoiceModel* itemsModel() const { return m_items; }
    QTableView* itemsView() const { return m_view; }
    QLineEdit* emailField() const { return m_email; }
    QPushButton* acceptButton() const { return m_accept; }
    QPushButton* declineButton() const { return m_decline; }
    QString blockedText() const;
    QString errorText() const;

    void accept() override;

signals:
    void redeemed(const Redemption& redemption);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();

    Session& m_session;
    qint64 m_visitId;
    OfferChance m_chance;
    ProductChoiceModel* m_items;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_status;
    QLabel* m_blocked;
    QLabel* m_chooseLabel;
    QTableView* m_view;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_accept;
    QPushButton* m_decline;
};

} // namespace astro::ui
