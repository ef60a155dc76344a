#include "CreditsCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "credits/CreditService.h"

namespace astro::cli {

CreditsCommand::CreditsCommand()
    : Command(QStringLiteral("credits"),
              QStringLiteral("credits [--status held|uncredited|credited|reconciled|declined] "
                             "[--location L] [--distributor D] [--manufacturer M] [--limit N]"))
{
    addOption(QStringLiteral("status"), QStringLiteral("STATUS"));
    addOption(QStringLiteral("distributor"), QStringLiteral("D"));
    addOption(QStringLiteral("manufacturer"), QStringLiteral("M"));
    addOption(QStringLiteral("limit"), QStringLiteral("N"));
}

int CreditsCommand::execute(CommandContext& ctx) const
{
    CreditFilter filter;
    if (!ctx.option(QStringLiteral("status")).isEmpty()) {
        filter.status = fromCode<CreditStatus>(ctx.option(QStringLiteral("status")));
        if (!filter.status)
            return ctx.usageError(
                tr("--status is held, uncredited, credited, reconciled or declined."));
    }
    filter.locationId = ctx.option(QStringLiteral("location"));
    filter.distributorId = ctx.option(QStringLiteral("distributor"));
    filter.manufacturerId = ctx.option(QStringLiteral("manufacturer"));
    filter.limit = ctx.option(QStringLiteral("limit"), QStringLiteral("500")).toInt();
    auto credits = ctx.store().credits().list(filter);
    if (!credits)
        return ctx.fail(credits.error());
    QString text;
    for (const Redemption& r : *credits)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\n")
                    .arg(r.id)
                    .arg(CommandContext::shortTime(r.at),
                         r.distributorName.isEmpty() ? label(r.fulfillment) : r.distributorName,
                         r.programTitle, r.description, label(r.creditStatus),
                         r.declineReason.isEmpty() ? r.accountNumber : r.declineReason);
    ctx.print(jsonArray(*credits), credits->empty() ? tr("No credits.") : text);
    return CommandContext::Ok;
}

} // namespace astro::cli
