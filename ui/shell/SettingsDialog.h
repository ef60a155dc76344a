#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace astro::bridge {
class BridgeService;
}

namespace astro::ui {

class AppearanceGroup;
class BackupGroup;
class DailyBackup;
class PosBridgeDialog;
class SoundGroup;
class Session;

// The counter's settings. Everyone: language, idle lock, scanner timing, the scan sound and the
// appearance. Managers and Admins also: the counter's location, how often retailer batches
// close, and the database file (used from the next start). Admins also: the Astro server the
// counter syncs with, whose user name and password are checked with the server (off the GUI thread)
// before anything is saved, and the POS bridge (its own dialog).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Session& session, QWidget* parent = nullptr);

    // Saves and applies; stays open and says why when the engine refuses something.
    void accept() override;
    // Not while the server checks the sync settings: they are saved when it says yes.
    void reject() override;

    QGroupBox* storeGroup() const { return m_storeGroup; }
    QComboBox* languageBox() const { return m_language; }
    QSpinBox* idleBox() const { return m_idle; }
    QSpinBox* burstBox() const { return m_burst; }
    QComboBox* locationBox() const { return m_location; }
    QComboBox* cadenceBox() const { return m_cadence; }
    QGroupBox* syncGroup() const { return m_syncGroup; }
    QLineEdit* syncUrlField() const { return m_syncUrl; }
    QLineEdit* syncUserField() const { return m_syncUser; }
    QLineEdit* syncClientField() const { return m_syncClient; }
    QLineEdit* syncPasswordField() const { return m_syncPassword; }
    QGroupBox* posGroup() const { return m_posGroup; }
    QPushButton* posBridgeButton() const { return m_posBridgeButton; }
    // The POS bridge's dialog, while it is open.
    PosBridgeDialog* posBridgeDialog() const;
    // The bridge the app runs, whose state the POS bridge's dialog shows (none in some tests).
    void setBridgeService(bridge::BridgeService* service) { m_bridgeService = service; }
    // The backups the app makes, summed up for Managers and Admins (none in some tests).
    void setDailyBackup(DailyBackup* backups);
    BackupGroup* backupGroup() const { return m_backupGroup; }
    SoundGroup* soundGroup() const { return m_soundGroup; }
    AppearanceGroup* appearanceGroup() const { return m_appearanceGroup; }
    // Copies what support needs (Diagnostics) to the clipboard, and says so.
    void copyDiagnostics();
    QPushButton* diagnosticsButton() const { return m_diagnostics; }
    // While the server checks the sync user name and password.
    bool checkingSync() const { return m_checkingSync; }
    // Where the password is kept: the keychain, or the database's settings.
    QString credentialsNoteText() const;
    QString errorText() const;

signals:
    // The counter's own preferences changed (idle lock, scanner timing).
    void applied();
    // New sync settings were saved: the sync tries again at once.
    void syncConfigured();
    // The POS bridge's settings were saved: the bridge starts, stops or moves.
    void bridgeConfigured();

public slots:
    void openPosBridge();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void loadSync();
    void chooseDatabase();
    bool syncChanged() const;
    // Checks what can be checked here, then has the server check the rest on another thread.
    void checkSync();
    void syncChecked(const QString& error, bool secure);
    void showCredentialsNote();
    void showPosSummary();
    void save();

    Session& m_session;
    QGroupBox* m_counterGroup;
    QLabel* m_databaseLabel;
    QLineEdit* m_database;
    QPushButton* m_databaseButton;
    QLabel* m_databaseNote;
    QLabel* m_databaseInUse;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_idleLabel;
    QSpinBox* m_idle;
    QLabel* m_burstLabel;
    QSpinBox* m_burst;
    QLabel* m_burstNote;
    QLabel* m_displayLabel;
    QCheckBox* m_displayAuto;
    QComboBox* m_displayLanguage;
    QGroupBox* m_storeGroup;
    QLabel* m_locationLabel;
    QComboBox* m_location;
    QLabel* m_cadenceLabel;
    QComboBox* m_cadence;
    QGroupBox* m_syncGroup;
    QLabel* m_syncUrlLabel;
    QLineEdit* m_syncUrl;
    QLabel* m_syncUserLabel;
    QLineEdit* m_syncUser;
    QLabel* m_syncClientLabel;
    QLineEdit* m_syncClient;
    QLabel* m_syncPasswordLabel;
    QLineEdit* m_syncPassword;
    QLabel* m_credentialsNote;
    QProgressBar* m_syncBusy;
    QLabel* m_syncProgress;
    QGroupBox* m_posGroup;
    QLabel* m_posSummary;
    QPushButton* m_posBridgeButton;
    BackupGroup* m_backupGroup;
    SoundGroup* m_soundGroup;
    AppearanceGroup* m_appearanceGroup;
    QPointer<PosBridgeDialog> m_posBridge;
    bridge::BridgeService* m_bridgeService = nullptr;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    QPushButton* m_diagnostics;
    QString m_initialDatabase;
    QString m_initialSyncUrl;
    QString m_initialSyncUser;
    QString m_initialSyncClient;
    bool m_syncConfigured = false;
    bool m_checkingSync = false;
    // Unknown until the check on another thread answers.
    int m_credentialsSecure = -1;
};

} // namespace astro::ui
