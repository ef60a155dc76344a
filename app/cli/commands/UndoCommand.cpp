#include "UndoCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "engine/RedemptionService.h"

namespace astro::cli {

UndoCommand::UndoCommand()
    : Command(QStringLiteral("undo"), QStringLiteral("undo --redemption ID [--reselect]"))
{
    addOption(QStringLiteral("redemption"), QStringLiteral("ID"));
    addOption(QStringLiteral("reselect"));
}

int UndoCommand::execute(CommandContext& ctx) const
{
    auto id = ctx.idOption(QStringLiteral("redemption"));
    if (!id)
        return ctx.fail(id.error());
    auto actor = ctx.signIn();
    if (!actor)
        return ctx.fail(actor.error());
    const UndoMode mode =
        ctx.flag(QStringLiteral("reselect")) ? UndoMode::RemoveAndReselect : UndoMode::RemoveOnly;
    if (auto s = ctx.store().redemptions().undo(*actor, *id, mode); !s)
        return ctx.fail(s.error());
    ctx.print(QJsonObject{{QStringLiteral("undone"), *id}}, tr("Redemption %1 undone.").arg(*id));
    return CommandContext::Ok;
}

} // namespace astro::cli
