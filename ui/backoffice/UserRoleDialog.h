#pragma once

#include "users/UserStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace astro::ui {

class Session;

// Changes a user's role (Admins). The engine refuses to demote the last active Admin; its
// message shows here and the dialog stays open.
class UserRoleDialog : public QDialog
{
    Q_OBJECT

public:
    UserRoleDialog(Session& session, User user, QWidget* parent = nullptr);

    void accept() override;

    QComboBox* roleBox() const { return m_role; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* changeButton() const { return m_change; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    User m_user;
    QLabel* m_intro;
    QComboBox* m_role;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_change;
};

} // namespace astro::ui
