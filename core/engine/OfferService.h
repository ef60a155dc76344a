#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/CatalogTypes.h"
#include "engine/Redemption.h"

#include <QCoreApplication>

#include <vector>

namespace astro {

class Store;

// An offer the current visit qualifies for (or is on the way to).
struct OfferChance
{
    Offer offer;
    int qualifyingUnits = 0; // bought in this visit
    int earned = 0;          // deals earned in this visit
    int redeemed = 0;        // deals redeemed in this visit
    int available = 0;       // deals that can still be redeemed now
    int unitsToNext = 0;     // more units to buy for the next deal
    QString blockedReason;   // translated: limit or cap reached
};

// Monthly offers: earned and redeemed within a single visit, with per-customer limits and a
// program-wide cap.
class OfferService
{
    Q_DECLARE_TR_FUNCTIONS(OfferService)

public:
    explicit OfferService(Store& store) : m_store(store) {}

    // Ids of the offers a product counts toward at a location on a day (enrolled and running).
    Result<QStringList> runningOffersFor(qint64 productId, const QString& locationId,
                                         const QDate& day);
    Result<std::vector<OfferChance>> inVisit(qint64 visitId);
    // The items that may be given for a free-good offer, or the items bought for a rebate.
    Result<std::vector<Product>> choices(qint64 visitId, const QString& offerId);
    Result<Redemption> redeem(const Actor& actor, qint64 visitId, const QString& offerId,
                              const QString& code, const QString& email);
    // After a void: refuses when the visit no longer earns the offers it redeemed.
    Status checkVisitStillEarns(qint64 visitId);

private:
    Result<OfferChance> chance(const Offer& offer, qint64 visitId, qint64 customerId);

    Store& m_store;
};

} // namespace astro
