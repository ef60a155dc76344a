#include "ProgramWording.h"

#include <QLocale>

namespace astro::ui {

namespace {
// catalog-format.md: an end date in 2090 or later means the program has no real expiry.
constexpr int noEndYear = 2090;
} // namespace

QString ProgramWording::dates(const QDate& from, const QDate& to)
{
    const QLocale locale;
    if (!to.isValid() || to.year() >= noEndYear)
        return tr("From %1 (no end date)").arg(locale.toString(from, QLocale::ShortFormat));
    return tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                             locale.toString(to, QLocale::ShortFormat));
}

QString ProgramWording::shortDates(const QDate& from, const QDate& to)
{
    const QLocale locale;
    if (!to.isValid() || to.year() >= noEndYear)
        return tr("From %1").arg(locale.toString(from, QLocale::ShortFormat));
    return dates(from, to);
}

QString ProgramWording::shortFulfillment(Fulfillment fulfillment)
{
    switch (fulfillment) {
    case Fulfillment::Distributor:
        return tr("Distributor");
    case Fulfillment::Retailer:
        return tr("Retailer");
    case Fulfillment::Direct:
        return tr("Direct");
    }
    return {};
}

QString ProgramWording::cardOffer(const ProgramCard& card)
{
    return tr("Buy %1, get %n free", nullptr, card.get).arg(QLocale().toString(card.buy));
}

QString ProgramWording::cardSentence(const ProgramCard& card)
{
    const QString buy = QLocale().toString(card.buy);
    switch (card.rule) {
    case RewardRule::Any:
        return tr("Buy %1, get %n free: any item on the card.", nullptr, card.get).arg(buy);
    case RewardRule::LeastValue:
        return tr("Buy %1, get %n free: the free item costs no more than the least expensive of "
                  "the ones bought.",
                  nullptr, card.get)
            .arg(buy);
    case RewardRule::SameSize:
        return tr("Buy %1, get %n free: the free item is the same size as the ones bought.",
                  nullptr, card.get)
            .arg(buy);
    case RewardRule::PurchasedPrior:
        return tr("Buy %1, get %n free: the free item is one of the items bought.", nullptr,
                  card.get)
            .arg(buy);
    case RewardRule::MostFrequent:
        return tr("Buy %1, get %n free: the free item is the one bought most often.", nullptr,
                  card.get)
            .arg(buy);
    }
    return {};
}

QString ProgramWording::timeLimit(int months)
{
    if (months <= 0)
        return tr("No time limit");
    return tr("Purchases count for %n month(s)", nullptr, months);
}

QString ProgramWording::cardLimits(const ProgramCard& card)
{
    QStringList parts;
    if (card.maxPerCustomer)
        parts << tr("At most %n per customer", nullptr, *card.maxPerCustomer);
    if (card.maxPerProgram)
        parts << tr("At most %n for the whole program", nullptr, *card.maxPerProgram);
    if (parts.isEmpty())
        return tr("No limit");
    return parts.join(QStringLiteral(" · "));
}

QString ProgramWording::shortTimeLimit(int months)
{
    if (months <= 0)
        return tr("No time limit");
    return tr("Within %n month(s)", nullptr, months);
}

QString ProgramWording::offerOffer(const Offer& offer)
{
    const QString buy = QLocale().toString(offer.buy);
    if (offer.kind == OfferKind::Rebate)
        return tr("Buy %1, get %2 off").arg(buy, offer.rebate.format());
    return tr("Buy %1, get %n free", nullptr, offer.get).arg(buy);
}

QString ProgramWording::offerSentence(const Offer& offer)
{
    const QString buy = QLocale().toString(offer.buy);
    if (offer.kind == OfferKind::Rebate)
        return tr("Buy %1, get %2 off an item of the offer, in the same visit.")
            .arg(buy, offer.rebate.format());
    return tr("Buy %1, get %n free: any item of the offer, in the same visit.", nullptr, offer.get)
        .arg(buy);
}

QString ProgramWording::offerLimits(const Offer& offer)
{
    QStringList parts;
    parts << tr("At most %n per customer", nullptr, offer.limitPerCustomer);
    if (offer.capUnits)
        parts << tr("Ends after %n free item(s) in all", nullptr, *offer.capUnits);
    if (offer.capCents)
        parts << tr("Ends after %1 in rebates").arg(Money{*offer.capCents}.format());
    if (offer.requiresEmail)
        parts << tr("Needs the customer's email");
    return parts.join(QStringLiteral(" · "));
}

QString ProgramWording::terms(const QString& given, Fulfillment fulfillment, bool isOffer)
{
    if (!given.trimmed().isEmpty())
        return given.trimmed();
    QString text = isOffer ? tr("The offer is earned and redeemed in the same visit, at the "
                                "participating store. It has no cash value.")
                           : tr("Free products are redeemed at the participating store where "
                                "they were earned. Cards are not transferable and have no cash "
                                "value. The program ends when its manufacturer ends it; rewards "
                                "already earned can still be redeemed until then.");
    if (fulfillment == Fulfillment::Retailer)
        text +=
            QLatin1Char(' ') + tr("The store claims the credit for free products itself, from "
                                  "the manufacturer or brand rep; Astro does not guarantee it.");
    return text;
}

QString ProgramWording::enrollmentState(const std::optional<Enrollment>& enrollment)
{
    if (!enrollment)
        return tr("Not enrolled");
    if (enrollment->held())
        return tr("Temporary Holding");
    return tr("Enrolled");
}

QString ProgramWording::enrollmentDetail(const std::optional<Enrollment>& enrollment)
{
    if (!enrollment)
        return tr("This location is not enrolled.");
    if (enrollment->held())
        return tr("Enrolled in Temporary Holding: its redemptions are held until a distributor is "
                  "chosen.");
    switch (enrollment->fulfillment) {
    case Fulfillment::Distributor:
        return enrollment->accountNumber.isEmpty()
                   ? tr("Enrolled with %1.").arg(enrollment->distributorName)
                   : tr("Enrolled with %1, account %2.")
                         .arg(enrollment->distributorName, enrollment->accountNumber);
    case Fulfillment::Direct:
        return tr("Enrolled; the manufacturer credits account %1.").arg(enrollment->accountNumber);
    case Fulfillment::Retailer:
        break;
    }
    return tr("Enrolled; free products go to the Retailer Free Goods Credit Batches.");
}

} // namespace astro::ui
