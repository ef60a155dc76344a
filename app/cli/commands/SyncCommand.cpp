#include "SyncCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "common/Text.h"
#include "domain/Permissions.h"
#include "sync/ConflictLog.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>

namespace astro::cli {

namespace {

Result<QString> syncPassword(CommandContext& ctx)
{
    return ctx.secretInput(QStringLiteral("ASTRO_SYNC_PASSWORD"),
                           SyncCommand::tr("Give the sync password on standard input with "
                                           "--password-stdin, or in the environment variable "
                                           "ASTRO_SYNC_PASSWORD."));
}

class SyncSetup : public Command
{
public:
    SyncSetup()
        : Command(QStringLiteral("setup"),
                  QStringLiteral("sync setup --url URL --sync-user NAME [--client-id ID] "
                                 "[--password-stdin] [--no-verify]"))
    {
        addOption(QStringLiteral("url"), QStringLiteral("URL"));
        addOption(QStringLiteral("sync-user"), QStringLiteral("NAME"));
        addOption(QStringLiteral("client-id"), QStringLiteral("ID"));
        addOption(QStringLiteral("password-stdin"));
        addOption(QStringLiteral("no-verify"));
    }

    int execute(CommandContext& ctx) const override;
};

class SyncStatus : public Command
{
public:
    SyncStatus() : Command(QStringLiteral("status"), QStringLiteral("sync status")) {}

    int execute(CommandContext& ctx) const override;
};

class SyncConflicts : public Command
{
public:
    SyncConflicts() : Command(QStringLiteral("conflicts"), QStringLiteral("sync conflicts [--all]"))
    {
        addOption(QStringLiteral("all"));
    }

    int execute(CommandContext& ctx) const override;
};

class SyncResolve : public Command
{
public:
    SyncResolve() : Command(QStringLiteral("resolve"), QStringLiteral("sync resolve ID")) {}

