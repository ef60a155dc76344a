#pragma once

#include "ApiReply.h"
#include "domain/Actor.h"
#include "domain/CatalogTypes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace astro {

class Store;

namespace wire {

// Rewards and offers on Astro's API: customerRewardStatus, checkRedemptionEligibility,
// addRedemption and addOfferRedemption, removeRedemption, eligiblePurchaseItems, listOffers.
// An astro_reward_id is a card reward's id, or "offer-<visit>-<offer>" for an offer's deal in the
// visit its purchases gathered in; an astro_item_id is a product's id.
class RewardCalls
{
public:
    RewardCalls(Store& store, Actor actor) : m_store(store), m_actor(std::move(actor)) {}

    ApiReply rewardStatus(const QJsonObject& body);
    ApiReply checkEligibility(const QJsonObject& body);
    ApiReply redeem(const QJsonObject& body);
    ApiReply removeRedemption(const QJsonObject& body);
    ApiReply eligiblePurchaseItems(const QJsonObject& body);
    ApiReply listOffers(const QJsonObject& body);

private:
    struct OfferDeal
    {
        qint64 visitId = 0;
        QString offerId;
    };
    static std::optional<OfferDeal> offerDeal(const QString& astroRewardId);

    Result<QJsonArray> cardRewards(qint64 customerId);
    Result<QJsonArray> offerRewards(qint64 customerId);
    Result<QJsonArray> allRewards(qint64 customerId); // cards' rewards, then offers' deals
    Result<std::vector<Product>> givenInVisit(qint64 visitId, const QString& offerId);
    ApiReply redeemOffer(qint64 customerId, const OfferDeal& deal, qint64 productId);

    Store& m_store;
    Actor m_actor;
};

} // namespace wire
} // namespace astro
