#include "Enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace astro {

namespace {

template <typename E, std::size_t N> using CodeTable = std::array<std::pair<E, const char*>, N>;

constexpr CodeTable<SizeClass, 4> sizeCodes{
    {{SizeClass::S, "S"}, {SizeClass::M, "M"}, {SizeClass::L, "L"}, {SizeClass::XL, "XL"}}};
constexpr CodeTable<ProgramKind, 4> kindCodes{{{ProgramKind::FrequentBuyer, "frequent_buyer"},
                                               {ProgramKind::Offer, "offer"},
                                               {ProgramKind::Tracking, "tracking"},
                                               {ProgramKind::Custom, "custom"}}};
constexpr CodeTable<Fulfillment, 3> fulfillmentCodes{{{Fulfillment::Distributor, "distributor"},
                                                      {Fulfillment::Retailer, "retailer"},
                                                      {Fulfillment::Direct, "direct"}}};
constexpr CodeTable<RewardRule, 5> ruleCodes{{{RewardRule::Any, "any"},
                                              {RewardRule::LeastValue, "least_value"},
                                              {RewardRule::SameSize, "same_size"},
                                              {RewardRule::PurchasedPrior, "purchased_prior"},
                                              {RewardRule::MostFrequent, "most_frequent"}}};
constexpr CodeTable<OfferKind, 2> offerKindCodes{
    {{OfferKind::FreeGood, "free_good"}, {OfferKind::Rebate, "rebate"}}};
constexpr CodeTable<CreditStatus, 6> creditCodes{{{CreditStatus::Held, "held"},
                                                  {CreditStatus::Uncredited, "uncredited"},
                                                  {CreditStatus::Credited, "credited"},
                                                  {CreditStatus::Reconciled, "reconciled"},
                                                  {CreditStatus::Declined, "declined"},
                                                  {CreditStatus::Batched, "batched"}}};
constexpr CodeTable<BatchStatus, 4> batchCodes{{{BatchStatus::Open, "open"},
                                                {BatchStatus::Closed, "closed"},
                                                {BatchStatus::Submitted, "submitted"},
                                                {BatchStatus::Complete, "complete"}}};
constexpr CodeTable<BatchCadence, 3> cadenceCodes{{{BatchCadence::Weekly, "weekly"},
                                                   {BatchCadence::BiWeekly, "biweekly"},
                                                   {BatchCadence::Monthly, "monthly"}}};
constexpr CodeTable<Role, 4> roleCodes{{{Role::Cashier, "cashier"},
                                        {Role::Manager, "manager"},
                                        {Role::Admin, "admin"},
                                        {Role::System, "system"}}};

template <typename E, std::size_t N> QString codeOf(const CodeTable<E, N>& table, E value)
{
    for (const auto& [v, code] : table)
        if (v == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const CodeTable<E, N>& table, const QString& code)
{
    for (const auto& [v, c] : table)
        if (code.compare(QLatin1String(c), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

} // namespace

// Translation context for the vocabulary's labels.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
};

QString toCode(SizeClass v)
{
    return codeOf(sizeCodes, v);
}
QString toCode(ProgramKind v)
{
    return codeOf(kindCodes, v);
}
QString toCode(Fulfillment v)
{
    return codeOf(fulfillmentCodes, v);
}
QString toCode(RewardRule v)
{
    return codeOf(ruleCodes, v);
}
QString toCode(OfferKind v)
{
    return codeOf(offerKindCodes, v);
}
QString toCode(CreditStatus v)
{
    return codeOf(creditCodes, v);
}
QString toCode(BatchStatus v)
{
    return codeOf(batchCodes, v);
}
QString toCode(BatchCadence v)
{
    return codeOf(cadenceCodes, v);
}
QString toCode(Role v)
{
    return codeOf(roleCodes, v);
}

template <> std::optional<SizeClass> fromCode(const QString& c)
{
    return valueOf(sizeCodes, c);
}
template <> std::optional<ProgramKind> fromCode(const QString& c)
{
    return valueOf(kindCodes, c);
}
template <> std::optional<Fulfillment> fromCode(const QString& c)
{
    return valueOf(fulfillmentCodes, c);
}
template <> std::optional<RewardRule> fromCode(const QString& c)
{
    return valueOf(ruleCodes, c);
}
template <> std::optional<OfferKind> fromCode(const QString& c)
{
    return valueOf(offerKindCodes, c);
}
template <> std::optional<CreditStatus> fromCode(const QString& c)
{
    return valueOf(creditCodes, c);
}
template <> std::optional<BatchStatus> fromCode(const QString& c)
{
    return valueOf(batchCodes, c);
}
template <> std::optional<BatchCadence> fromCode(const QString& c)
{
    return valueOf(cadenceCodes, c);
}
template <> std::optional<Role> fromCode(const QString& c)
{
    return valueOf(roleCodes, c);
}

QString label(SizeClass v)
{
    switch (v) {
    case SizeClass::S:
        return Vocabulary::tr("Small");
    case SizeClass::M:
        return Vocabulary::tr("Medium");
    case SizeClass::L:
        return Vocabulary::tr("Large");
    case SizeClass::XL:
        return Vocabulary::tr("Extra large");
    }
    return {};
}

QString label(Fulfillment v)
{
    switch (v) {
    case Fulfillment::Distributor:
        return Vocabulary::tr("Distributor Fulfilled");
    case Fulfillment::Retailer:
        return Vocabulary::tr("Retailer Fulfilled");
    case Fulfillment::Direct:
        return Vocabulary::tr("Direct Fulfilled");
    }
    return {};
}

QString label(RewardRule v)
{
    switch (v) {
    case RewardRule::Any:
        return Vocabulary::tr("Any qualifying item");
    case RewardRule::LeastValue:
        return Vocabulary::tr("Lesser or equal value");
    case RewardRule::SameSize:
        return Vocabulary::tr("Same size");
    case RewardRule::PurchasedPrior:
        return Vocabulary::tr("Purchased prior");
    case RewardRule::MostFrequent:
        return Vocabulary::tr("Most frequent");
    }
    return {};
}

QString explanation(RewardRule v)
{
    switch (v) {
    case RewardRule::Any:
        return Vocabulary::tr("Any item on this card may be given free.");
    case RewardRule::LeastValue:
        return Vocabulary::tr(
            "The free item must cost no more than the cheapest item bought on this card.");
    case RewardRule::SameSize:
        return Vocabulary::tr(
            "The free item must be the same size as the items bought on this card.");
    case RewardRule::PurchasedPrior:
        return Vocabulary::tr("The free item must be one the customer bought on this card.");
    case RewardRule::MostFrequent:
        return Vocabulary::tr(
            "The free item must be the one the customer bought most often on this card.");
    }
    return {};
}

QString label(CreditStatus v)
{
    switch (v) {
    case CreditStatus::Held:
        return Vocabulary::tr("Held (Temporary Holding)");
    case CreditStatus::Uncredited:
        return Vocabulary::tr("Uncredited");
    case CreditStatus::Credited:
        return Vocabulary::tr("Credited");
    case CreditStatus::Reconciled:
        return Vocabulary::tr("Reconciled");
    case CreditStatus::Declined:
        return Vocabulary::tr("Declined");
    case CreditStatus::Batched:
        return Vocabulary::tr("In a retailer batch");
    }
    return {};
}

QString label(BatchStatus v)
{
    switch (v) {
    case BatchStatus::Open:
        return Vocabulary::tr("Open");
    case BatchStatus::Closed:
        return Vocabulary::tr("Closed");
    case BatchStatus::Submitted:
        return Vocabulary::tr("Submitted");
    case BatchStatus::Complete:
        return Vocabulary::tr("Complete");
    }
    return {};
}

QString label(BatchCadence v)
{
    switch (v) {
    case BatchCadence::Weekly:
        return Vocabulary::tr("Weekly");
    case BatchCadence::BiWeekly:
        return Vocabulary::tr("Every two weeks");
    case BatchCadence::Monthly:
        return Vocabulary::tr("Monthly");
    }
    return {};
}

QString label(Role v)
{
    switch (v) {
    case Role::Cashier:
        return Vocabulary::tr("Cashier");
    case Role::Manager:
        return Vocabulary::tr("Manager");
    case Role::Admin:
        return Vocabulary::tr("Admin");
    case Role::System:
        return Vocabulary::tr("System");
    }
    return {};
}

QString label(ProgramKind v)
{
    switch (v) {
    case ProgramKind::FrequentBuyer:
        return Vocabulary::tr("Frequent Buyer");
    case ProgramKind::Offer:
        return Vocabulary::tr("Offer");
    case ProgramKind::Tracking:
        return Vocabulary::tr("Tracking");
    case ProgramKind::Custom:
        return Vocabulary::tr("Custom");
    }
    return {};
}

QString label(OfferKind v)
{
    switch (v) {
    case OfferKind::FreeGood:
        return Vocabulary::tr("Free goods");
    case OfferKind::Rebate:
        return Vocabulary::tr("Rebate");
    }
    return {};
}

} // namespace astro
