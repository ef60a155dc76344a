#pragma once

#include "engine/RedemptionService.h"

#include <QDialog>

class QLabel;
class QRadioButton;
class QDialogButtonBox;
class QPushButton;

namespace astro::ui {

class MessageStrip;
class Session;

// Asks how to undo a redemption: remove it and choose another item, or only remove it.
class UndoRedemptionDialog : public QDialog
{
    Q_OBJECT

public:
    UndoRedemptionDialog(const Redemption& redemption, QWidget* parent = nullptr);

    // The undo flow shared by the screens: reads the redemption (an error goes to `strip`),
    // and once the dialog is accepted undoes it as the signed-in user, then emits undone().
    // Returns the dialog for the caller to connect and show, or nullptr.
    static UndoRedemptionDialog* forRedemption(Session& session, qint64 redemptionId,
                                               MessageStrip* strip, QWidget* parent);

    UndoMode mode() const;
    void setMode(UndoMode mode);
    const Redemption& redemption() const { return m_redemption; }

signals:
    void undone(const astro::Redemption& redemption, astro::UndoMode mode);

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
