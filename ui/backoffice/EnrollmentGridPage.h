#pragma once

#include "ui/backoffice/BackOfficePage.h"

#include <QPointer>

class QDialog;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace astro::ui {

class EnrollmentEditorDialog;
class EnrollmentGridModel;
class MessageStrip;
class Session;

// The enrollment grid (Managers and Admins): programs and offers down, locations across, each
// cell the distributor and account number the location uses; Temporary Holding stands out.
// Double-click a cell, or select it and press Edit, to enroll or change it.
class EnrollmentGridPage : public BackOfficePage
{
    Q_OBJECT

public:
    explicit EnrollmentGridPage(Session& session, QWidget* parent = nullptr);

    EnrollmentGridModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* editButton() const { return m_edit; }
    MessageStrip* messageStrip() const { return m_strip; }
    // The open editor, if any.
    EnrollmentEditorDialog* currentEditor() const;

    // Reads the grid again, keeping the selected cell.
    // Opens the editor of a cell (location column, program row).
    void editCell(const QModelIndex& index);

protected:
    void load() override;
    void userChanged() override { updateActions(); }

private:
    void retranslate();
    void updateActions();

    Session& m_session;
    QPointer<QDialog> m_dialog;
    QLabel* m_title;
    QLabel* m_hint;
    MessageStrip* m_strip;
    EnrollmentGridModel* m_model;
    QTableView* m_view;
    QLabel* m_legend;
    QPushButton* m_edit;
};

} // namespace astro::ui
