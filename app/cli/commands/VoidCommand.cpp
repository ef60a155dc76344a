#include "VoidCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "engine/VisitService.h"

namespace astro::cli {

VoidCommand::VoidCommand() : Command(QStringLiteral("void"), QStringLiteral("void --scan ID"))
{
    addOption(QStringLiteral("scan"), QStringLiteral("ID"));
}

int VoidCommand::execute(CommandContext& ctx) const
{
    auto scanId = ctx.idOption(QStringLiteral("scan"));
    if (!scanId)
        return ctx.fail(scanId.error());
    auto actor = ctx.signIn();
    if (!actor)
        return ctx.fail(actor.error());
    if (auto s = ctx.store().visits().voidScan(*actor, *scanId); !s)
        return ctx.fail(s.error());
    ctx.print(QJsonObject{{QStringLiteral("voided"), *scanId}}, tr("Scan %1 voided.").arg(*scanId));
    return CommandContext::Ok;
}

} // namespace astro::cli
