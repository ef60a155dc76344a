#pragma once

#include "engine/RedemptionService.h"

#include <QDialog>

class QLabel;
class QRadioButton;
class QDialogButtonBox;
class QPushButton;

namespace astro::ui {

// Asks how to undo a redemption: remove it and choose another item, or only remove it.
class UndoRedemptionDialog : public QDialog
{
    Q_OBJECT

public:
    UndoRedemptionDialog(const Redemption& redemption, QWidget* parent = nullptr);

    UndoMode mode() const;
    void setMode(UndoMode mode);
    const Redemption& redemption() const { return m_redemption; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Redemption m_redemption;
    QLabel* m_title;
    QLabel* m_item;
    QRadioButton* m_reselect;
    QRadioButton* m_removeOnly;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
    QPushButton* m_undo;
};

} // namespace astro::ui
