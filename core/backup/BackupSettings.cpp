#include "BackupSettings.h"

#include "BackupFolder.h"
#include "domain/Permissions.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QDir>

namespace astro {

namespace {
const QString folderKey = QStringLiteral("backup_folder");
const QString keepDaysKey = QStringLiteral("backup_keep_days");
} // namespace

Result<BackupSettings> BackupSettings::read(Database& db)
{
    auto rows = db.select(QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?)"),
                          {folderKey, keepDaysKey});
    if (!rows)
        return rows.error();
    BackupSettings settings;
    for (const Row& r : *rows) {
        if (r[0].toString() == folderKey)
            settings.folder = r[1].toString();
        else if (const int days = r[1].toInt(); days > 0)
            settings.keepDays = days;
    }
    return settings;
}

Result<BackupSettings> BackupSettings::load(Store& store)
{
    return read(store.db());
}

Status BackupSettings::save(Store& store, const Actor& actor) const
{
    if (auto allowed = Permissions::check(actor, Permission::ManageSettings); !allowed)
        return allowed;
    if (keepDays < 1 || keepDays > BackupFolder::maxKeepDays)
        return makeError(ErrorCode::Invalid,
                         tr("Keep backups from 1 to %1 days.").arg(BackupFolder::maxKeepDays));
    if (!folder.isEmpty() && !QDir::isAbsolutePath(folder))
        return makeError(ErrorCode::Invalid,
                         tr("The backup folder must be a full path, like /media/usb/backups."));
    auto current = load(store);
    if (!current)
        return current.error();
    Transaction transaction(store.db());
    if (!transaction.started())
        return transaction.started();
    if (current->folder != folder) {
        if (auto s = store.setSetting(folderKey, folder); !s)
            return s;
        if (auto s =
                store.audit(actor, QStringLiteral("settings"), folderKey, current->folder, folder);
            !s)
            return s;
    }
    if (current->keepDays != keepDays) {
        if (auto s = store.setSetting(keepDaysKey, QString::number(keepDays)); !s)
            return s;
        if (auto s = store.audit(actor, QStringLiteral("settings"), keepDaysKey,
                                 QString::number(current->keepDays), QString::number(keepDays));
            !s)
            return s;
    }
    return transaction.commit();
}

} // namespace astro
