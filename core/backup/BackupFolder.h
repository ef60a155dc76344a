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

    BackupFolder(QString databasePath, QString folder, int keepDays);
    // The folder and keep days set in the store at `db` (the defaults where none is set, or when
    // the settings cannot be read, as before the first migration).
    static BackupFolder of(Database& db);
    static QString defaultFolderFor(const QString& databasePath);

    const QString& path() const { return m_folder; }
    int keepDays() const { return m_keepDays; }

    // The folder's backups of this database, newest first.
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
};

} // namespace astro
