#pragma once

#include <QPointer>
#include <QWidget>

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
class EnrollmentGridPage : public QWidget
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
    void reload();
    // Opens the editor of a cell (location column, program row).
    void editCell(const QModelIndex& index);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void updateActions();

    Session& m_session;
    bool m_stale = true; // data changed while the page was hidden
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
