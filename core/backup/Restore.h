#pragma once

#include "BackupFolder.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace astro {

// What putting a backup in place of a store did.
struct RestoreReport
{
    BackupFile restored;
    // The replaced store, kept beside the database ("<database>.replaced-<time>"), or empty
    // when there was none.
    QString replacedKeptAt;
    // Changes in the backup not yet sent: still waiting, they go out at the next sync.
    qint64 unsentInBackup = 0;
    // Changes the replaced store had not sent and the backup lacks: not in the restored store,
    // kept only in the replaced one. -1 when the replaced store could not be read.
    qint64 unsentLeftBehind = 0;
};

// Puts a verified backup in place of a store that no program has open. The replaced store is
// never deleted: it is renamed beside the database. The counter keeps its device id, so
// everything the backup had not sent goes out at the next sync, once.
class Restore
{
    Q_DECLARE_TR_FUNCTIONS(Restore)

public:
    // What a restore would leave behind, without changing anything: the replaced store's
    // changes not yet sent that the backup lacks (-1 when it cannot be read; 0 when there is
    // no store yet).
    static Result<qint64> unsentLeftBehind(const QString& databasePath, const QString& backupPath);
    static Result<RestoreReport> run(const QString& databasePath, const QString& backupPath,
                                     const QDateTime& now);
};

} // namespace astro
