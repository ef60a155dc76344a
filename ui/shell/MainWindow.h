#pragma once

#include "domain/Actor.h"
#include "domain/Permissions.h"

#include <QMainWindow>
#include <QPointer>

#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace astro {
class Store;
namespace bridge {
class BridgeService;
}
namespace sync {
class SyncService;
}
} // namespace astro

namespace astro::ui {

class BackOfficeWidget;
class CheckoutWidget;
class CustomerHistoryWidget;
class IdleWatcher;
class CustomerDisplayController;
class DailyBackup;
class StartupCheck;
class PosFollower;
class ScanSound;
class SectionBar;
class Session;
class SessionStatusBar;
class SignInWidget;

// The counter app's window: the sign-in screen over the workspace, the sections the signed-in
// role may use, and the status bar. Locking (idle or by hand) returns to sign-in and keeps the
// screen underneath as it was.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store& store, QWidget* parent = nullptr);
    ~MainWindow() override;

    // A section is a page and the permission it needs; only the sections the signed-in role is
    // allowed show up. The back office adds its own the same way.
    void addSection(QWidget* page, Permission required);
    QList<QWidget*> availableSections() const;
    QWidget* currentSection() const;
    void showSection(QWidget* page);

    Session& session() { return *m_session; }
    SignInWidget* signInWidget() const { return m_signIn; }
    CheckoutWidget* checkout() const { return m_checkout; }
    CustomerHistoryWidget* history() const { return m_history; }
    BackOfficeWidget* backOffice() const { return m_backOffice; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    SessionStatusBar* sessionStatusBar() const { return m_status; }
    SectionBar* sectionBar() const { return m_sections; }
    bool isLocked() const;
    // The Temporary Holding warning shown at sign-in, while it is open.
    QDialog* holdingWarning() const { return m_holdingWarning; }
    // The sync conflicts list, while it is open (at a Manager's sign-in, or from the status bar).
    QDialog* syncConflictsDialog() const { return m_syncConflicts; }

    // The sync running for this store (main.cpp makes it; tests may run without). Its status
    // shows in the status bar; "Sync now" and the settings reach it.
    void setSyncService(sync::SyncService* service);
    sync::SyncService* syncService() const;

    // The POS bridge running for this store (main.cpp makes it). Its state shows in the status
    // bar and its settings dialog; what a POS call records shows at the checkout at once.
    void setBridgeService(bridge::BridgeService* service);
    bridge::BridgeService* bridgeService() const;
    // The store's daily backups (Settings shows the last good one).
    void setDailyBackup(DailyBackup* backups);
    // The check of the store after start: the status bar says it runs, then whether the store
    // is read-only because it is damaged (clicking it says the way back).
    void setStartupCheck(StartupCheck* check);
    // What the checkout does when the bridge touches a customer.
    PosFollower* posFollower() const { return m_posFollower; }
    CustomerDisplayController* customerDisplay() const { return m_customerDisplay; }
    // What the checkout's answer to a scan sounds like.
    ScanSound* scanSound() const { return m_scanSound; }

    // Reads the counter's preferences again (idle lock, scanner timing, scan sound).
    void applySettings();

public slots:
    void lock();
    void switchUser();
    void openSettings();
    void showHoldingWarning();
    void showSyncConflicts();
    // The keyboard shortcuts of the window as it stands (F1).
    void showShortcuts();
    // The damaged store's warning again, from the status bar.
    void showDamage();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Section
    {
        QWidget* page;
        Permission required;
    };

    void signedIn(const Actor& actor);
    // With scans or redemptions in the open visit, asks before the next user takes it over.
    bool confirmLeavingVisit();
    // At a Manager's or Admin's sign-in: the open conflicts, after the holding warning if any.
    void warnOfSyncConflicts();
    void updateSections();
    void retranslate();

    std::unique_ptr<Session> m_session;
    std::vector<Section> m_registered;
    qint64 m_lastUserId = 0;
    QString m_lastUserName;
    QStackedWidget* m_pages;
    SignInWidget* m_signIn;
    QWidget* m_workspace;
    QLabel* m_appName;
    SectionBar* m_sections;
    QLabel* m_user;
    QPushButton* m_settings;
    QPushButton* m_switchUser;
    QPushButton* m_lock;
    QStackedWidget* m_sectionPages;
    CheckoutWidget* m_checkout;
    CustomerHistoryWidget* m_history;
    BackOfficeWidget* m_backOffice = nullptr;
    SessionStatusBar* m_status;
    IdleWatcher* m_idle;
    PosFollower* m_posFollower;
    CustomerDisplayController* m_customerDisplay = nullptr;
    ScanSound* m_scanSound;
    QPointer<QDialog> m_holdingWarning;
    QPointer<QDialog> m_syncConflicts;
    QPointer<sync::SyncService> m_syncService;
    QPointer<bridge::BridgeService> m_bridgeService;
    QPointer<DailyBackup> m_dailyBackup;
    QList<QPointer<QDialog>> m_hiddenDialogs;
};

} // namespace astro::ui
