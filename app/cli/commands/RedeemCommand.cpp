#include "RedeemCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "engine/RedemptionService.h"

namespace astro::cli {

RedeemCommand::RedeemCommand()
    : Command(QStringLiteral("redeem"),
              QStringLiteral("redeem --customer ID --card CARD --upc UPC [--qty N] [--email E]"))
{
    addOption(QStringLiteral("customer"), QStringLiteral("ID"));
    addOption(QStringLiteral("card"), QStringLiteral("CARD"));
    addOption(QStringLiteral("upc"), QStringLiteral("UPC"));
    addOption(QStringLiteral("qty"), QStringLiteral("N"));
    addOption(QStringLiteral("email"), QStringLiteral("E"));
}

int RedeemCommand::execute(CommandContext& ctx) const
{
    if (!ctx.requireOptions(
            {QStringLiteral("customer"), QStringLiteral("card"), QStringLiteral("upc")}))
        return CommandContext::Usage;
    auto id = ctx.idOption(QStringLiteral("customer"));
    if (!id)
        return ctx.fail(id.error());
    auto actor = ctx.signIn();
    if (!actor)
        return ctx.fail(actor.error());
    RedeemRequest request;
    request.customerId = *id;
    request.cardId = ctx.option(QStringLiteral("card"));
    request.code = ctx.option(QStringLiteral("upc"));
    request.quantity = ctx.option(QStringLiteral("qty"), QStringLiteral("1")).toInt();
    request.email = ctx.option(QStringLiteral("email"));
    auto r = ctx.store().redemptions().redeem(*actor, request);
    if (!r)
        return ctx.fail(r.error());
    ctx.print(toJson(*r), tr("Redeemed %1 (redemption %2): %3.")
                              .arg(r->description)
                              .arg(r->id)
                              .arg(label(r->creditStatus)));
    return CommandContext::Ok;
}

} // namespace astro::cli
