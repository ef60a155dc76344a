#include "PosUserCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "pos/PosUserStore.h"

#include <QJsonArray>

#include <algorithm>

namespace astro::cli {

namespace {

QString missingPassword()
{
    return PosUserCommand::tr("Give the POS account's password on standard input with "
                              "--password-stdin, or in the environment variable "
                              "ASTRO_POS_PASSWORD.");
}

Result<QString> posPassword(CommandContext& ctx)
{
    return ctx.secretInput(QStringLiteral("ASTRO_POS_PASSWORD"), missingPassword());
}

class PosUserList : public Command
{
public:
    PosUserList() : Command(QStringLiteral("list"), QStringLiteral("pos-user list")) {}

    int execute(CommandContext& ctx) const override
    {
        auto list = PosUserStore(ctx.store()).list();
        if (!list)
            return ctx.fail(list.error());
        QJsonArray json;
        QString text;
        for (const PosUser& u : *list) {
            json.append(toJson(u));
            text += QStringLiteral("%1\t%2\n").arg(u.name, u.clientId);
        }
        ctx.print(json, text);
        return CommandContext::Ok;
    }
};

// A change to the POS account named after the subcommand, by a signed-in user.
class PosUserChange : public Command
{
public:
    using Command::Command;

    int execute(CommandContext& ctx) const override
    {
        const QString name = ctx.positional(2);
        if (name.isEmpty())
            return ctx.usageError(PosUserCommand::use());
        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        PosUserStore accounts(ctx.store());
        return change(ctx, accounts, *actor, name);
    }

protected:
    virtual int change(CommandContext& ctx, PosUserStore& accounts, const Actor& actor,
                       const QString& name) const = 0;
};

class PosUserAdd : public PosUserChange
{
public:
    PosUserAdd()
        : PosUserChange(QStringLiteral("add"),
                        QStringLiteral("pos-user add NAME --client-id ID [--password-stdin]"))
    {
        addOption(QStringLiteral("client-id"), QStringLiteral("ID"));
        addOption(QStringLiteral("password-stdin"));
    }

protected:
    int change(CommandContext& ctx, PosUserStore& accounts, const Actor& actor,
               const QString& name) const override
    {
        if (!ctx.requireOptions({QStringLiteral("client-id")}))
            return CommandContext::Usage;
        auto password = posPassword(ctx);
        if (!password)
            return ctx.fail(password.error());
        auto added = accounts.add(actor, name, *password, ctx.option(QStringLiteral("client-id")));
        if (!added)
            return ctx.fail(added.error());
        ctx.print(toJson(*added), PosUserCommand::tr("Added the POS account %1 (client id %2).")
                                      .arg(added->name, added->clientId));
        return CommandContext::Ok;
    }
};

// A change to an existing POS account (`password`, `remove`).
class PosUserUpdate : public PosUserChange
{
public:
    using PosUserChange::PosUserChange;

protected:
    int change(CommandContext& ctx, PosUserStore& accounts, const Actor& actor,
               const QString& name) const override
    {
        auto list = accounts.list();
        if (!list)
            return ctx.fail(list.error());
        const auto found = std::find_if(list->cbegin(), list->cend(), [&](const PosUser& u) {
            return u.name.compare(name.simplified(), Qt::CaseInsensitive) == 0;
        });
        if (found == list->cend())
            return ctx.fail(
                makeError(ErrorCode::NotFound,
                          PosUserCommand::tr("There is no POS account named %1.").arg(name)));
        return update(ctx, accounts, actor, *found);
    }

    virtual int update(CommandContext& ctx, PosUserStore& accounts, const Actor& actor,
                       const PosUser& account) const = 0;
};

class PosUserPassword : public PosUserUpdate
{
public:
    PosUserPassword()
        : PosUserUpdate(QStringLiteral("password"),
                        QStringLiteral("pos-user password NAME [--password-stdin]"))
    {
        addOption(QStringLiteral("password-stdin"));
    }

protected:
    int update(CommandContext& ctx, PosUserStore& accounts, const Actor& actor,
               const PosUser& account) const override
    {
        auto password = posPassword(ctx);
        if (!password)
            return ctx.fail(password.error());
        if (auto s = accounts.setPassword(actor, account.id, *password); !s)
            return ctx.fail(s.error());
        ctx.print(
            toJson(account),
            PosUserCommand::tr("Changed the password of the POS account %1.").arg(account.name));
        return CommandContext::Ok;
    }
};

class PosUserRemove : public PosUserUpdate
{
public:
    PosUserRemove()
        : PosUserUpdate(QStringLiteral("remove"), QStringLiteral("pos-user remove NAME"))
    {}

protected:
    int update(CommandContext& ctx, PosUserStore& accounts, const Actor& actor,
               const PosUser& account) const override
    {
        if (auto s = accounts.remove(actor, account.id); !s)
            return ctx.fail(s.error());
        ctx.print(toJson(account),
                  PosUserCommand::tr("Removed the POS account %1.").arg(account.name));
        return CommandContext::Ok;
    }
};

} // namespace

PosUserCommand::PosUserCommand()
    : Command(QStringLiteral("pos-user"), QStringLiteral("pos-user list|add|password|remove"))
{
    addSubcommand(std::make_unique<PosUserList>());
    addSubcommand(std::make_unique<PosUserAdd>());
    addSubcommand(std::make_unique<PosUserPassword>());
    addSubcommand(std::make_unique<PosUserRemove>());
}

QString PosUserCommand::use()
{
    return tr("Use: pos-user list|add|password|remove NAME");
}

} // namespace astro::cli
