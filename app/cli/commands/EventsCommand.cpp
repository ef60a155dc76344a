#include "EventsCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "common/Text.h"
#include "storage/EventLog.h"

#include <QJsonArray>

namespace astro::cli {

EventsCommand::EventsCommand()
    : Command(QStringLiteral("events"), QStringLiteral("events [--unsent] [--limit N]"))
{
    addOption(QStringLiteral("unsent"));
    addOption(QStringLiteral("limit"), QStringLiteral("N"));
}

int EventsCommand::execute(CommandContext& ctx) const
{
    const int limit = ctx.option(QStringLiteral("limit"), QStringLiteral("50")).toInt();
    auto events = ctx.flag(QStringLiteral("unsent")) ? ctx.store().events().unsent(limit)
                                                     : ctx.store().events().recent(limit);
    if (!events)
        return ctx.fail(events.error());
    auto unsent = ctx.store().events().unsentCount();
    QJsonArray array;
    QString text;
    for (const Event& e : *events) {
        array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("uuid"), e.uuid},
                                 {QStringLiteral("device"), e.deviceId},
                                 {QStringLiteral("at"), text::isoUtc(e.at)},
                                 {QStringLiteral("type"), e.type},
                                 {QStringLiteral("payload"), e.payload},
                                 {QStringLiteral("sent"), e.sent}});
        text +=
            QStringLiteral("%1\t%2\t%3\t%4\n")
                .arg(e.seq)
                .arg(CommandContext::shortTime(e.at), e.type, e.sent ? tr("sent") : tr("waiting"));
    }
    if (unsent)
        text += tr("%n event(s) waiting to be sent.", nullptr, int(*unsent));
    ctx.print(array, text);
    return CommandContext::Ok;
}

} // namespace astro::cli
