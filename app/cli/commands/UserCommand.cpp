#include "UserCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "users/UserStore.h"

namespace astro::cli {

namespace {

class UserList : public Command
{
public:
    UserList() : Command(QStringLiteral("list"), QStringLiteral("user list")) {}

    int execute(CommandContext& ctx) const override
    {
        auto list = ctx.store().users().list(true);
        if (!list)
            return ctx.fail(list.error());
        QString text;
        for (const User& u : *list)
            text += QStringLiteral("%1\t%2\t%3\n")
                        .arg(u.name, label(u.role),
                             u.active ? UserCommand::tr("active") : UserCommand::tr("disabled"));
        ctx.print(jsonArray(*list), text);
        return CommandContext::Ok;
    }
};

// A change to the user named by the argument after the subcommand, by a signed-in user.
class UserChange : public Command
{
public:
    using Command::Command;

    int execute(CommandContext& ctx) const override
    {
        const QString name = ctx.positional(2);
        if (name.isEmpty())
            return ctx.usageError(UserCommand::use());
        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        return change(ctx, *actor, name);
    }

protected:
    virtual int change(CommandContext& ctx, const Actor& actor, const QString& name) const = 0;
};

class UserAdd : public UserChange
{
public:
    UserAdd()
        : UserChange(QStringLiteral("add"),
                     QStringLiteral("user add NAME --role cashier|manager|admin --new-pin PIN"))
    {
        addOption(QStringLiteral("role"), QStringLiteral("ROLE"));
        addOption(QStringLiteral("new-pin"), QStringLiteral("PIN"));
    }

protected:
    int change(CommandContext& ctx, const Actor& actor, const QString& name) const override
    {
        const auto role = fromCode<Role>(ctx.option(QStringLiteral("role")));
        if (!role || !ctx.requireOptions({QStringLiteral("new-pin")}))
            return ctx.usageError(
                UserCommand::tr("Use: user add NAME --role cashier|manager|admin --new-pin PIN"));
        auto added =
            ctx.store().users().add(actor, name, *role, ctx.option(QStringLiteral("new-pin")));
        if (!added)
            return ctx.fail(added.error());
        ctx.print(toJson(*added),
                  UserCommand::tr("Added %1 (%2).").arg(added->name, label(added->role)));
        return CommandContext::Ok;
    }
};

// A change to an existing user (`pin`, `role`, `disable`, `enable`, `unlock`), printed after.
class UserUpdate : public UserChange
{
public:
    using UserChange::UserChange;

protected:
    int change(CommandContext& ctx, const Actor& actor, const QString& name) const override
    {
        UserStore& users = ctx.store().users();
        auto target = users.byName(name);
        if (!target)
            return ctx.fail(target.error());
        if (!target->has_value())
            return ctx.fail(makeError(ErrorCode::NotFound,
                                      UserCommand::tr("There is no user named %1.").arg(name)));
        int usage = CommandContext::Ok;
        const Status done = update(ctx, actor, (*target)->id, usage);
        if (usage != CommandContext::Ok)
            return usage;
        if (!done)
            return ctx.fail(done.error());
        auto after = users.byName(name);
        ctx.print(after && after->has_value() ? toJson(**after) : QJsonObject(),
                  UserCommand::tr("%1 updated.").arg(name));
        return CommandContext::Ok;
    }

    // Sets `usage` (after a message) when the arguments are wrong.
    virtual Status update(CommandContext& ctx, const Actor& actor, qint64 userId,
                          int& usage) const = 0;
};

class UserPin : public UserUpdate
{
public:
    UserPin() : UserUpdate(QStringLiteral("pin"), QStringLiteral("user pin NAME --new-pin PIN"))
    {
        addOption(QStringLiteral("new-pin"), QStringLiteral("PIN"));
    }

protected:
    Status update(CommandContext& ctx, const Actor& actor, qint64 userId, int& usage) const override
    {
        if (!ctx.requireOptions({QStringLiteral("new-pin")})) {
            usage = CommandContext::Usage;
            return {};
        }
        return ctx.store().users().setPin(actor, userId, ctx.option(QStringLiteral("new-pin")));
    }
};

class UserRole : public UserUpdate
{
public:
    UserRole()
        : UserUpdate(QStringLiteral("role"),
                     QStringLiteral("user role NAME --role cashier|manager|admin"))
    {
        addOption(QStringLiteral("role"), QStringLiteral("ROLE"));
    }

protected:
    Status update(CommandContext& ctx, const Actor& actor, qint64 userId, int& usage) const override
    {
        const auto role = fromCode<Role>(ctx.option(QStringLiteral("role")));
        if (!role) {
            usage = ctx.usageError(UserCommand::tr("--role is cashier, manager or admin."));
            return {};
        }
        return ctx.store().users().setRole(actor, userId, *role);
    }
};

// `user disable NAME` and `user enable NAME`.
class UserActive : public UserUpdate
{
public:
    explicit UserActive(bool active)
        : UserUpdate(active ? QStringLiteral("enable") : QStringLiteral("disable"),
                     active ? QStringLiteral("user enable NAME")
                            : QStringLiteral("user disable NAME")),
          m_active(active)
    {}

protected:
    Status update(CommandContext& ctx, const Actor& actor, qint64 userId, int&) const override
    {
        return ctx.store().users().setActive(actor, userId, m_active);
    }

private:
    bool m_active;
};

// `user unlock NAME`: lets a user locked out after too many wrong PINs sign in again.
class UserUnlock : public UserUpdate
{
public:
    UserUnlock() : UserUpdate(QStringLiteral("unlock"), QStringLiteral("user unlock NAME")) {}

protected:
    Status update(CommandContext& ctx, const Actor& actor, qint64 userId, int&) const override
    {
        return ctx.store().users().unlock(actor, userId);
    }
};

} // namespace

UserCommand::UserCommand()
    : Command(QStringLiteral("user"),
              QStringLiteral("user list|add|pin|role|disable|enable|unlock"))
{
    addSubcommand(std::make_unique<UserList>());
    addSubcommand(std::make_unique<UserAdd>());
    addSubcommand(std::make_unique<UserPin>());
    addSubcommand(std::make_unique<UserRole>());
    addSubcommand(std::make_unique<UserActive>(false));
    addSubcommand(std::make_unique<UserActive>(true));
    addSubcommand(std::make_unique<UserUnlock>());
}

QString UserCommand::use()
{
    return tr("Use: user list|add|pin|role|disable|enable|unlock NAME");
}

} // namespace astro::cli
