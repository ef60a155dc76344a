#pragma once

#include "users/UserStore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace astro::ui {

class Session;

// Sets a user's new PIN (an Admin for anyone), typed twice. The PIN itself is never shown or
// logged; the engine records that it was reset.
class UserPinDialog : public QDialog
{
    Q_OBJECT

public:
    UserPinDialog(Session& session, User user, QWidget* parent = nullptr);

    void accept() override;

    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* confirmField() const { return m_confirm; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* setButton() const { return m_set; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    User m_user;
    QLabel* m_intro;
    QLabel* m_pinLabel;
    QLineEdit* m_pin;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_set;
};

} // namespace astro::ui
