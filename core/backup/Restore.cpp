#include "Restore.h"

#include "Backup.h"
#include "common/Log.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cstdio>

namespace astro {

namespace {

// The uuids of the events `which` picks ("sent_at IS NULL": not sent yet; "1": all).
Result<QSet<QString>> eventUuids(Database& db, const char* which)
{
    auto rows =
        db.select(QStringLiteral("SELECT uuid FROM events WHERE %1").arg(QLatin1String(which)));
    if (!rows)
        return rows.error();
    QSet<QString> uuids;
    for (const Row& r : *rows)
        uuids.insert(r[0].toString());
    return uuids;
}

// The replaced store's unsent changes the backup lacks; -1 when the store cannot be read.
Result<qint64> leftBehind(const QString& databasePath, const QString& backupPath)
{
    if (!QFileInfo::exists(databasePath))
        return qint64(0);
    auto current = Database::openRaw(databasePath);
    if (!current)
        return qint64(-1);
    auto unsent = eventUuids(**current, "sent_at IS NULL");
    if (!unsent)
        return qint64(-1);
    auto backup = Database::openUntouched(backupPath);
    if (!backup)
        return backup.error();
    auto inBackup = eventUuids(**backup, "1");
    if (!inBackup)
        return inBackup.error();
    return qint64(unsent->subtract(*inBackup).size());
}

// No other connection may have the store open: leaving WAL mode needs every other one closed,
// and it also folds the WAL into the file, so the file renamed aside is whole.
Status checkNotInUse(const QString& databasePath)
{
    auto current = Database::openRaw(databasePath);
    if (!current)
        return {}; // unreadable: nothing can be using it usefully; it is only set aside
    auto mode = (*current)->scalar(QStringLiteral("PRAGMA journal_mode=DELETE"));
    if (!mode || mode->toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Conflict,
                         Restore::tr("The database %1 is in use: close Astro Counter (and any "
                                     "other counter or POS bridge using it) and try again.")
                             .arg(databasePath));
    return {};
}

} // namespace

Result<qint64> Restore::unsentLeftBehind(const QString& databasePath, const QString& backupPath)
{
    if (auto s = Backup::verify(backupPath); !s)
        return s.error();
    return leftBehind(databasePath, backupPath);
}

Result<RestoreReport> Restore::run(const QString& databasePath, const QString& backupPath,
                                   const QDateTime& now)
{
    if (auto s = Backup::verify(backupPath); !s)
        return s.error();
    auto file = BackupFolder::describe(backupPath);
    RestoreReport report;
    report.restored =
        file ? *file
             : BackupFile{
                   QFileInfo(backupPath).absoluteFilePath(), {}, {}, QFileInfo(backupPath).size()};
    auto behind = leftBehind(databasePath, backupPath);
    if (!behind)
        return behind.error();
    report.unsentLeftBehind = *behind;

    // The copy is made and checked under a temporary name; only a whole copy replaces the store.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(incoming + suffix);
    if (!QFile::copy(backupPath, incoming))
        return makeError(ErrorCode::Storage,
                         tr("Cannot copy the backup to %1.").arg(QFileInfo(incoming).path()));
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto db = Database::openRaw(incoming);
        if (!db)
            return db.error();
        auto unsent = eventUuids(**db, "sent_at IS NULL");
        if (!unsent)
            return unsent.error();
        report.unsentInBackup = unsent->size();
    }

    if (QFileInfo::exists(databasePath)) {
        if (auto s = checkNotInUse(databasePath); !s) {
            QFile::remove(incoming);
            return s.error();
        }
        report.replacedKeptAt = databasePath + QStringLiteral(".replaced-") +
                                now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(databasePath, report.replacedKeptAt)) {
            QFile::remove(incoming);
            return makeError(
                ErrorCode::Storage,
                tr("Cannot set the database %1 aside; nothing was changed.").arg(databasePath));
        }
        // A damaged store's companions go with it: the restored store starts without them.
        for (const QString& suffix :
             {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            if (QFileInfo::exists(databasePath + suffix))
                QFile::rename(databasePath + suffix, report.replacedKeptAt + suffix);
    }
    if (!QFile::rename(incoming, databasePath))
        return makeError(ErrorCode::Storage,
                         tr("Cannot put the backup in place of %1; the replaced database is "
                            "kept at %2.")
                             .arg(databasePath, report.replacedKeptAt));
    qCInfo(lcStorage).noquote() << QStringLiteral("restored %1 from %2; the replaced database is "
                                                  "kept at %3")
                                       .arg(databasePath, backupPath, report.replacedKeptAt);
    return report;
}

} // namespace astro
