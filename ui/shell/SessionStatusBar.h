#pragma once

#include "bridge/BridgeStatus.h"
#include "sync/SyncService.h"

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace astro::ui {

class ElidedLabel;
class Session;

// The bottom line: where the counter is, who is signed in, whether the counter reaches the Astro
// server and how many changes wait to be sent, open sync conflicts for Managers and Admins, and a
// warning when a program sits in Temporary Holding here; the POS bridge while it is on or failed.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit SessionStatusBar(Session& session, QWidget* parent = nullptr);

    void refresh();

    QString locationText() const;
    QString userText() const;
    // How many changes wait to be sent.
    QString syncText() const;
    QString heldText() const;
    // "Checking the database…" while the startup check runs; then, while the store is marked
    // damaged (DamageMark), that it is read-only. Empty when hidden.
    QString storageText() const;
    void setStorageChecking(bool checking);
    bool heldWarningShown() const;

    // The sync's state, once a SyncService reports one (hidden until then).
    QString syncStateText() const;
    QString syncStateToolTip() const;
    bool syncBusyShown() const;
    QPushButton* syncNowButton() const { return m_syncNow; }
    QPushButton* conflictsButton() const { return m_conflicts; }
    qint64 openConflicts() const { return m_openConflicts; }
    // The POS bridge, once a BridgeService reports it on or failed (hidden when off).
    QString bridgeText() const;
    QString bridgeToolTip() const;
    bool bridgeShown() const;
    bool bridgeWarning() const;

public slots:
    void setSyncStatus(const astro::sync::SyncStatus& status);
    void setBridgeStatus(const astro::bridge::BridgeStatus& status);

signals:
    void heldWarningClicked();
    void damageClicked();
    void syncNowClicked();
    void conflictsClicked();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showSyncStatus();
    void showBridgeStatus();
    void showStorage();
    // The location and the user's name give up their width first.
    void fitWidths();

    Session& m_session;
    QLabel* m_location;
    QLabel* m_user;
    ElidedLabel* m_sync;
    QPushButton* m_held;
    QPushButton* m_conflicts;
    QProgressBar* m_syncBusy;
    ElidedLabel* m_syncState;
    QPushButton* m_syncNow;
    ElidedLabel* m_bridge;
    QPushButton* m_storage;
    QTimer* m_timer;
    sync::SyncStatus m_syncStatus;
    bridge::BridgeStatus m_bridgeStatus;
    bool m_hasSyncStatus = false;
    bool m_storageChecking = false;
    qint64 m_openConflicts = 0;
};

} // namespace astro::ui
