#include "BridgeCommand.h"

#include "BridgeHost.h"
#include "CommandContext.h"
#include "JsonViews.h"
#include "common/Text.h"
#include "pos/BridgeSettings.h"
#include "storage/WalCheckpointer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace astro::cli {

namespace {

class BridgeSettingsCommand : public Command
{
public:
    BridgeSettingsCommand()
        : Command(QStringLiteral("settings"),
                  QStringLiteral("bridge settings [--enable|--disable] [--port N] [--sales-folder "
                                 "DIR] [--follow|--no-follow]"))
    {
        addOption(QStringLiteral("enable"));
        addOption(QStringLiteral("disable"));
        addOption(QStringLiteral("port"), QStringLiteral("N"));
        addOption(QStringLiteral("sales-folder"), QStringLiteral("DIR"));
        addOption(QStringLiteral("follow"));
        addOption(QStringLiteral("no-follow"));
    }

    int execute(CommandContext& ctx) const override;
};

int BridgeSettingsCommand::execute(CommandContext& ctx) const
{
    auto settings = BridgeSettings::load(ctx.store());
    if (!settings)
        return ctx.fail(settings.error());
    const bool changes =
        ctx.flag(QStringLiteral("enable")) || ctx.flag(QStringLiteral("disable")) ||
        ctx.flag(QStringLiteral("follow")) || ctx.flag(QStringLiteral("no-follow")) ||
        !ctx.option(QStringLiteral("port")).isEmpty() ||
        !ctx.options(QStringLiteral("sales-folder")).isEmpty();
    if (changes) {
        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        if (ctx.flag(QStringLiteral("enable")) || ctx.flag(QStringLiteral("disable")))
            settings->enabled = ctx.flag(QStringLiteral("enable"));
        if (ctx.flag(QStringLiteral("follow")) || ctx.flag(QStringLiteral("no-follow")))
            settings->followPos = ctx.flag(QStringLiteral("follow"));
        if (!ctx.option(QStringLiteral("port")).isEmpty()) {
            bool ok = false;
            settings->port = ctx.option(QStringLiteral("port")).toInt(&ok);
            if (!ok)
                return ctx.usageError(BridgeCommand::tr("--port is a number from 1024 to 65535."));
        }
        if (!ctx.options(QStringLiteral("sales-folder")).isEmpty())
            settings->salesFolder = ctx.option(QStringLiteral("sales-folder"));
        if (auto s = settings->save(ctx.store(), *actor); !s)
            return ctx.fail(s.error());
    }
    ctx.print(toJson(*settings),
              BridgeCommand::tr("POS bridge: %1, port %2, sales folder %3, follow the POS: %4")
                  .arg(settings->enabled ? BridgeCommand::tr("on") : BridgeCommand::tr("off"))
                  .arg(settings->port)
                  .arg(settings->salesFolder.isEmpty() ? BridgeCommand::tr("none")
                                                       : settings->salesFolder)
                  .arg(settings->followPos ? BridgeCommand::tr("yes") : BridgeCommand::tr("no")));
    return CommandContext::Ok;
}

} // namespace

BridgeCommand::BridgeCommand()
    : Command(QStringLiteral("bridge"), QStringLiteral("bridge [--port N] [--sales-folder DIR]"))
{
    addOption(QStringLiteral("port"), QStringLiteral("N"));
    addOption(QStringLiteral("sales-folder"), QStringLiteral("DIR"));
    addSubcommand(std::make_unique<BridgeSettingsCommand>());
}

int BridgeCommand::execute(CommandContext& ctx) const
{
    auto settings = BridgeSettings::load(ctx.store());
    if (!settings)
        return ctx.fail(settings.error());
    // Run here whether or not the desktop app has it on: the command is the choice.
    settings->enabled = true;
    if (!ctx.option(QStringLiteral("port")).isEmpty())
        settings->port = ctx.option(QStringLiteral("port")).toInt();
    // Port 0: any free port (the line printed says which), for scripts and tests.
    if (settings->port != 0)
        if (auto s = BridgeSettings::validatePort(settings->port); !s)
            return ctx.fail(s.error());
    if (!ctx.option(QStringLiteral("sales-folder")).isEmpty())
        settings->salesFolder = ctx.option(QStringLiteral("sales-folder"));
    // The host opens its own connection: this one would only hold the file open.
    const QString path = ctx.store().db().path();
    ctx.closeStore();

    // The POS's scans commit without copying the WAL back: this thread does it.
    WalCheckpointer checkpointer(path);
    bridge::BridgeHost host(path);
    QObject::connect(&host, &bridge::BridgeHost::logged, &host, [&ctx](const QString& line) {
        if (ctx.json())
            ctx.print(
                QJsonObject{{QStringLiteral("at"), text::isoUtc(QDateTime::currentDateTimeUtc())},
                            {QStringLiteral("message"), line}},
                line);
        else
            ctx.printLine(line);
        ctx.out().flush();
    });
    host.apply(*settings);
    if (host.status().state != bridge::BridgeStatus::State::Listening)
        return ctx.fail(makeError(ErrorCode::Conflict, host.status().error));
    // Until SIGTERM or Ctrl+C: every answer was committed before it was sent, so stopping at
    // any moment loses nothing.
    QCoreApplication::exec();
    return CommandContext::Ok;
}

QString BridgeCommand::groupUsage() const
{
    return tr("Use: bridge [settings]");
}

} // namespace astro::cli
