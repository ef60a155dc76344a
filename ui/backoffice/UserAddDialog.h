#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace astro::ui {

class Session;

// Adds a user (Admins): name, role and the PIN typed twice. The engine checks and records it;
// its refusal (a name taken, a PIN too short) shows here and the dialog stays open.
class UserAddDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserAddDialog(Session& session, QWidget* parent = nullptr);

    void accept() override;
    // The name of the user added, once accepted.
    const QString& addedName() const { return m_added; }

    QLineEdit* nameField() const { return m_name; }
    QComboBox* roleBox() const { return m_role; }
    QLineEdit* pinField() const { return m_pin; }
    QLineEdit* confirmField() const { return m_confirm; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* addButton() const { return m_add; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_roleLabel;
    QComboBox* m_role;
    QLabel* m_pinLabel;
    QLineEdit* m_pin;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_add;
    QString m_added;
};

} // namespace astro::ui
