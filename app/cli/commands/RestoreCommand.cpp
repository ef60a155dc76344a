#include "RestoreCommand.h"

#include "CommandContext.h"
#include "backup/Restore.h"

#include <QJsonObject>

namespace astro::cli {

RestoreCommand::RestoreCommand()
    : Command(QStringLiteral("restore"), QStringLiteral("restore FILE [--yes]"))
{
    addOption(QStringLiteral("yes"));
}

int RestoreCommand::execute(CommandContext& ctx) const
{
    const QString backup = ctx.positional(1);
    if (backup.isEmpty())
        return ctx.usageError(tr("Name the backup to restore: restore FILE --yes (see “backup "
                                 "list”)."));
    if (!ctx.flag(QStringLiteral("yes"))) {
        // Says what would happen, changes nothing.
        auto behind = Restore::unsentLeftBehind(ctx.dbPath(), backup);
        if (!behind)
            return ctx.fail(behind.error());
        QString message =
            tr("This replaces the database %1 with the backup %2. The database it replaces is "
               "kept beside it.")
                .arg(ctx.dbPath(), backup);
        if (*behind > 0)
            message += QLatin1Char(' ') +
                       tr("%n change(s) in the current database were never sent and are not in "
                          "the backup: sync first, or they stay only in the replaced database.",
                          nullptr, int(*behind));
        else if (*behind < 0)
            message += QLatin1Char(' ') +
                       tr("The current database cannot be read: changes made after the backup "
                          "that were never sent cannot be counted.");
        return ctx.usageError(message + QLatin1Char(' ') + tr("Add --yes to restore."));
    }
    auto report = Restore::run(ctx.dbPath(), backup, QDateTime::currentDateTimeUtc());
    if (!report)
        return ctx.fail(report.error());
    QStringList lines{tr("Restored %1 from %2.").arg(ctx.dbPath(), report->restored.path)};
    if (report->unsentInBackup > 0)
        lines << tr("%n change(s) of the backup were not sent yet: they go out at the next sync.",
                    nullptr, int(report->unsentInBackup));
    if (!report->replacedKeptAt.isEmpty())
        lines << tr("The replaced database is kept at %1.").arg(report->replacedKeptAt);
    if (report->unsentLeftBehind > 0)
        lines << tr("%n change(s) never sent stay only in the replaced database.", nullptr,
                    int(report->unsentLeftBehind));
    ctx.print(QJsonObject{{QStringLiteral("database"), ctx.dbPath()},
                          {QStringLiteral("restored"), report->restored.path},
                          {QStringLiteral("replaced_kept_at"), report->replacedKeptAt},
                          {QStringLiteral("unsent_in_backup"), report->unsentInBackup},
                          {QStringLiteral("unsent_left_behind"), report->unsentLeftBehind}},
              lines.join(QLatin1Char('\n')));
    return CommandContext::Ok;
}

} // namespace astro::cli
