#include "CustomerCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "customers/CustomerStore.h"
#include "engine/CardService.h"
#include "engine/RedemptionService.h"

namespace astro::cli {

namespace {

class CustomerAdd : public Command
{
public:
    CustomerAdd()
        : Command(QStringLiteral("add"),
                  QStringLiteral("customer add --first F --last L [--phone P] [--email E] "
                                 "[--allow-duplicate]"))
    {
        addOption(QStringLiteral("first"), QStringLiteral("F"));
        addOption(QStringLiteral("last"), QStringLiteral("L"));
        addOption(QStringLiteral("phone"), QStringLiteral("P"));
        addOption(QStringLiteral("email"), QStringLiteral("E"));
        addOption(QStringLiteral("allow-duplicate"));
    }

    int execute(CommandContext& ctx) const override
    {
        CustomerStore& customers = ctx.store().customers();

        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        const CustomerInput input{
            ctx.option(QStringLiteral("first")), ctx.option(QStringLiteral("last")),
            ctx.option(QStringLiteral("phone")), ctx.option(QStringLiteral("email"))};
        auto clean = CustomerStore::validate(input);
        if (!clean)
            return ctx.fail(clean.error());
        auto same = customers.sameContact(clean->phone, clean->email);
        if (!same)
            return ctx.fail(same.error());
        if (!same->empty() && !ctx.flag(QStringLiteral("allow-duplicate")))
            return ctx.fail(makeError(
                ErrorCode::Conflict,
                CustomerCommand::tr("%1 (customer %2) already has this phone or email. Add "
                                    "--allow-duplicate to add another account anyway.")
                    .arg(same->front().displayName())
                    .arg(same->front().id)));
        auto added = customers.add(*actor, input);
        if (!added)
            return ctx.fail(added.error());
        ctx.print(
            toJson(*added),
            CustomerCommand::tr("Added customer %1: %2").arg(added->id).arg(added->displayName()));
        return CommandContext::Ok;
    }
};

class CustomerFind : public Command
{
public:
    CustomerFind()
        : Command(QStringLiteral("find"),
                  QStringLiteral("customer find TEXT [--limit N] [--offset N]"))
    {
        addOption(QStringLiteral("limit"), QStringLiteral("N"));
        addOption(QStringLiteral("offset"), QStringLiteral("N"));
    }

    int execute(CommandContext& ctx) const override
    {
        CustomerStore& customers = ctx.store().customers();

        const QString query = ctx.positionals(2).join(QLatin1Char(' '));
        if (query.trimmed().isEmpty())
            return ctx.usageError(CustomerCommand::tr("Use: customer find TEXT"));
        auto found =
            customers.find(query, ctx.option(QStringLiteral("limit"), QStringLiteral("20")).toInt(),
                           ctx.option(QStringLiteral("offset"), QStringLiteral("0")).toInt());
        if (!found)
            return ctx.fail(found.error());
        QString text;
        for (const Customer& c : *found)
            text += QStringLiteral("%1\t%2\t%3\t%4\n")
                        .arg(c.id)
                        .arg(c.lastName + QStringLiteral(", ") + c.firstName,
                             CustomerStore::formatPhone(c.phone), c.email);
        ctx.print(jsonArray(*found),
                  found->empty() ? CustomerCommand::tr("No customer matches “%1”.").arg(query)
                                 : text);
        return CommandContext::Ok;
    }
};

class CustomerShow : public Command
{
public:
    CustomerShow() : Command(QStringLiteral("show"), QStringLiteral("customer show ID")) {}

    int execute(CommandContext& ctx) const override
    {
        CustomerStore& customers = ctx.store().customers();

        auto id = ctx.idArgument(2, CustomerCommand::tr("customer"));
        if (!id)
            return ctx.fail(id.error());
        auto c = customers.get(*id);
        if (!c)
            return ctx.fail(c.error());
        auto cards = ctx.store().cards().cardsOf(*id);
        if (!cards)
            return ctx.fail(cards.error());
        auto redemptions = ctx.store().redemptions().ofCustomer(*id);
        if (!redemptions)
            return ctx.fail(redemptions.error());
        QJsonObject json = toJson(*c);
        json.insert(QStringLiteral("cards"), jsonArray(*cards));
        json.insert(QStringLiteral("redemptions"), jsonArray(*redemptions));
        QString text = CustomerCommand::tr("Customer %1: %2\nPhone: %3\nEmail: %4\n")
                           .arg(c->id)
                           .arg(c->displayName(), CustomerStore::formatPhone(c->phone), c->email);
        for (const CardView& v : *cards)
            text += CustomerCommand::tr("  %1 — %2 of %3, %n reward(s) to redeem\n", nullptr,
                                        int(v.openRewards.size()))
                        .arg(v.card.title)
                        .arg(v.progress)
                        .arg(v.card.buy);
        for (const Redemption& r : *redemptions)
            text += CustomerCommand::tr("  redeemed %1: %2 (%3)%4\n")
                        .arg(CommandContext::shortTime(r.at), r.description, label(r.creditStatus),
                             r.undone() ? CustomerCommand::tr(" — undone") : QString());
        ctx.print(json, text);
        return CommandContext::Ok;
    }
};

class CustomerMerge : public Command
{
public:
    CustomerMerge()
        : Command(QStringLiteral("merge"), QStringLiteral("customer merge KEEP_ID DUPLICATE_ID"))
    {}

    int execute(CommandContext& ctx) const override
    {
        CustomerStore& customers = ctx.store().customers();

        auto keep = ctx.idArgument(2, CustomerCommand::tr("customer to keep"));
        auto duplicate = ctx.idArgument(3, CustomerCommand::tr("duplicate customer"));
        if (!keep)
            return ctx.fail(keep.error());
        if (!duplicate)
            return ctx.fail(duplicate.error());
        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        if (auto s = customers.merge(*actor, *keep, *duplicate); !s)
            return ctx.fail(s.error());
        ctx.print(
            QJsonObject{{QStringLiteral("kept"), *keep}, {QStringLiteral("merged"), *duplicate}},
            CustomerCommand::tr("Customer %1 was merged into %2.").arg(*duplicate).arg(*keep));
        return CommandContext::Ok;
    }
};

} // namespace

CustomerCommand::CustomerCommand()
    : Command(QStringLiteral("customer"), QStringLiteral("customer add|find|show|merge"))
{
    addSubcommand(std::make_unique<CustomerAdd>());
    addSubcommand(std::make_unique<CustomerFind>());
    addSubcommand(std::make_unique<CustomerShow>());
    addSubcommand(std::make_unique<CustomerMerge>());
}

QString CustomerCommand::use()
{
    return tr("Use: customer add|find|show|merge");
}

} // namespace astro::cli
