#include "ScanCommand.h"

#include "CommandContext.h"
#include "JsonViews.h"
#include "engine/OfferService.h"
#include "engine/VisitService.h"

#include <QHash>

namespace astro::cli {

ScanCommand::ScanCommand()
    : Command(QStringLiteral("scan"),
              QStringLiteral("scan --customer ID [--location L] [--at TIME] [--reason R] "
                             "[--transaction T] [--redeem-offer OFFER[:UPC]]... [--email E] "
                             "[--exception-card CARD --exception-reason REASON] ITEM..."))
{
    addOption(QStringLiteral("customer"), QStringLiteral("ID"));
    addOption(QStringLiteral("at"), QStringLiteral("TIME"));
    addOption(QStringLiteral("reason"), QStringLiteral("R"));
    addOption(QStringLiteral("transaction"), QStringLiteral("T"));
    addOption(QStringLiteral("redeem-offer"), QStringLiteral("OFFER[:UPC]"));
    addOption(QStringLiteral("email"), QStringLiteral("E"));
    addOption(QStringLiteral("exception-card"), QStringLiteral("CARD"));
    addOption(QStringLiteral("exception-reason"), QStringLiteral("REASON"));
}

int ScanCommand::execute(CommandContext& ctx) const
{
    if (!ctx.requireOptions({QStringLiteral("customer")}))
        return CommandContext::Usage;
    const QStringList items = ctx.positionals(1);
    if (items.isEmpty())
        return ctx.usageError(tr("Give at least one item: UPC[xQTY][@PRICE]."));
    auto customerId = ctx.idOption(QStringLiteral("customer"));
    if (!customerId)
        return ctx.fail(customerId.error());
    auto actor = ctx.signIn();
    if (!actor)
        return ctx.fail(actor.error());

    QDateTime at;
    if (!ctx.option(QStringLiteral("at")).isEmpty()) {
        at = QDateTime::fromString(ctx.option(QStringLiteral("at")), Qt::ISODateWithMs);
        if (!at.isValid())
            return ctx.fail(
                makeError(ErrorCode::Invalid,
                          tr("--at needs an ISO-8601 time, like 2026-11-22T14:05:00-05:00.")));
    }
    // Everything is checked before anything is recorded: a typo in the third item must not
    // leave the first two punched without the rest.
    auto customer = ctx.store().customers().get(*customerId);
    if (!customer)
        return ctx.fail(customer.error());
    const QDate day = (at.isValid() ? at : ctx.store().now()).toLocalTime().date();
    std::vector<ScanLine> lines;
    QHash<QString, int> unitsPerCard;
    for (const QString& item : items) {
        auto line = ScanLine::parse(item);
        if (!line)
            return ctx.fail(line.error());
        line->at = at;
        line->exceptionCardId = ctx.option(QStringLiteral("exception-card"));
        line->exceptionReason = ctx.option(QStringLiteral("exception-reason"));
        auto product = ctx.store().visits().checkLine(*actor, *line);
        if (!product)
            return ctx.fail(product.error());
        if (line->exceptionCardId.isEmpty()) {
            QStringList warnings;
            QString refusal;
            auto cards = ctx.store().visits().punchableCards(*product, ctx.location(), day,
                                                             warnings, refusal);
            if (!cards)
                return ctx.fail(cards.error());
            auto offers = ctx.store().offers().runningOffersFor(product->id, ctx.location(), day);
            if (!offers)
                return ctx.fail(offers.error());
            if (cards->empty() && offers->isEmpty())
                return ctx.fail(makeError(ErrorCode::NotFound, refusal));
            for (const ProgramCard& card : *cards)
                unitsPerCard[card.title] += line->quantity;
        } else {
            unitsPerCard[line->exceptionCardId] += line->quantity;
        }
        lines.push_back(*line);
    }
    if (ctx.option(QStringLiteral("reason")).trimmed().isEmpty())
        for (auto it = unitsPerCard.cbegin(); it != unitsPerCard.cend(); ++it)
            if (it.value() > 1)
                return ctx.fail(makeError(
                    ErrorCode::Invalid,
                    VisitService::tr("This visit adds %1 punches to “%2”: give a reason (for "
                                     "example, converting a paper card).")
                            .arg(it.value())
                            .arg(it.key()) +
                        QLatin1Char(' ') + tr("Use --reason.")));

    // The whole visit is one transaction: it is recorded whole and reported done, or nothing is
    // recorded and the command fails (a damaged disk included), so running it again is safe.
    Transaction whole(ctx.store().db());
    if (!whole.started())
        return ctx.fail(whole.started().error());
    auto visit =
        ctx.store().visits().open(*actor, *customerId, ctx.option(QStringLiteral("transaction")));
    if (!visit)
        return ctx.fail(visit.error());
    QJsonArray scans;
    QString text;
    for (const ScanLine& line : lines) {
        auto outcome = ctx.store().visits().scan(*actor, visit->id, line);
        if (!outcome)
            return ctx.fail(outcome.error());
        scans.append(toJson(*outcome));
        text += tr("%1 ×%2\n").arg(outcome->product.description).arg(outcome->quantity);
        for (const CardPunch& p : outcome->punches) {
            text += tr("  %1: %2 of %3").arg(p.cardTitle).arg(p.progress).arg(p.buy);
            if (p.rewardsEarned > 0)
                text += tr(" — reward earned!");
            text += QLatin1Char('\n');
        }
        for (const QString& w : outcome->warnings)
            text += QStringLiteral("  ! %1\n").arg(w);
    }
    QJsonArray offersRedeemed;
    for (const QString& spec : ctx.options(QStringLiteral("redeem-offer"))) {
        const QString offerId = spec.section(QLatin1Char(':'), 0, 0);
        const QString upc = spec.section(QLatin1Char(':'), 1);
        auto redeemed = ctx.store().offers().redeem(*actor, visit->id, offerId, upc,
                                                    ctx.option(QStringLiteral("email")));
        if (!redeemed)
            return ctx.fail(redeemed.error());
        offersRedeemed.append(toJson(*redeemed));
        text += tr("Offer redeemed: %1 (%2)\n").arg(redeemed->programTitle, redeemed->description);
    }
    auto offers = ctx.store().offers().inVisit(visit->id);
    if (!offers)
        return ctx.fail(offers.error());
    for (const OfferChance& c : *offers)
        if (c.available > 0)
            text += tr("Offer available in this visit: %1 (use --redeem-offer %2)\n")
                        .arg(c.offer.title, c.offer.id);
    if (auto s =
            ctx.store().visits().finish(*actor, visit->id, ctx.option(QStringLiteral("reason")));
        !s)
        return ctx.fail(s.error());
    if (auto s = whole.commit(); !s)
        return ctx.fail(s.error());
    QJsonObject json{{QStringLiteral("visit"), visit->id},
                     {QStringLiteral("transaction"), visit->transactionId},
                     {QStringLiteral("scans"), scans},
                     {QStringLiteral("offers_redeemed"), offersRedeemed}};
    json.insert(QStringLiteral("offers"), jsonArray(*offers));
    ctx.print(json, text);
    return CommandContext::Ok;
}

} // namespace astro::cli
