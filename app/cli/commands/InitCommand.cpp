#include "InitCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "demo/DemoStore.h"

#include <QFileInfo>

namespace astro::cli {

InitCommand::InitCommand()
    : Command(QStringLiteral("init"),
              QStringLiteral("init [--demo] [--admin NAME --admin-pin PIN]"))
{
    addOption(QStringLiteral("demo"));
    addOption(QStringLiteral("admin"), QStringLiteral("NAME"));
    addOption(QStringLiteral("admin-pin"), QStringLiteral("PIN"));
}

int InitCommand::execute(CommandContext& ctx) const
{
    const bool existed = QFileInfo::exists(ctx.dbPath());
    if (!ctx.openStore(false))
        return CommandContext::Failed;
    // "Ready" only for a whole database: a damaged one is said so, with the way back.
    auto problem = ctx.store().db().checkIntegrity();
    if (!problem)
        return ctx.fail(problem.error());
    if (!problem->isEmpty())
        return ctx.fail(makeError(ErrorCode::Storage,
                                  tr("The database %1 is damaged (%2); it stays read-only. "
                                     "Restore a backup (astro-counter-cli backup list, then "
                                     "restore FILE --yes).")
                                      .arg(ctx.dbPath(), *problem)));
    auto users = ctx.store().users().count();
    if (!users)
        return ctx.fail(users.error());
    if (ctx.flag(QStringLiteral("demo"))) {
        if (auto s = DemoStore::load(ctx.store()); !s)
            return ctx.fail(s.error());
    } else if (!ctx.option(QStringLiteral("admin")).isEmpty()) {
        if (*users > 0)
            return ctx.fail(makeError(ErrorCode::Conflict,
                                      tr("%1 already has users: sign in as an Admin and use "
                                         "“user add”.")
                                          .arg(ctx.dbPath())));
        auto added = ctx.store().users().add(Actor::system(), ctx.option(QStringLiteral("admin")),
                                             Role::Admin, ctx.option(QStringLiteral("admin-pin")));
        if (!added)
            return ctx.fail(added.error());
    } else if (existed && *users > 0) {
        ctx.printLine(tr("The database %1 is already set up.").arg(ctx.dbPath()));
    }
    ctx.print(QJsonObject{{QStringLiteral("database"), ctx.dbPath()},
                          {QStringLiteral("device"), ctx.store().deviceId()},
                          {QStringLiteral("demo"), ctx.flag(QStringLiteral("demo"))}},
              tr("Database ready: %1").arg(ctx.dbPath()));
    return CommandContext::Ok;
}

} // namespace astro::cli
