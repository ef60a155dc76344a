#pragma once

#include "engine/RedemptionService.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace astro::ui {

class ProductChoiceModel;
class Session;

// Gives a card's earned reward: shows only the items the card's rule allows, names the rule in
// plain words, says when a limit is reached, and records the redemption in the visit.
class RedeemDialog : public QDialog
{
    Q_OBJECT

public:
    RedeemDialog(Session& session, qint64 customerId, const QString& cardId, qint64 visitId,
                 const QString& email, QWidget* parent = nullptr);

    ProductChoiceModel* itemsModel() const { return m_items; }
    QTableView* itemsView() const { return m_view; }
    QLineEdit* emailField() const { return m_email; }
    QPushButton* redeemButton() const { return m_redeem; }
    QString ruleText() const;
    QString limitText() const;
    QString errorText() const;
    bool selectItem(const QString& gtin14);

    void accept() override;

signals:
    void redeemed(const Redemption& redemption);

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();
    void retranslate();
    void updateButtons();

    Session& m_session;
    qint64 m_customerId;
    QString m_cardId;
    qint64 m_visitId;
    std::optional<RewardChoice> m_choice;
    ProductChoiceModel* m_items;
    QLabel* m_card;
    QLabel* m_program;
    QLabel* m_rule;
    QLabel* m_limit;
    QLabel* m_chooseLabel;
    QTableView* m_view;
    QLabel* m_quantityLabel;
    QSpinBox* m_quantity;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_redeem;
};

} // namespace astro::ui
