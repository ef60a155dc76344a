#include "AuditCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "domain/Permissions.h"
#include "storage/AuditLog.h"

namespace astro::cli {

AuditCommand::AuditCommand()
    : Command(QStringLiteral("audit"), QStringLiteral("audit [--search TEXT] [--limit N]"))
{
    addOption(QStringLiteral("search"), QStringLiteral("TEXT"));
    addOption(QStringLiteral("limit"), QStringLiteral("N"));
}

int AuditCommand::execute(CommandContext& ctx) const
{
    auto actor = ctx.signIn();
    if (!actor)
        return ctx.fail(actor.error());
    if (auto allowed = Permissions::check(*actor, Permission::ViewReports); !allowed)
        return ctx.fail(allowed.error());
    AuditFilter filter;
    filter.text = ctx.option(QStringLiteral("search"));
    filter.limit = ctx.option(QStringLiteral("limit"), QStringLiteral("100")).toInt();
    auto entries = ctx.store().auditLog().entries(filter);
    if (!entries)
        return ctx.fail(entries.error());
    QString text;
    for (const AuditEntry& e : *entries)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5 → %6\n")
                    .arg(CommandContext::shortTime(e.at), e.userName, e.subject, e.field,
                         e.oldValue, e.newValue);
    ctx.print(jsonArray(*entries), entries->empty() ? tr("The audit log is empty.") : text);
    return CommandContext::Ok;
}

} // namespace astro::cli
