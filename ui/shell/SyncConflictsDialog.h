#pragma once

#include "sync/ConflictLog.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace astro::ui {

class Session;

// The conflicts the Astro server flagged between this store's counters (the same reward given
// twice while both were offline, a program no longer accepted...), for a Manager or an Admin to
// look at and mark resolved. Nothing is undone: both changes stay, and who resolved it is in the
// audit log.
class SyncConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncConflictsDialog(Session& session, QWidget* parent = nullptr);

    enum Column
    {
        DateColumn,
        KindColumn,
        CustomerColumn,
        MessageColumn,
        ResolvedColumn,
        ColumnCount
    };

    QTableView* view() const { return m_view; }
    QCheckBox* showResolvedBox() const { return m_showResolved; }
    QPushButton* resolveButton() const { return m_resolve; }
    // The confirmation's own "Mark resolved", shown after resolveButton().
    QPushButton* confirmButton() const { return m_confirmResolve; }
    bool confirming() const;
    QString confirmText() const;
    QString errorText() const;
    QString headingText() const;
    int conflictCount() const { return int(m_conflicts.size()); }
    // Selects the conflict with this id; false when it is not listed.
    bool selectConflict(qint64 id);

public slots:
    void reload();

signals:
    void resolved(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void selectionChanged();
    void askToResolve();
    void resolveSelected();
    const sync::SyncConflict* selected() const;

    Session& m_session;
    std::vector<sync::SyncConflict> m_conflicts;
    qint64 m_openCount = 0;
    QLabel* m_icon;
    QLabel* m_heading;
    QLabel* m_intro;
    QCheckBox* m_showResolved;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QLabel* m_error;
    QFrame* m_confirm;
    QLabel* m_confirmText;
    QPushButton* m_cancelConfirm;
    QPushButton* m_confirmResolve;
    QPushButton* m_resolve;
    QPushButton* m_close;
};

} // namespace astro::ui
