#pragma once

#include "enrollment/EnrollmentService.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace astro::ui {

class MessageStrip;
class Session;

// Enrolls a location in a program or offer, or changes its distributor and account number:
// only the distributors eligible there (and Temporary Holding) are offered, the account number
// is checked as it is typed, and Save asks for confirmation (old → new) before the engine
// records the change. Leaving Temporary Holding releases the held redemptions. Used by the
// enrollment grid and the Temporary Holding page alike.
class EnrollmentEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // The editor of one cell, or nullptr with the reason shown in `strip` when the location or
    // the program cannot be read.
    static EnrollmentEditorDialog* create(Session& session, const QString& locationId,
                                          const QString& subjectId, MessageStrip* strip,
                                          QWidget* parent = nullptr);

    QComboBox* distributorBox() const { return m_distributor; }
    QLineEdit* accountField() const { return m_account; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* backButton() const { return m_back; }
    MessageStrip* messageStrip() const { return m_strip; }
    // The distributor ids the box offers, in order.
    QStringList distributorIds() const;
    void chooseDistributor(const QString& distributorId);
    // The account-number check as shown under the field; empty when the input is fine.
    QString problemText() const;
    bool problemShown() const;
    bool confirming() const;
    QString confirmText() const;
    int heldCount() const { return m_data.heldCount; }

    // Save on the form: checks the input, then asks for confirmation.
    void review();
    // Save on the confirmation: the engine records the change.
    void accept() override;

signals:
    // After the engine recorded it; `message` says what changed and how many held
    // redemptions were released.
    void saved(int released, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Loaded
    {
        Location location;
        Subject subject;
        std::optional<Enrollment> current;
        std::vector<Distributor> eligible;
        QString manufacturerName;
        int heldCount = 0;
    };
    EnrollmentEditorDialog(Session& session, Loaded loaded, QWidget* parent);

    void retranslate();
    void fillDistributors();
    void distributorChanged();
    void updateState();
    QString problem() const;
    bool changed() const;
    bool leavesHolding() const;
    QString chosenId() const;
    QString chosenName() const;
    bool chosenRequiresAccount() const;
    QString chosenAccount() const;
    Enrollment proposed() const;
    QString confirmation() const;
    void showPage(int page);

    Session& m_session;
    Loaded m_data;
    bool m_touched = false; // the problem shows once the user typed or pressed Save
    QString m_keptAccount;  // the number typed before Temporary Holding was chosen
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_now;
    MessageStrip* m_strip;
    QStackedWidget* m_pages;
    QFormLayout* m_form;
    QLabel* m_distributorLabel;
    QComboBox* m_distributor;
    QLabel* m_accountLabel;
    QLineEdit* m_account;
    QLabel* m_problem;
    QLabel* m_note;
    QLabel* m_heldNote;
    QLabel* m_confirmTitle;
    QLabel* m_confirmText;
    QPushButton* m_cancel;
    QPushButton* m_save;
    QPushButton* m_back;
    QPushButton* m_confirm;
};

} // namespace astro::ui
