#include "CreditCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "credits/CreditService.h"
#include "engine/RedemptionService.h"

namespace astro::cli {

namespace {

// A change to one redemption's credit: signs in, changes it, prints the redemption after.
class CreditChange : public Command
{
public:
    using Command::Command;

    int execute(CommandContext& ctx) const override
    {
        auto id = ctx.idArgument(2, CreditCommand::tr("redemption"));
        if (!id)
            return ctx.fail(id.error());
        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        int usage = CommandContext::Ok;
        const Status done = change(ctx, *actor, *id, usage);
        if (usage != CommandContext::Ok)
            return usage;
        if (!done)
            return ctx.fail(done.error());
        auto r = ctx.store().redemptions().get(*id);
        if (!r)
            return ctx.fail(r.error());
        ctx.print(toJson(*r), CreditCommand::tr("Redemption %1 is now %2.")
                                  .arg(*id)
                                  .arg(label(r->creditStatus).toLower()));
        return CommandContext::Ok;
    }

protected:
    // Sets `usage` (after a message) when the arguments are wrong.
    virtual Status change(CommandContext& ctx, const Actor& actor, qint64 id, int& usage) const = 0;
};

class CreditMark : public CreditChange
{
public:
    CreditMark()
        : CreditChange(QStringLiteral("mark"),
                       QStringLiteral("credit mark ID credited|reconciled|declined [--reason "
                                      "TEXT]"))
    {
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"));
    }

protected:
    Status change(CommandContext& ctx, const Actor& actor, qint64 id, int& usage) const override
    {
        const QString status = ctx.positional(3);
        CreditService& credits = ctx.store().credits();
        if (status == QLatin1String("credited"))
            return credits.markCredited(actor, id);
        if (status == QLatin1String("reconciled"))
            return credits.markReconciled(actor, id);
        if (status == QLatin1String("declined"))
            return credits.markDeclined(actor, id, ctx.option(QStringLiteral("reason")));
        usage =
            ctx.usageError(CreditCommand::tr("Use: credit mark ID credited|reconciled|declined"));
        return {};
    }
};

class CreditResubmit : public CreditChange
{
public:
    CreditResubmit()
        : CreditChange(QStringLiteral("resubmit"),
                       QStringLiteral("credit resubmit ID --account N [--note TEXT]"))
    {
        addOption(QStringLiteral("account"), QStringLiteral("N"));
        addOption(QStringLiteral("note"), QStringLiteral("TEXT"));
    }

protected:
    Status change(CommandContext& ctx, const Actor& actor, qint64 id, int& usage) const override
    {
        if (!ctx.requireOptions({QStringLiteral("account")})) {
            usage = CommandContext::Usage;
            return {};
        }
        return ctx.store().credits().resubmit(actor, id, ctx.option(QStringLiteral("account")),
                                              ctx.option(QStringLiteral("note")));
    }
};

} // namespace

CreditCommand::CreditCommand()
    : Command(QStringLiteral("credit"), QStringLiteral("credit mark|resubmit ID ..."))
{
    addSubcommand(std::make_unique<CreditMark>());
    addSubcommand(std::make_unique<CreditResubmit>());
}

QString CreditCommand::use()
{
    return tr("Use: credit resubmit|mark ID ...");
}

} // namespace astro::cli
