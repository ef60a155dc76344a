#include "EnrollmentCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "enrollment/EnrollmentService.h"

namespace astro::cli {

namespace {

// `enrollment list` (every enrollment) and `enrollment held` (those in Temporary Holding);
// --location, a global option, filters both.
class EnrollmentList : public Command
{
public:
    explicit EnrollmentList(bool held)
        : Command(held ? QStringLiteral("held") : QStringLiteral("list"),
                  held ? QStringLiteral("enrollment held [--location L]")
                       : QStringLiteral("enrollment list [--location L]")),
          m_held(held)
    {}

    int execute(CommandContext& ctx) const override
    {
        const QString location = ctx.option(QStringLiteral("location"));
        auto list = m_held ? ctx.store().enrollment().held(location)
                           : ctx.store().enrollment().list(location);
        if (!list)
            return ctx.fail(list.error());
        QString text;
        for (const Enrollment& e : *list)
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(e.locationId, e.subjectId, e.title,
                             e.distributorName.isEmpty() ? label(e.fulfillment) : e.distributorName,
                             e.accountNumber);
        ctx.print(jsonArray(*list),
                  list->empty() ? EnrollmentCommand::tr("No enrollments.") : text);
        return CommandContext::Ok;
    }

private:
    bool m_held;
};

class EnrollmentSet : public Command
{
public:
    EnrollmentSet()
        : Command(QStringLiteral("set"),
                  QStringLiteral("enrollment set --location L --program P [--distributor D] "
                                 "[--account N]"))
    {
        addOption(QStringLiteral("program"), QStringLiteral("P"));
        addOption(QStringLiteral("distributor"), QStringLiteral("D"));
        addOption(QStringLiteral("account"), QStringLiteral("N"));
    }

    int execute(CommandContext& ctx) const override
    {
        if (!ctx.requireOptions({QStringLiteral("location"), QStringLiteral("program")}))
            return CommandContext::Usage;
        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        const QString location = ctx.option(QStringLiteral("location"));
        const QString program = ctx.option(QStringLiteral("program"));
        auto released = ctx.store().enrollment().set(*actor, location, program,
                                                     ctx.option(QStringLiteral("distributor")),
                                                     ctx.option(QStringLiteral("account")));
        if (!released)
            return ctx.fail(released.error());
        auto now = ctx.store().enrollment().get(location, program);
        if (!now || !now->has_value())
            return ctx.fail(now ? makeError(ErrorCode::NotFound, QString()) : now.error());
        QJsonObject json = toJson(**now);
        json.insert(QStringLiteral("released"), *released);
        QString text = EnrollmentCommand::tr("%1 at %2: %3 %4")
                           .arg((*now)->title, (*now)->locationId, (*now)->distributorName,
                                (*now)->accountNumber);
        if (*released > 0)
            text += QLatin1Char('\n') +
                    EnrollmentCommand::tr("%n held redemption(s) sent to the distributor.", nullptr,
                                          *released);
        ctx.print(json, text);
        return CommandContext::Ok;
    }
};

} // namespace

EnrollmentCommand::EnrollmentCommand()
    : Command(QStringLiteral("enrollment"), QStringLiteral("enrollment list|held|set"))
{
    addSubcommand(std::make_unique<EnrollmentList>(false));
    addSubcommand(std::make_unique<EnrollmentList>(true));
    addSubcommand(std::make_unique<EnrollmentSet>());
}

QString EnrollmentCommand::use()
{
    return tr("Use: enrollment list|set|held");
}

} // namespace astro::cli
