#pragma once

#include "store/Store.h"
#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

namespace astro::sync {

struct SyncStatus
{
    enum class State
    {
        NotSetUp, // no server configured
        Idle,     // the last round succeeded
        Syncing,
        Offline, // the server could not be reached; retrying with backoff
        Refused, // the server refused the credentials or a request; waits for the user
    };
    State state = State::NotSetUp;
    QString step;             // what a running round does now
    QString lastError;        // translated
    QDateTime lastSuccess;    // of a whole round
    QDateTime nextAttempt;    // while Offline
    qint64 openConflicts = 0; // flagged by the server, not yet resolved
    SyncReport lastReport;
};

class SyncWorker;

// The GUI's handle on syncing: runs SyncEngine on its own thread with its own database
// connection, soon after each change, every few minutes, and on demand. Never blocks the
// caller's thread; everything it learns arrives as statusChanged.
class SyncService : public QObject
{
    Q_OBJECT

public:
    explicit SyncService(const QString& databasePath, QObject* parent = nullptr);
    ~SyncService() override;

    const SyncStatus& status() const { return m_status; }

public slots:
    void syncNow();
    // After the settings changed: forget the backoff and try again soon.
    void reconfigured();
    // In the background: Astro's count of this customer's cards (customerCardsConfirmed).
    void confirmCards(const QString& customerUuid);

signals:
    void statusChanged(const astro::sync::SyncStatus& status);
    // Other counters' changes were applied: screens showing customers may refresh.
    void remoteChangesApplied(int count);
    // Astro's count of this customer's cards arrived.
    void customerCardsConfirmed(const QString& customerUuid);

private:
    QThread m_thread;
    SyncWorker* m_worker = nullptr;
    SyncStatus m_status;
};

// Lives on the sync thread.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(QString databasePath) : m_path(std::move(databasePath)) {}
    ~SyncWorker() override;

    static constexpr int tickMs = 2000;
    static constexpr int periodMs = 5 * 60 * 1000;
    static constexpr int firstBackoffMs = 2000;
    static constexpr int maxBackoffMs = 5 * 60 * 1000;

public slots:
    void start();
    void syncNow();
    void reconfigured();
    void confirmCards(const QString& customerUuid);

signals:
    void statusChanged(const astro::sync::SyncStatus& status);
    void remoteChangesApplied(int count);
    void customerCardsConfirmed(const QString& customerUuid);

private:
    void tick();
    void round();
    void publish();
    void failed(const Error& error);

    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    SyncStatus m_status;
    QDateTime m_retryAt;
    QDateTime m_periodicAt;
    int m_backoffMs = 0;
    bool m_busy = false;
    // What still waited after the last successful round: changes only a server with extensions
    // takes, when the server is Astro's own. Only more than that starts a round early.
    qint64 m_waitingAfterRound = 0;
    // The customer at the counter: Astro's count of their cards is asked again after a round
    // that sent Astro something, so the card catches up with what was just sent.
    QString m_customerAtCounter;
    bool m_waitForUser = false;
};

} // namespace astro::sync

Q_DECLARE_METATYPE(astro::sync::SyncStatus)
