#pragma once

#include "common/Result.h"
#include "domain/Actor.h"
#include "domain/CatalogTypes.h"
#include "engine/CardService.h"
#include "engine/Redemption.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace astro {

class Store;

// What the cashier may give for a card's next reward, and why.
struct RewardChoice
{
    Reward reward;
    ProgramCard card;
    Program program;
    std::vector<Product> items; // only what the rule allows
    QString limitReached;       // translated; empty when the reward can be redeemed
};

struct RedeemRequest
{
    qint64 customerId = 0;
    QString cardId;
    QString code; // the free item's UPC
    int quantity = 1;
    QString email;
    qint64 visitId = 0; // the open visit, if any: its undo needs no Manager
};

enum class UndoMode
{
    RemoveOnly,
    RemoveAndReselect
};

// Redeeming earned rewards: the items a card's rule allows, the limits, the routing of the
// credit, and undo (an event, never a deletion).
class RedemptionService
{
    Q_DECLARE_TR_FUNCTIONS(RedemptionService)

public:
    explicit RedemptionService(Store& store) : m_store(store) {}

    Result<RewardChoice> choices(qint64 customerId, const QString& cardId);
    Result<Redemption> redeem(const Actor& actor, const RedeemRequest& request);
    Status undo(const Actor& actor, qint64 redemptionId, UndoMode mode);

    Result<Redemption> get(qint64 id);
    Result<std::vector<Redemption>> ofCustomer(qint64 customerId, int limit = 200);
    Result<std::vector<Redemption>> ofVisit(qint64 visitId);

    // Shared by card and offer redemptions: inserts the row and its event, in the caller's
    // transaction.
    Result<Redemption> record(const Actor& actor, Redemption r);

    static const QString& selectSql();
    static Redemption fromRow(const QVariantList& row);

private:
    Store& m_store;
};

} // namespace astro
