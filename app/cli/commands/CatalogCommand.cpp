#include "CatalogCommand.h"

#include "CommandContext.h"
#include "catalog/CatalogImporter.h"

#include <QJsonObject>

namespace astro::cli {

namespace {

class CatalogImport : public Command
{
public:
    CatalogImport() : Command(QStringLiteral("import"), QStringLiteral("catalog import FILE")) {}

    int execute(CommandContext& ctx) const override
    {
        if (ctx.positional(2).isEmpty())
            return ctx.usageError(CatalogCommand::use());
        auto actor = ctx.signIn();
        if (!actor)
            return ctx.fail(actor.error());
        auto summary = CatalogImporter(ctx.store()).importFile(*actor, ctx.positional(2));
        if (!summary)
            return ctx.fail(summary.error());
        ctx.print(QJsonObject{{QStringLiteral("locations"), summary->locations},
                              {QStringLiteral("manufacturers"), summary->manufacturers},
                              {QStringLiteral("products"), summary->products},
                              {QStringLiteral("programs"), summary->programs},
                              {QStringLiteral("cards"), summary->cards},
                              {QStringLiteral("offers"), summary->offers},
                              {QStringLiteral("distributors"), summary->distributors}},
                  CatalogCommand::tr("Imported %1 products, %2 programs with %3 cards, %4 offers "
                                     "and %5 distributors.")
                      .arg(summary->products)
                      .arg(summary->programs)
                      .arg(summary->cards)
                      .arg(summary->offers)
                      .arg(summary->distributors));
        return CommandContext::Ok;
    }
};

} // namespace

CatalogCommand::CatalogCommand()
    : Command(QStringLiteral("catalog"), QStringLiteral("catalog import FILE"))
{
    addSubcommand(std::make_unique<CatalogImport>());
}

QString CatalogCommand::use()
{
    return tr("Use: catalog import FILE");
}

} // namespace astro::cli
