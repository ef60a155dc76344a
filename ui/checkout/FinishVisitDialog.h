#pragma once

#include "engine/VisitService.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QListView;

namespace astro::ui {

// Before finishing a visit that punched a card more than once: which cards, and why (a common
// reason from the list, or the cashier's own words).
class FinishVisitDialog : public QDialog
{
    Q_OBJECT

public:
    FinishVisitDialog(const std::vector<MultiPurchase>& cards, QWidget* parent = nullptr);

    QString reason() const;
    QComboBox* reasonBox() const { return m_reasons; }
    QLineEdit* noteField() const { return m_note; }
    QPushButton* finishButton() const { return m_finish; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    bool otherChosen() const;

    std::vector<MultiPurchase> m_cards;
    QLabel* m_title;
    QLabel* m_text;
    QStringListModel* m_cardsModel;
    QListView* m_cardsView;
    QLabel* m_reasonLabel;
    QComboBox* m_reasons;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    QDialogButtonBox* m_buttons;
    QPushButton* m_finish;
};

} // namespace astro::ui
