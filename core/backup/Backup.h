#pragma once

#include "BackupFolder.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace astro {

class Database;

// Makes and checks backups with SQLite's own online copy (VACUUM INTO): a consistent copy of
// the store as of one moment, taken while the counter keeps working on it, written owner-only,
// checked with PRAGMA integrity_check, and only then given its backup name.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Copies the store at `db` into `folder`, verifies the copy and removes backups past the
    // folder's keep days. Must not run inside a transaction of `db`.
    static Result<BackupFile> make(Database& db, const BackupFolder& folder, const QString& reason,
                                   const QDateTime& now);
    // The same on a connection of its own to the store at `databasePath`, for a thread that
    // backs up while the counter works.
    static Result<BackupFile> makeOf(const QString& databasePath, const QString& reason,
                                     const QDateTime& now);
    // A file that is a whole Astro Counter database this version can open: SQLite's integrity
    // check passes and its schema is known. Never writes to it.
    static Status verify(const QString& path);
};

} // namespace astro
