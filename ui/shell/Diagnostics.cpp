#include "Diagnostics.h"

#include "backup/BackupFolder.h"
#include "common/LogFile.h"
#include "common/Text.h"
#include "storage/Migrations.h"
#include "store/Store.h"
#include "sync/Credentials.h"
#include "ui/shell/DailyBackup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

namespace astro::ui {

QString Diagnostics::collect(Store& store, const DailyBackup* backups, int logLines)
{
    QStringList out;
    auto line = [&out](const QString& key, const QString& value) {
        out << QStringLiteral("%1: %2").arg(key, value);
    };
    line(QStringLiteral("Astro Counter"), QCoreApplication::applicationVersion());
    line(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    line(QStringLiteral("System"), QSysInfo::prettyProductName());
    line(QStringLiteral("Collected at"), text::isoUtc(QDateTime::currentDateTimeUtc()));
    const QString path = store.db().path();
    line(QStringLiteral("Database"), path);
    line(QStringLiteral("Database size"),
         QStringLiteral("%1 bytes (+ %2 in its WAL)")
             .arg(QFileInfo(path).size())
             .arg(QFileInfo(path + QStringLiteral("-wal")).size()));
    auto schema = Migrations::currentVersion(store.db());
    line(QStringLiteral("Schema"), schema ? QString::number(*schema) : schema.error().message);
    line(QStringLiteral("Device"), store.deviceId());
    auto unsent = store.events().unsentCount();
    line(QStringLiteral("Changes not sent"),
         unsent ? QString::number(*unsent) : unsent.error().message);
    for (const char* key : {"sync/url", "sync/username", "sync/client_id", "sync/last_success"}) {
        auto value = store.setting(QLatin1String(key));
        line(QLatin1String(key),
             value ? (value->isEmpty() ? QStringLiteral("-") : *value) : value.error().message);
    }
    line(QStringLiteral("Secrets"),
         sync::Credentials::whereKept(false, sync::Credentials::filePathFor(path)) +
             QStringLiteral(" (when no keychain answers)"));
    if (backups) {
        const BackupFolder folder = backups->folder();
        const auto newest = folder.newest();
        line(QStringLiteral("Backups"),
             QStringLiteral("%1, kept %2 days; last good: %3")
                 .arg(folder.path())
                 .arg(folder.keepDays())
                 .arg(newest ? text::isoUtc(newest->at) : QStringLiteral("none")));
        if (!backups->lastFailure().isEmpty())
            line(QStringLiteral("Last backup failure"), backups->lastFailure());
    }
    line(QStringLiteral("Log"), LogFile::path().isEmpty() ? QStringLiteral("-") : LogFile::path());
    out << QString() << QStringLiteral("Last lines of the log:");
    out << LogFile::tail(logLines);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace astro::ui
