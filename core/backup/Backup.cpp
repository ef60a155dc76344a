#include "Backup.h"

#include "common/Log.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace astro {

Result<BackupFile> Backup::make(Database& db, const BackupFolder& folder, const QString& reason,
                                const QDateTime& now)
{
    if (!QFileInfo::exists(folder.path())) {
        if (!QDir().mkpath(folder.path()))
            return makeError(ErrorCode::Storage,
                             tr("Cannot create the backup folder %1.").arg(folder.path()));
        // A folder it makes is the counter account's alone, like the backups in it.
        QFile::setPermissions(folder.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString name = folder.fileNameFor(now, reason);
    const QString target = QDir(folder.path()).filePath(name);
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial); // a copy an interrupted backup left behind
    if (QFileInfo::exists(target))
        return makeError(ErrorCode::Conflict, tr("The backup %1 already exists.").arg(target));
    {
        // Created empty and owner-only first: SQLite writes into it and keeps its mode.
        QFile file(partial);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner))
            return makeError(ErrorCode::Storage,
                             tr("Cannot write the backup %1: %2").arg(partial, file.errorString()));
    }
    if (auto s = db.execute(QStringLiteral("VACUUM INTO ?"), {partial}); !s) {
        QFile::remove(partial);
        return makeError(ErrorCode::Storage,
                         tr("The backup could not be made: %1").arg(s.error().message));
    }
    if (auto s = verify(partial); !s) {
        QFile::remove(partial);
        return makeError(ErrorCode::Storage,
                         tr("The backup was made but failed its check, so it was not kept: %1")
                             .arg(s.error().message));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Storage, tr("Cannot name the backup %1.").arg(target));
    }
    const int pruned = folder.prune(now);
    auto file = BackupFolder::describe(target);
    if (!file)
        return makeError(ErrorCode::Storage, tr("The backup %1 disappeared.").arg(target));
    qCInfo(lcStorage).noquote() << QStringLiteral("backup made and checked: %1 (%2 bytes, %3 old "
                                                  "ones removed)")
                                       .arg(file->path)
                                       .arg(file->bytes)
                                       .arg(pruned);
    return *file;
}

Result<BackupFile> Backup::makeOf(const QString& databasePath, const QString& reason,
                                  const QDateTime& now)
{
    auto db = Database::openRaw(databasePath);
    if (!db)
        return db.error();
    return make(**db, BackupFolder::of(**db), reason, now);
}

Status Backup::verify(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(path));
    auto opened = Database::openUntouched(path);
    if (!opened)
        return makeError(ErrorCode::Unsupported,
                         tr("%1 is not an Astro Counter backup (or it is damaged).").arg(path));
    Database& db = **opened;
    auto problem = db.integrityProblem();
    if (!problem || !problem->isEmpty())
        return makeError(
            ErrorCode::Storage,
            tr("%1 is damaged: %2").arg(path, problem ? *problem : problem.error().message));
    auto version = Migrations::currentVersion(db);
    if (!version || *version < 1)
        return makeError(ErrorCode::Unsupported,
                         tr("%1 is not an Astro Counter database.").arg(path));
    if (*version > Migrations::latestVersion())
        return makeError(ErrorCode::Unsupported,
                         tr("%1 was made by a newer version of Astro Counter (schema %2; this "
                            "version knows up to %3).")
                             .arg(path)
                             .arg(*version)
                             .arg(Migrations::latestVersion()));
    return {};
}

} // namespace astro
