#include "BackupCommand.h"

#include "CommandContext.h"
#include "backup/Backup.h"
#include "backup/BackupSettings.h"
#include "common/Text.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace astro::cli {

namespace {

QJsonObject toJson(const BackupFile& file)
{
    return {{QStringLiteral("path"), file.path},
            {QStringLiteral("at"), text::isoUtc(file.at)},
            {QStringLiteral("reason"), file.reason},
            {QStringLiteral("bytes"), file.bytes}};
}

QString describe(const BackupFile& file)
{
    return BackupCommand::tr("%1  %2  %3  %4")
        .arg(CommandContext::shortTime(file.at), QLocale().formattedDataSize(file.bytes),
             file.reason, file.path);
}

class BackupListCommand : public Command
{
public:
    BackupListCommand() : Command(QStringLiteral("list"), QStringLiteral("backup list")) {}

    int execute(CommandContext& ctx) const override
    {
        const BackupFolder folder = BackupFolder::of(ctx.store().db());
        QJsonArray all;
        QStringList lines;
        for (const BackupFile& file : folder.list()) {
            all.append(toJson(file));
            lines << describe(file);
        }
        if (lines.isEmpty())
            lines << BackupCommand::tr("No backups in %1 yet.").arg(folder.path());
        ctx.print(QJsonObject{{QStringLiteral("folder"), folder.path()},
                              {QStringLiteral("keep_days"), folder.keepDays()},
                              {QStringLiteral("backups"), all}},
                  lines.join(QLatin1Char('\n')));
        return CommandContext::Ok;
    }
};

class BackupSettingsCommand : public Command
{
public:
    BackupSettingsCommand()
        : Command(QStringLiteral("settings"),
                  QStringLiteral("backup settings [--folder DIR] [--keep-days N]"))
    {
        addOption(QStringLiteral("folder"), QStringLiteral("DIR"));
        addOption(QStringLiteral("keep-days"), QStringLiteral("N"));
    }

    int execute(CommandContext& ctx) const override
    {
        auto settings = BackupSettings::load(ctx.store());
        if (!settings)
            return ctx.fail(settings.error());
        const bool folderGiven = !ctx.options(QStringLiteral("folder")).isEmpty();
        const bool daysGiven = !ctx.option(QStringLiteral("keep-days")).isEmpty();
        if (folderGiven || daysGiven) {
            auto actor = ctx.signIn();
            if (!actor)
                return ctx.fail(actor.error());
            if (folderGiven)
                settings->folder = ctx.option(QStringLiteral("folder"));
            if (daysGiven) {
                bool ok = false;
                settings->keepDays = ctx.option(QStringLiteral("keep-days")).toInt(&ok);
                if (!ok)
                    return ctx.usageError(BackupCommand::tr("--keep-days is a number of days."));
            }
            if (auto s = settings->save(ctx.store(), *actor); !s)
                return ctx.fail(s.error());
        }
        const BackupFolder folder = BackupFolder::of(ctx.store().db());
        ctx.print(QJsonObject{{QStringLiteral("folder"), folder.path()},
                              {QStringLiteral("keep_days"), folder.keepDays()}},
                  BackupCommand::tr("Backups go to %1 and are kept %n day(s).", nullptr,
                                    folder.keepDays())
                      .arg(folder.path()));
        return CommandContext::Ok;
    }
};

} // namespace

BackupCommand::BackupCommand() : Command(QStringLiteral("backup"), QStringLiteral("backup"))
{
    addSubcommand(std::make_unique<BackupListCommand>());
    addSubcommand(std::make_unique<BackupSettingsCommand>());
}

int BackupCommand::execute(CommandContext& ctx) const
{
    Database& db = ctx.store().db();
    auto made = Backup::make(db, BackupFolder::of(db), QStringLiteral("manual"),
                             QDateTime::currentDateTimeUtc());
    if (!made)
        return ctx.fail(made.error());
    ctx.print(toJson(*made), tr("Backed up and checked: %1 (%2)")
                                 .arg(made->path, QLocale().formattedDataSize(made->bytes)));
    return CommandContext::Ok;
}

QString BackupCommand::groupUsage() const
{
    return tr("Use: backup [list|settings]");
}

} // namespace astro::cli
