#pragma once

#include <QString>

#include <optional>

namespace astro {

// The closed vocabularies of the domain, with their stable text codes (used in the database,
// the catalog document and the sync protocol) and translated labels for screens.

enum class SizeClass
{
    S,
    M,
    L,
    XL
};
enum class ProgramKind
{
    FrequentBuyer,
    Offer,
    Tracking,
    Custom
};
enum class Fulfillment
{
    Distributor,
    Retailer,
    Direct
};
enum class RewardRule
{
    Any,
    LeastValue,
    SameSize,
    PurchasedPrior,
    MostFrequent
};
enum class OfferKind
{
    FreeGood,
    Rebate
};
enum class CreditStatus
{
    Held,
    Uncredited,
    Credited,
    Reconciled,
    Declined,
    Batched
};
enum class BatchStatus
{
    Open,
    Closed,
    Submitted,
    Complete
};
enum class BatchCadence
{
    Weekly,
    BiWeekly,
    Monthly
};
enum class Role
{
    Cashier,
    Manager,
    Admin,
    System
};

QString toCode(SizeClass v);
QString toCode(ProgramKind v);
QString toCode(Fulfillment v);
QString toCode(RewardRule v);
QString toCode(OfferKind v);
QString toCode(CreditStatus v);
QString toCode(BatchStatus v);
QString toCode(BatchCadence v);
QString toCode(Role v);

template <typename E> std::optional<E> fromCode(const QString& code);

QString label(SizeClass v);
QString label(Fulfillment v);
QString label(RewardRule v);
QString label(CreditStatus v);
QString label(BatchStatus v);
QString label(BatchCadence v);
QString label(Role v);
QString label(ProgramKind v);
QString label(OfferKind v);
// The rule in plain words, for the redeem dialog and the programs screen.
QString explanation(RewardRule v);

} // namespace astro
