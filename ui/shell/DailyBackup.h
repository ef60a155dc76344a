#pragma once

#include "backup/BackupFolder.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace astro {
class Clock;
class Store;
} // namespace astro

namespace astro::ui {

class BackgroundReader;

// Backs the store up once a day while the counter runs, and whenever someone asks, on a thread
// and connection of its own (SQLite's online copy: the counter keeps working meanwhile). A day
// is due when the backup folder's newest backup is more than a day old.
class DailyBackup : public QObject
{
    Q_OBJECT

public:
    static constexpr int checkEveryMs = 60 * 60 * 1000;
    static constexpr int firstCheckMs = 2 * 60 * 1000;

    DailyBackup(Store& store, QObject* parent = nullptr);
    ~DailyBackup() override;

    // Starts the daily checks (the first a little after start, when the counter is quiet).
    void start();
    // Backs up now unless a backup is under way; `reason` names the file (manual, daily).
    void backUpNow(const QString& reason = QStringLiteral("manual"));
    bool busy() const { return m_busy; }
    // Whether the newest backup is more than a day old (or there is none).
    bool due() const;

    BackupFolder folder() const;
    std::optional<BackupFile> lastGood() const;
    // Why the last backup failed; empty once one succeeds.
    const QString& lastFailure() const { return m_lastFailure; }

signals:
    void started();
    void finished(bool ok);

private:
    Store& m_store;
    std::unique_ptr<BackgroundReader> m_reader;
    QTimer m_timer;
    bool m_busy = false;
    QString m_lastFailure;
};

} // namespace astro::ui
