#include "BatchCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "batches/BatchExport.h"
#include "batches/BatchService.h"
#include "domain/Permissions.h"
#include "report/BatchPdfWriter.h"

#include <QLocale>

namespace astro::cli {

namespace {

class BatchShow : public Command
{
public:
    BatchShow() : Command(QStringLiteral("show"), QStringLiteral("batch show ID")) {}

    int execute(CommandContext& ctx) const override
    {
        auto id = ctx.idArgument(2, BatchCommand::tr("batch"));
        if (!id)
            return ctx.fail(id.error());
        auto report = BatchExport::report(ctx.store(), *id);
        if (!report)
            return ctx.fail(report.error());
        QJsonObject json = toJson(report->batch);
        json.insert(QStringLiteral("line_items"), jsonArray(report->lines));
        QString text = BatchCommand::tr("Batch %1 — %2 — %3 — %4\n")
                           .arg(report->batch.id)
                           .arg(report->batch.manufacturerName, report->batch.locationName,
                                label(report->batch.status));
        for (const BatchLine& l : report->lines)
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(CommandContext::shortTime(l.redeemedAt), l.customerName, l.description)
                        .arg(l.quantity)
                        .arg(CommandContext::money(l.cost));
        text += BatchCommand::tr("Total: %1\n").arg(CommandContext::money(report->batch.total));
        ctx.print(json, text);
        return CommandContext::Ok;
    }
};

class BatchExportCommand : public Command
{
public:
    BatchExportCommand()
        : Command(QStringLiteral("export"),
                  QStringLiteral("batch export ID --format csv|pdf --out FILE"))
    {
        addOption(QStringLiteral("format"), QStringLiteral("csv|pdf"));
        addOption(QStringLiteral("out"), QStringLiteral("FILE"));
    }

    int execute(CommandContext& ctx) const override
    {
        auto id = ctx.idArgument(2, BatchCommand::tr("batch"));
        if (!id)
            return ctx.fail(id.error());
        if (!ctx.requireOptions({QStringLiteral("format"), QStringLiteral("out")}))
            return CommandContext::Usage;
        const QString format = ctx.option(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("pdf"))
            return ctx.usageError(BatchCommand::tr("--format is csv or pdf."));
        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        if (auto allowed = Permissions::check(*actor, Permission::ManageBatches); !allowed)
            return ctx.fail(allowed.error());
        auto report = BatchExport::report(ctx.store(), *id);
        if (!report)
            return ctx.fail(report.error());
        const QString out = ctx.option(QStringLiteral("out"));
        const Status written =
            format == QLatin1String("csv")
                ? BatchExport::writeFileAtomically(out, BatchExport::csv(*report))
                : BatchPdfWriter::write(*report, out, QLocale());
        if (!written)
            return ctx.fail(written.error());
        if (auto s = BatchExport::markExported(ctx.store(), *actor, *id); !s)
            return ctx.fail(s.error());
        ctx.print(QJsonObject{{QStringLiteral("batch"), *id},
                              {QStringLiteral("file"), out},
                              {QStringLiteral("lines"), int(report->lines.size())}},
                  BatchCommand::tr("Batch %1 exported to %2 (%n line(s)).", nullptr,
                                   int(report->lines.size()))
                      .arg(*id)
                      .arg(out));
        return CommandContext::Ok;
    }
};

// `batch close|submit|complete ID`: one step of a batch's life.
class BatchTransition : public Command
{
public:
    using Transition = Status (BatchService::*)(const Actor&, qint64);

    BatchTransition(const QString& name, Transition transition)
        : Command(name, QStringLiteral("batch %1 ID").arg(name)), m_transition(transition)
    {}

    int execute(CommandContext& ctx) const override
    {
        auto id = ctx.idArgument(2, BatchCommand::tr("batch"));
        if (!id)
            return ctx.fail(id.error());
        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        if (auto s = (ctx.store().batches().*m_transition)(*actor, *id); !s)
            return ctx.fail(s.error());
        auto batch = ctx.store().batches().get(*id);
        if (!batch)
            return ctx.fail(batch.error());
        ctx.print(
            toJson(*batch),
            BatchCommand::tr("Batch %1 is now %2.").arg(*id).arg(label(batch->status).toLower()));
        return CommandContext::Ok;
    }

private:
    Transition m_transition;
};

class BatchCadenceCommand : public Command
{
public:
    BatchCadenceCommand()
        : Command(QStringLiteral("cadence"),
                  QStringLiteral("batch cadence weekly|biweekly|monthly"))
    {}

    int execute(CommandContext& ctx) const override
    {
        const auto cadence = fromCode<BatchCadence>(ctx.positional(2));
        if (!cadence)
            return ctx.usageError(BatchCommand::tr("Use: batch cadence weekly|biweekly|monthly"));
        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        if (auto s = ctx.store().batches().setCadence(*actor, *cadence); !s)
            return ctx.fail(s.error());
        ctx.print(QJsonObject{{QStringLiteral("cadence"), toCode(*cadence)}},
                  BatchCommand::tr("New batches now follow a %1 cadence.")
                      .arg(label(*cadence).toLower()));
        return CommandContext::Ok;
    }
};

} // namespace

BatchCommand::BatchCommand()
    : Command(QStringLiteral("batch"),
              QStringLiteral("batch show|export|close|submit|complete|cadence"))
{
    addSubcommand(std::make_unique<BatchShow>());
    addSubcommand(std::make_unique<BatchExportCommand>());
    addSubcommand(std::make_unique<BatchTransition>(QStringLiteral("close"), &BatchService::close));
    addSubcommand(
        std::make_unique<BatchTransition>(QStringLiteral("submit"), &BatchService::submit));
    addSubcommand(
        std::make_unique<BatchTransition>(QStringLiteral("complete"), &BatchService::complete));
    addSubcommand(std::make_unique<BatchCadenceCommand>());
}

QString BatchCommand::use()
{
    return tr("Use: batch show|export|close|submit|complete ID");
}

} // namespace astro::cli
