#include "RewardsCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "domain/Gtin.h"
#include "engine/RedemptionService.h"

namespace astro::cli {

RewardsCommand::RewardsCommand()
    : Command(QStringLiteral("rewards"), QStringLiteral("rewards --customer ID --card CARD"))
{
    addOption(QStringLiteral("customer"), QStringLiteral("ID"));
    addOption(QStringLiteral("card"), QStringLiteral("CARD"));
}

int RewardsCommand::execute(CommandContext& ctx) const
{
    if (!ctx.requireOptions({QStringLiteral("customer"), QStringLiteral("card")}))
        return CommandContext::Usage;
    auto id = ctx.idOption(QStringLiteral("customer"));
    if (!id)
        return ctx.fail(id.error());
    auto choice = ctx.store().redemptions().choices(*id, ctx.option(QStringLiteral("card")));
    if (!choice)
        return ctx.fail(choice.error());
    QString text =
        tr("%1 — %2\n%3\n")
            .arg(choice->card.title, label(choice->card.rule), explanation(choice->card.rule));
    if (!choice->limitReached.isEmpty())
        text += choice->limitReached + QLatin1Char('\n');
    for (const Product& p : choice->items)
        text += QStringLiteral("%1\t%2\t%3\n")
                    .arg(Gtin::displayOf(p.gtin), p.description, CommandContext::money(p.price));
    ctx.print(toJson(*choice), text);
    return CommandContext::Ok;
}

} // namespace astro::cli
