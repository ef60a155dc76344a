#include "Restore.h"

#include "Backup.h"
#include "common/Log.h"
#include "storage/DamageMark.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace astro {

namespace {

// A backup's events, read once from the file as it stands: every uuid, and how many were not
// sent yet.
struct BackupEvents
{
    QSet<QString> all;
    qint64 unsent = 0;
};

Result<BackupEvents> backupEvents(const QString& backupPath)
{
    auto db = Database::openUntouched(backupPath);
    if (!db)
        return db.error();
    auto rows = (*db)->select(QStringLiteral("SELECT uuid, sent_at IS NULL FROM events"));
    if (!rows)
        return rows.error();
    BackupEvents events;
    for (const Row& r : *rows) {
        events.all.insert(r[0].toString());
        events.unsent += r[1].toInt();
    }
    return events;
}

// The replaced store's unsent changes the backup lacks; -1 when the store cannot be read.
qint64 leftBehind(const QString& databasePath, const BackupEvents& backup)
{
    if (!QFileInfo::exists(databasePath))
        return 0;
    auto current = Database::openRaw(databasePath);
    if (!current)
        return -1;
    auto unsent =
        (*current)->select(QStringLiteral("SELECT uuid FROM events WHERE sent_at IS NULL"));
    if (!unsent)
        return -1;
    qint64 lacking = 0;
    for (const Row& r : *unsent)
        lacking += backup.all.contains(r[0].toString()) ? 0 : 1;
    return lacking;
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
    auto events = backupEvents(backupPath);
    if (!events)
        return events.error();
    return leftBehind(databasePath, *events);
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
    // Read from the backup itself: the copy is not opened before it is in place.
    auto events = backupEvents(backupPath);
    if (!events)
        return events.error();
    report.unsentInBackup = events->unsent;
    report.unsentLeftBehind = leftBehind(databasePath, *events);

    // The copy is made and checked under a temporary name; only a whole copy replaces the store.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    for (const QString& suffix : QStringList{QString()} + Database::companionSuffixes())
        QFile::remove(incoming + suffix);
    if (!QFile::copy(backupPath, incoming))
        return makeError(ErrorCode::Storage,
                         tr("Cannot copy the backup to %1.").arg(QFileInfo(incoming).path()));
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner);

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
        for (const QString& suffix : Database::companionSuffixes())
            if (QFileInfo::exists(databasePath + suffix))
                QFile::rename(databasePath + suffix, report.replacedKeptAt + suffix);
        // So does its damage mark: the restored store is whole, and writable again.
        QFile::rename(DamageMark::pathFor(databasePath),
                      DamageMark::pathFor(report.replacedKeptAt));
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
