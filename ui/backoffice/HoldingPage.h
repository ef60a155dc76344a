#pragma once

#include "ui/backoffice/BackOfficePage.h"

#include <QPointer>

class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace astro::ui {

class EnrollmentEditorDialog;
class HeldProgramsModel;
class HeldRedemptionsModel;
class MessageStrip;
class Session;

// Temporary Holding (Managers and Admins): every program held at any location, the
// redemptions each holds, and "Choose distributor…" to release them to a real distributor.
class HoldingPage : public BackOfficePage
{
    Q_OBJECT

public:
    explicit HoldingPage(Session& session, QWidget* parent = nullptr);

    HeldProgramsModel* programsModel() const { return m_programs; }
    QTableView* programsView() const { return m_programsView; }
    HeldRedemptionsModel* redemptionsModel() const { return m_redemptions; }
    QTableView* redemptionsView() const { return m_redemptionsView; }
    QPushButton* chooseButton() const { return m_choose; }
    MessageStrip* messageStrip() const { return m_strip; }
    QLabel* emptyLabel() const { return m_empty; }
    // The open editor, if any.
    EnrollmentEditorDialog* currentEditor() const;

    // Selects a held program (its redemptions show below); false when it is not held.
    bool selectProgram(const QString& locationId, const QString& subjectId);
    // Opens the enrollment editor of the selected program.
    void chooseDistributor();

protected:
    void load() override;
    void userChanged() override { updateActions(); }

private:
    void retranslate();
    void showRedemptions();
    void updateActions();

    Session& m_session;
    QPointer<QDialog> m_dialog;
    QLabel* m_title;
    QLabel* m_hint;
    MessageStrip* m_strip;
    QLabel* m_empty;
    HeldProgramsModel* m_programs;
    QTableView* m_programsView;
    QPushButton* m_choose;
    QLabel* m_redemptionsHeading;
    HeldRedemptionsModel* m_redemptions;
    QTableView* m_redemptionsView;
};

} // namespace astro::ui
