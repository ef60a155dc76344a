#include "DistributorsCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "enrollment/EnrollmentService.h"

namespace astro::cli {

namespace {

class DistributorsEligible : public Command
{
public:
    DistributorsEligible()
        : Command(QStringLiteral("eligible"),
                  QStringLiteral("distributors eligible --location L --program P"))
    {
        addOption(QStringLiteral("program"), QStringLiteral("P"));
    }

    int execute(CommandContext& ctx) const override
    {
        if (!ctx.requireOptions({QStringLiteral("location"), QStringLiteral("program")}))
            return ctx.usageError(DistributorsCommand::use());
        auto list = ctx.store().enrollment().eligibleDistributors(
            ctx.option(QStringLiteral("location")), ctx.option(QStringLiteral("program")));
        if (!list)
            return ctx.fail(list.error());
        QString text;
        for (const Distributor& d : *list)
            text += QStringLiteral("%1\t%2\n").arg(d.id, d.name);
        ctx.print(jsonArray(*list),
                  list->empty() ? DistributorsCommand::tr("This program has no distributor to "
                                                          "choose.")
                                : text);
        return CommandContext::Ok;
    }
};

} // namespace

DistributorsCommand::DistributorsCommand()
    : Command(QStringLiteral("distributors"), QStringLiteral("distributors eligible"))
{
    addSubcommand(std::make_unique<DistributorsEligible>());
}

QString DistributorsCommand::use()
{
    return tr("Use: distributors eligible --location L --program P");
}

} // namespace astro::cli
