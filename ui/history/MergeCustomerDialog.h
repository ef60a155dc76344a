#pragma once

#include "customers/CustomerStore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace astro::ui {

class CustomerLookup;
class Session;

// Merges a duplicate into the customer being looked at: find the duplicate, confirm, and the
// engine moves every visit, punch, reward and redemption over.
class MergeCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    MergeCustomerDialog(Session& session, const Customer& keep, QWidget* parent = nullptr);

    CustomerLookup* lookup() const { return m_lookup; }
    // Moves to the confirmation for this duplicate.
    void chooseDuplicate(qint64 customerId);
    bool confirming() const;
    QPushButton* mergeButton() const { return m_merge; }
    QString confirmText() const;
    QString errorText() const;

    void accept() override;

signals:
    void merged(qint64 keepId, qint64 duplicateId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    Customer m_keep;
    std::optional<Customer> m_duplicate;
    QStackedWidget* m_pages;
    QLabel* m_intro;
    CustomerLookup* m_lookup;
    QPushButton* m_cancel;
    QLabel* m_confirmTitle;
    QLabel* m_confirm;
    QLabel* m_error;
    QPushButton* m_back;
    QPushButton* m_merge;
};

} // namespace astro::ui
