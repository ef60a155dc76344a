#include "BatchesCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "batches/BatchService.h"

namespace astro::cli {

BatchesCommand::BatchesCommand()
    : Command(QStringLiteral("batches"),
              QStringLiteral("batches [--status open|closed|submitted|complete] [--manufacturer M] "
                             "[--location L] [--from DATE] [--to DATE]"))
{
    addOption(QStringLiteral("status"), QStringLiteral("STATUS"));
    addOption(QStringLiteral("manufacturer"), QStringLiteral("M"));
    addOption(QStringLiteral("from"), QStringLiteral("DATE"));
    addOption(QStringLiteral("to"), QStringLiteral("DATE"));
}

int BatchesCommand::execute(CommandContext& ctx) const
{
    BatchFilter filter;
    if (!ctx.option(QStringLiteral("status")).isEmpty()) {
        filter.status = fromCode<BatchStatus>(ctx.option(QStringLiteral("status")));
        if (!filter.status)
            return ctx.usageError(tr("--status is open, closed, submitted or complete."));
    }
    filter.manufacturerId = ctx.option(QStringLiteral("manufacturer"));
    filter.locationId = ctx.option(QStringLiteral("location"));
    filter.from = QDate::fromString(ctx.option(QStringLiteral("from")), Qt::ISODate);
    filter.to = QDate::fromString(ctx.option(QStringLiteral("to")), Qt::ISODate);
    auto batches = ctx.store().batches().list(filter);
    if (!batches)
        return ctx.fail(batches.error());
    QString text;
    for (const Batch& b : *batches)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                    .arg(b.id)
                    .arg(b.manufacturerName, b.locationName, label(b.status),
                         tr("%n line(s)", nullptr, b.lineCount), CommandContext::money(b.total));
    ctx.print(jsonArray(*batches), batches->empty() ? tr("No batches.") : text);
    return CommandContext::Ok;
}

} // namespace astro::cli