    int execute(CommandContext& ctx) const override;
};

int SyncSetup::execute(CommandContext& ctx) const
{
    if (!ctx.requireOptions({QStringLiteral("url"), QStringLiteral("sync-user")}))
        return CommandContext::Usage;
    auto actor = ctx.signIn();
    if (!actor)
        return ctx.fail(actor.error());
    // The sync server and its password are an Admin's (Managers change the store's settings).
    if (auto allowed = Permissions::check(*actor, Permission::ManageSync); !allowed)
        return ctx.fail(allowed.error());
    auto current = sync::SyncConfig::load(ctx.store());
    if (!current)
        return ctx.fail(current.error());
    sync::SyncConfig config;
    config.url = QUrl(ctx.option(QStringLiteral("url")), QUrl::StrictMode);
    config.username = ctx.option(QStringLiteral("sync-user")).trimmed();
    config.clientId = ctx.option(QStringLiteral("client-id"), current->clientId);
    auto password = syncPassword(ctx);
    if (!password)
        return ctx.fail(password.error());
    const bool verify = !ctx.flag(QStringLiteral("no-verify"));
    sync::SyncEngine engine(ctx.store());
    if (verify && !ctx.json())
        ctx.err() << SyncCommand::tr("Checking the user name and password with %1…")
                         .arg(config.url.toString())
                  << Qt::endl;
    if (auto s = engine.configure(*actor, config, *password, verify); !s)
        return ctx.failSync(s.error());
    const bool secure = engine.credentialsSecure();
    QString text =
        SyncCommand::tr("Sync set up: %1 as %2.").arg(config.url.toString(), config.username);
    text += QLatin1Char('\n') +
            (verify ? SyncCommand::tr("The server accepted the user name and password.")
                    : SyncCommand::tr("The password was not checked (--no-verify)."));
    text += QLatin1Char('\n') +
            (secure ? SyncCommand::tr("The password is kept in the system keychain.")
                    : SyncCommand::tr(
                          "No keychain answered: the password is kept in this database's settings, "
                          "readable by whoever can read the database file."));
    ctx.print(QJsonObject{{QStringLiteral("url"), config.url.toString()},
                          {QStringLiteral("username"), config.username},
                          {QStringLiteral("client_id"), config.clientId},
                          {QStringLiteral("verified"), verify},
                          {QStringLiteral("credentials"),
                           secure ? QStringLiteral("keychain") : QStringLiteral("settings")}},
              text);
    return CommandContext::Ok;
}

int SyncStatus::execute(CommandContext& ctx) const
{
    auto config = sync::SyncConfig::load(ctx.store());
    if (!config)
        return ctx.fail(config.error());
    auto waiting = ctx.store().events().unsentCount();
    if (!waiting)
        return ctx.fail(waiting.error());
    auto open = sync::ConflictLog(ctx.store()).openCount();
    if (!open)
        return ctx.fail(open.error());
    auto last = ctx.store().setting(QStringLiteral("sync/last_success"));
    if (!last)
        return ctx.fail(last.error());
    const QDateTime lastSuccess = last->isEmpty() ? QDateTime() : text::fromIsoUtc(*last);
    const bool secure = sync::SyncEngine(ctx.store()).credentialsSecure();

    QString text;
    if (config->configured()) {
        text += SyncCommand::tr("Server: %1").arg(config->url.toString()) + QLatin1Char('\n');
        text += SyncCommand::tr("Sync user: %1").arg(config->username) + QLatin1Char('\n');
        text += SyncCommand::tr("Client id: %1").arg(config->clientId) + QLatin1Char('\n');
    } else {
        text += SyncCommand::tr("Sync is not set up.") + QLatin1Char('\n');
    }
    text += (secure ? SyncCommand::tr("Password kept in: the system keychain")
                    : SyncCommand::tr(
                          "Password kept in: this database's settings (no keychain answered)")) +
            QLatin1Char('\n');
    text += SyncCommand::tr("Changes waiting to be sent: %1").arg(*waiting) + QLatin1Char('\n');
    text += SyncCommand::tr("Last successful sync: %1")
                .arg(lastSuccess.isValid() ? CommandContext::shortTime(lastSuccess)
                                           : SyncCommand::tr("never")) +
            QLatin1Char('\n');
    text += SyncCommand::tr("Open conflicts: %1").arg(*open) + QLatin1Char('\n');
    ctx.print(
        QJsonObject{{QStringLiteral("configured"), config->configured()},
                    {QStringLiteral("url"), config->url.toString()},
                    {QStringLiteral("username"), config->username},
                    {QStringLiteral("client_id"), config->clientId},
                    {QStringLiteral("credentials"),
                     secure ? QStringLiteral("keychain") : QStringLiteral("settings")},
                    {QStringLiteral("events_waiting"), *waiting},
                    {QStringLiteral("last_success"),
                     lastSuccess.isValid() ? QJsonValue(text::isoUtc(lastSuccess)) : QJsonValue()},
                    {QStringLiteral("open_conflicts"), *open}},
        text);
    return CommandContext::Ok;
}

int SyncConflicts::execute(CommandContext& ctx) const
{
    auto actor = ctx.signIn();
    if (!actor)
        return ctx.fail(actor.error());
    if (auto allowed = Permissions::check(*actor, Permission::ManageCredits); !allowed)
        return ctx.fail(allowed.error());
    const bool all = ctx.flag(QStringLiteral("all"));
    auto conflicts = sync::ConflictLog(ctx.store()).list(!all);
    if (!conflicts)
        return ctx.fail(conflicts.error());
    QString text;
    for (const sync::SyncConflict& c : *conflicts) {
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5")
                    .arg(c.id)
                    .arg(CommandContext::shortTime(c.at), sync::ConflictLog::describeKind(c.kind),
                         c.customerName.isEmpty() ? c.customerUuid : c.customerName, c.message);
        if (c.resolved())
            text +=
                QLatin1Char('\t') + SyncCommand::tr("resolved by %1 on %2")
                                        .arg(c.resolvedBy, CommandContext::shortTime(c.resolvedAt));
        text += QLatin1Char('\n');
    }
    if (conflicts->empty())
        text = all ? SyncCommand::tr("No sync conflicts.")
                   : SyncCommand::tr("No open sync conflicts.");
    ctx.print(jsonArray(*conflicts), text);
    return CommandContext::Ok;
}

int SyncResolve::execute(CommandContext& ctx) const
{
    auto id = ctx.idArgument(2, SyncCommand::tr("conflict"));
    if (!id)
        return ctx.fail(id.error());
    auto actor = ctx.signIn();
    if (!actor)
        return ctx.fail(actor.error());
    if (auto s = sync::ConflictLog(ctx.store()).resolve(*actor, *id); !s)
        return ctx.fail(s.error());
    ctx.print(QJsonObject{{QStringLiteral("id"), *id}, {QStringLiteral("resolved"), true}},
              SyncCommand::tr("Sync conflict %1 is marked resolved.").arg(*id));
    return CommandContext::Ok;
}

} // namespace

SyncCommand::SyncCommand() : Command(QStringLiteral("sync"), QStringLiteral("sync"))
{
    addSubcommand(std::make_unique<SyncSetup>());
    addSubcommand(std::make_unique<SyncStatus>());
    addSubcommand(std::make_unique<SyncConflicts>());
    addSubcommand(std::make_unique<SyncResolve>());
}

int SyncCommand::execute(CommandContext& ctx) const
{
    auto config = sync::SyncConfig::load(ctx.store());
    if (!config)
        return ctx.fail(config.error());
    if (!config->configured())
        return ctx.fail(
            makeError(ErrorCode::Invalid,
                      tr("Sync is not set up. An Admin sets it up with “astro-counter-cli "
                         "sync setup --url URL --sync-user NAME” or in the app's "
                         "settings.")));
    const bool json = ctx.json();
    sync::SyncEngine engine(ctx.store());
    auto report = engine.run([&](const QString& step) {
        if (!json)
            ctx.err() << step << Qt::endl;
    });
    if (!report) {
        const int code = ctx.failSync(report.error());
        if (code == CommandContext::Offline && !json)
            if (auto waiting = ctx.store().events().unsentCount(); waiting && *waiting > 0)
                ctx.err() << tr("Nothing was lost: %n change(s) wait to be sent at the next sync.",
                                nullptr, int(*waiting))
                          << Qt::endl;
        return code;
    }
    QString text = tr("Sync finished at %1.").arg(CommandContext::shortTime(report->finishedAt)) +
                   QLatin1Char('\n');
    text += tr("Sent: %1").arg(report->pushed) + QLatin1Char('\n');
    text += tr("Already on the server: %1").arg(report->duplicates) + QLatin1Char('\n');
    text += tr("Conflicts flagged: %1").arg(report->conflicts) + QLatin1Char('\n');
    text += tr("Received: %1").arg(report->pulled) + QLatin1Char('\n');
    text += tr("Catalog entries updated: %1").arg(report->catalogEntries) + QLatin1Char('\n');
    text += tr("Program requests sent: %1").arg(report->programRequests) + QLatin1Char('\n');
    text += tr("Sent to Astro: %1").arg(report->publicCalls) + QLatin1Char('\n');
    text += tr("Refused by Astro: %1").arg(report->refused) + QLatin1Char('\n');
    if (!report->extensions)
        text += tr("This server has only Astro's public endpoints: other counters' changes, the "
                   "catalog and program requests were not exchanged.") +
                QLatin1Char('\n');
    auto open = sync::ConflictLog(ctx.store()).openCount();
    if (open && *open > 0)
        text += tr("%n sync conflict(s) wait for a Manager: see “sync conflicts”.", nullptr,
                   int(*open)) +
                QLatin1Char('\n');
    QJsonObject answer = toJson(*report);
    answer.insert(QStringLiteral("open_conflicts"), open ? *open : 0);
    ctx.print(answer, text);
    return CommandContext::Ok;
}

QString SyncCommand::groupUsage() const
{
    return tr("Use: sync [setup|status|conflicts|resolve ID]");
}

} // namespace astro::cli
