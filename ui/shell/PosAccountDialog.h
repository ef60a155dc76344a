#pragma once

#include "pos/PosUserStore.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace astro::ui {

class Session;

// Adds a POS account (its name, client id and password typed twice), or sets the new password of
// one. The password is never shown or logged; the engine keeps a salted hash and audits the change.
class PosAccountDialog : public QDialog
{
    Q_OBJECT

public:
    // A new account.
    explicit PosAccountDialog(Session& session, QWidget* parent = nullptr);
    // A new password for `account`.
    PosAccountDialog(Session& session, PosUser account, QWidget* parent = nullptr);

    void accept() override;

    // The account added, or whose password was set, once accepted.
    const std::optional<PosUser>& account() const { return m_account; }
    bool addsAccount() const { return m_adding; }

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* clientField() const { return m_client; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* confirmField() const { return m_confirm; }
    QString errorText() const;
    QPushButton* okButton() const { return m_ok; }

protected:
    void changeEvent(QEvent* event) override;

private:
    PosAccountDialog(Session& session, std::optional<PosUser> account, QWidget* parent);
    void retranslate();

    Session& m_session;
    std::optional<PosUser> m_account;
    const bool m_adding;
    QLabel* m_intro;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_clientLabel;
    QLineEdit* m_client;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_ok;
};

} // namespace astro::ui
