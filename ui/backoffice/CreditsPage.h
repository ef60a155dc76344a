#pragma once

#include "ui/backoffice/BackOfficePage.h"
#include "ui/backoffice/CreditGroupsModel.h"

#include "domain/Actor.h"

#include <QPointer>

#include <functional>

class QDialog;
class QFrame;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace astro::ui {

class BackgroundReader;
class CreditFilterBar;
class CreditLinesModel;
class CreditResubmitDialog;
class MessageStrip;
class Session;

// Distributor free goods credits (Managers and Admins): the redemptions credited by
// distributors and manufacturers, added up by distributor and manufacturer and listed by
// credit status; mark them credited, declined (with the reason) or reconciled, and fix and
// resubmit a declined one. Held credits show here read-only: the Temporary Holding page
// releases them.
class CreditsPage : public BackOfficePage
{
    Q_OBJECT

public:
    explicit CreditsPage(Session& session, QWidget* parent = nullptr);

    // The groups are being read.
    bool isReading() const;
    // Chooses a group row (the "all credits" row for a default key); false when it is gone.
    bool selectGroup(const CreditGroupsModel::Key& key);
    // Selects these lines of the list (those shown); returns how many were found.
    int selectLines(const QList<qint64>& redemptionIds);

    // The actions of the buttons: each asks for confirmation, then the engine.
    void markCredited();
    void markDeclined();
    void markReconciled();
    void fixAndResubmit();

    CreditFilterBar* filterBar() const { return m_filters; }
    CreditGroupsModel* groupsModel() const { return m_groups; }
    QTreeView* groupsView() const { return m_groupsView; }
    CreditLinesModel* linesModel() const { return m_lines; }
    QTableView* linesView() const { return m_linesView; }
    QLabel* linesHeading() const { return m_linesHeading; }
    QPushButton* markCreditedButton() const { return m_markCredited; }
    QPushButton* markDeclinedButton() const { return m_markDeclined; }
    QPushButton* reconcileButton() const { return m_reconcile; }
    QPushButton* resubmitButton() const { return m_resubmit; }
    QPushButton* holdingButton() const { return m_openHolding; }
    QFrame* noticePanel() const { return m_notice; }
    QLabel* noticeTitle() const { return m_noticeTitle; }
    QLabel* noticeText() const { return m_noticeText; }
    MessageStrip* messageStrip() const { return m_strip; }
    BackgroundReader* reader() const { return m_reader; }
    // The open "Fix and resubmit" dialog, if any.
    CreditResubmitDialog* currentResubmitDialog() const;

protected:
    // Reads the groups again off the GUI thread; once they come, the chosen one (kept when it is
    // still there) shows its lines.
    void load() override;
    void userChanged() override { updateActions(); }

private:
    void retranslate();
    void showGroups(const CreditQuery& query, Result<std::vector<CreditGroup>> groups);
    void showLines();
    void updateActions();
    void updateNotice();
    std::vector<Redemption> selectedLines() const;
    std::vector<Redemption> selectedIn(std::initializer_list<CreditStatus> states) const;
    const Redemption* currentLine() const;
    bool allowed() const { return permits(Permission::ManageCredits, m_strip); }
    // Applies `change` to each line, then says how many changed (and the first refusal).
    void apply(const std::vector<Redemption>& lines,
               const std::function<Status(const Actor&, qint64)>& change,
               const std::function<QString(int changed)>& done);
    // The Temporary Holding page of the back office this page is in, if the user may open it.
    QWidget* holdingPage() const;
    void openHoldingPage();

    Session& m_session;
    QPointer<QDialog> m_dialog;
    BackgroundReader* m_reader;
    QList<qint64> m_linesToSelect; // selected once the groups being read come
    QLabel* m_title;
    QLabel* m_hint;
    QLabel* m_roleHint;
    CreditFilterBar* m_filters;
    MessageStrip* m_strip;
    CreditGroupsModel* m_groups;
    QTreeView* m_groupsView;
    QLabel* m_linesHeading;
    CreditLinesModel* m_lines;
    QTableView* m_linesView;
    QFrame* m_notice;
    QLabel* m_noticeTitle;
    QLabel* m_noticeText;
    QPushButton* m_resubmit;
    QPushButton* m_openHolding;
    QPushButton* m_markCredited;
    QPushButton* m_markDeclined;
    QPushButton* m_reconcile;
};

} // namespace astro::ui
