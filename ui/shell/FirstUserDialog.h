#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace astro::ui {

class Session;

// Creates an empty store's first user, an Admin (the only user anyone may add unsigned).
class FirstUserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstUserDialog(Session& session, QWidget* parent = nullptr);

    void accept() override;

signals:
    void created(const QString& name);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    QLabel* m_intro;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_pinLabel;
    QLineEdit* m_pin;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_create;
};

} // namespace astro::ui
