#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace astro::ui {

class DailyBackup;
class Session;

// The store's backups, for a Manager or an Admin: the last good one, the list in the backup
// folder, a backup made now (on its own thread: the counter keeps working), where backups go and
// how many days they are kept, and how to put one back.
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(Session& session, DailyBackup& backups, QWidget* parent = nullptr);

    // Saves the folder and the days kept through the engine (audited); says so, or why not.
    void save();
    void chooseFolder();
    // Shows the folder's backups and the last good one as they are now.
    void refresh();

    QTreeWidget* list() const { return m_list; }
    QLineEdit* folderField() const { return m_folder; }
    QSpinBox* keepDaysBox() const { return m_keepDays; }
    QPushButton* backUpButton() const { return m_backUp; }
    QString summaryText() const;
    QString statusText() const;

    // A backup file's reason ("daily", "before-schema-8") in words.
    static QString reasonText(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showState();

    Session& m_session;
    DailyBackup& m_backups;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_chooseFolder;
    QLabel* m_keepDaysLabel;
    QSpinBox* m_keepDays;
    QLabel* m_restoreNote;
    QLabel* m_status;
    QPushButton* m_backUp;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    bool m_saved = false;
};

} // namespace astro::ui
