#pragma once

#include "customers/CustomerStore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace astro::ui {

class CustomerListModel;
class Session;

// Adds a pet owner: first and last name, a phone and/or an email. When someone already has
// that phone or email, says who, and offers to use that customer or to add anyway.
class NewCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCustomerDialog(Session& session, QWidget* parent = nullptr);

    // Prefills from what was typed in the search (a name, phone or email).
    void prefill(const QString& searchText);

    QLineEdit* firstNameField() const { return m_first; }
    QLineEdit* lastNameField() const { return m_last; }
    QLineEdit* phoneField() const { return m_phone; }
    QLineEdit* emailField() const { return m_email; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* useExistingButton() const { return m_useExisting; }
    QPushButton* addAnywayButton() const { return m_addAnyway; }
    QListView* duplicatesView() const { return m_duplicatesView; }
    bool showingDuplicates() const;
    QString errorText() const;
    // The customer added or chosen, once accepted.
    qint64 customerId() const { return m_customerId; }

    void accept() override;

signals:
    void customerReady(qint64 customerId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void add();
    void useSelected();
    CustomerInput input() const;

    Session& m_session;
    qint64 m_customerId = 0;
    QStackedWidget* m_pages;
    QLabel* m_title;
    QLabel* m_firstLabel;
    QLineEdit* m_first;
    QLabel* m_lastLabel;
    QLineEdit* m_last;
    QLabel* m_phoneLabel;
    QLineEdit* m_phone;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_hint;
    QLabel* m_error;
    QPushButton* m_cancel;
    QPushButton* m_save;
    QLabel* m_duplicatesTitle;
    QLabel* m_duplicatesText;
    CustomerListModel* m_duplicates;
    QListView* m_duplicatesView;
    QPushButton* m_back;
    QPushButton* m_addAnyway;
    QPushButton* m_useExisting;
};

} // namespace astro::ui
