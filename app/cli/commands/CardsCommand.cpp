#include "CardsCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "engine/CardService.h"

namespace astro::cli {

CardsCommand::CardsCommand()
    : Command(QStringLiteral("cards"), QStringLiteral("cards --customer ID"))
{
    addOption(QStringLiteral("customer"), QStringLiteral("ID"));
}

int CardsCommand::execute(CommandContext& ctx) const
{
    auto id = ctx.idOption(QStringLiteral("customer"));
    if (!id)
        return ctx.fail(id.error());
    auto customer = ctx.store().customers().get(*id);
    if (!customer)
        return ctx.fail(customer.error());
    auto cards = ctx.store().cards().cardsOf(*id);
    if (!cards)
        return ctx.fail(cards.error());
    QString text;
    for (const CardView& v : *cards) {
        text += QStringLiteral("%1\t%2\t%3/%4")
                    .arg(v.card.id, v.card.title)
                    .arg(v.progress)
                    .arg(v.card.buy);
        if (!v.openRewards.empty())
            text += QLatin1Char('\t') +
                    tr("%n reward(s) to redeem", nullptr, int(v.openRewards.size()));
        if (v.expiredUnits > 0)
            text += QLatin1Char('\t') + tr("%n expired", nullptr, v.expiredUnits);
        text += QLatin1Char('\n');
    }
    ctx.print(jsonArray(*cards),
              cards->empty() ? tr("%1 has no punches yet.").arg(customer->displayName()) : text);
    return CommandContext::Ok;
}

} // namespace astro::cli
