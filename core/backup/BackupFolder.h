#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace astro {

class Database;

// One verified copy of a store: a file only the account running the counter can read, named
// "astro-counter-<UTC time>-<reason>.sqlite". A copy gets that name only after SQLite's
// integrity check passed on it, so every such file in a backup folder is a good backup.
struct BackupFile
{
    QString path;
    QDateTime at;   // UTC, from the name
    QString reason; // daily, manual, before-schema-N, before-restore
    qint64 bytes = 0;
};

// Where a store's backups go and how long they are kept: settings of the store itself
// (backup_folder, backup_keep_days), a "backups" folder beside the database by default.
class BackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    static constexpr int defaultKeepDays = 14;
    static constexpr int maxKeepDays = 365;

    // `deviceId`: the counter whose backups these are. A folder several counters share holds
    // each one's backups; only this one's are listed, given back and pruned. Empty: every
    // backup in the folder (a store that has not started yet has no device id).
    BackupFolder(QString databasePath, QString folder, int keepDays, QString deviceId = {});
    // The folder and keep days set in the store at `db`, for its device (the defaults where none
    // is set, or when the settings cannot be read, as before the first migration).
    static BackupFolder of(Database& db);
    // The device id recorded in a backup ('' when it cannot be read).
    static QString deviceOf(const QString& backupPath);
    static QString defaultFolderFor(const QString& databasePath);

    const QString& path() const { return m_folder; }
    int keepDays() const { return m_keepDays; }

    // The folder's backups of this counter, newest first.
    std::vector<BackupFile> list() const;
    std::optional<BackupFile> newest() const;
    // The name a backup made at `at` for `reason` gets.
    QString fileNameFor(const QDateTime& at, const QString& reason) const;
    // Removes backups older than keepDays, always keeping the newest; says how many went.
    int prune(const QDateTime& now) const;
    static std::optional<BackupFile> describe(const QString& path);

private:
    QString m_databasePath;
    QString m_folder;
    int m_keepDays;
    QString m_deviceId;
};

} // namespace astro
