#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/CatalogTypes.h"
#include "engine/CardReplay.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace astro {

class Store;

struct Reward
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString cardId;
    int seq = 0;
    QDateTime earnedAt;
    int units = 0;
    int unitsRedeemed = 0;

    int unitsLeft() const { return units - unitsRedeemed; }
};

// A customer's card on one program card, as the cashier sees it.
struct CardView
{
    ProgramCard card;
    Program program;
    int progress = 0;      // units counting on the open card
    int expiredUnits = 0;  // units that fell off the open card
    QDateTime nextExpiry;  // when the oldest counting unit expires, if the card has a limit
    int rewardsEarned = 0; // all time
    std::vector<Reward> openRewards; // earned, with units left to redeem
};

struct Reconciled
{
    int rewardsAdded = 0;
    int progress = 0; // units counting on the open card
};

// Cards and rewards: replays a customer's punches on a card and keeps the rewards table in step.
class CardService
{
    Q_DECLARE_TR_FUNCTIONS(CardService)

public:
    explicit CardService(Store& store) : m_store(store) {}

    Result<std::vector<PunchUnit>> units(qint64 customerId, const QString& cardId);
    Result<CardState> state(qint64 customerId, const ProgramCard& card);

    // After punches change (scan, void, merge): adds rewards for newly completed cards and voids
    // unredeemed rewards that no longer exist. Refuses (Conflict) to take back a redeemed
    // reward. Runs inside the caller's transaction.
    Result<Reconciled> reconcile(const Actor& actor, qint64 customerId, const QString& cardId);
    Result<Reconciled> reconcile(const Actor& actor, qint64 customerId, const ProgramCard& card);

    Result<std::vector<Reward>> rewards(qint64 customerId, const QString& cardId);
    // The oldest reward with units left, if any.
    Result<std::optional<Reward>> nextReward(qint64 customerId, const QString& cardId);
    // The units that earned a reward (for the rule), from the replay.
    Result<std::vector<PunchUnit>> earningUnits(const Reward& reward, const ProgramCard& card);

    Result<std::vector<CardView>> cardsOf(qint64 customerId);
    Result<CardView> view(qint64 customerId, const QString& cardId);

private:
    Store& m_store;
};

} // namespace astro
