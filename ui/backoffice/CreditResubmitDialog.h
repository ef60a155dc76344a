#pragma once

#include "engine/Redemption.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace astro::ui {

class MessageStrip;
class Session;

// "Fix and resubmit" for a declined credit: shows why it was declined, takes the corrected
// account number (filled in with the one sent) and a note, asks for confirmation (old → new,
// and whether the location's enrollment is corrected too), then CreditService::resubmit makes
// it Uncredited again.
class CreditResubmitDialog : public QDialog
{
    Q_OBJECT

public:
    // The dialog for one declined redemption, or nullptr with the reason shown in `strip`.
    static CreditResubmitDialog* create(Session& session, qint64 redemptionId, MessageStrip* strip,
                                        QWidget* parent = nullptr);

    const Redemption& redemption() const { return m_data.redemption; }
    QLabel* reasonLabel() const { return m_reason; }
    QLineEdit* accountField() const { return m_account; }
    QLineEdit* noteField() const { return m_note; }
    QPushButton* resubmitButton() const { return m_review; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* backButton() const { return m_back; }
    MessageStrip* messageStrip() const { return m_strip; }
    // The account-number check as shown under the field; empty when the input is fine.
    QString problemText() const;
    bool problemShown() const;
    bool confirming() const;
    QString confirmText() const;
    // Whether the location's enrollment still has the declined number (so it is fixed too).
    bool correctsEnrollment() const { return m_data.enrollmentHasDeclinedNumber; }

    // "Resubmit…" on the form: checks the input, then asks for confirmation.
    void review();
    // "Resubmit" on the confirmation: the engine records it.
    void accept() override;

signals:
    // After the engine recorded it; `message` says what was done.
    void resubmitted(qint64 redemptionId, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Loaded
    {
        Redemption redemption;
        QString creditor; // the distributor, or the manufacturer for a direct credit
        QString locationName;
        bool requiresAccount = true;
        bool enrollmentHasDeclinedNumber = false;
    };
    CreditResubmitDialog(Session& session, Loaded loaded, QWidget* parent);

    void retranslate();
    void updateState();
    QString problem() const;
    QString account() const;
    QString confirmation() const;
    void showPage(int page);

    Session& m_session;
    Loaded m_data;
    bool m_touched = false; // the problem shows once the user typed or pressed Resubmit
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_reasonHeading;
    QLabel* m_reason;
    MessageStrip* m_strip;
    QStackedWidget* m_pages;
    QLabel* m_accountLabel;
    QLineEdit* m_account;
    QLabel* m_problem;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    QLabel* m_hint;
    QLabel* m_confirmTitle;
    QLabel* m_confirmText;
    QPushButton* m_cancel;
    QPushButton* m_review;
    QPushButton* m_back;
    QPushButton* m_confirm;
};

} // namespace astro::ui
