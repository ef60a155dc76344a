#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;

namespace astro::ui {

class BackupsDialog;
class DailyBackup;
class Session;

// Settings' summary of the store's backups: the last good one (or the last failure) and the
// button to the backups themselves.
class BackupGroup : public QGroupBox
{
    Q_OBJECT

public:
    BackupGroup(Session& session, QWidget* parent = nullptr);

    // The backups the app makes; without them the group stays hidden.
    void setDailyBackup(DailyBackup* backups);
    DailyBackup* dailyBackup() const;
    void openBackups();

    QString summaryText() const;
    QPushButton* openButton() const { return m_open; }
    BackupsDialog* dialog() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Session& m_session;
    QPointer<DailyBackup> m_backups;
    QLabel* m_summary;
    QPushButton* m_open;
    QPointer<BackupsDialog> m_dialog;
};

} // namespace astro::ui
