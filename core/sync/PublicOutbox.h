#pragma once

#include "PublicCallWriter.h"
#include "common/Result.h"
#include "storage/EventLog.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace astro {

class Store;

namespace sync {

// A scan as Astro's purchase calls need it.
struct OutboxScan
{
    QString customerUuid;
    PurchaseLine line;
    bool addedToAstro = false; // Astro answered it with an astro_transaction_id
};

// A redemption as addRedemption needs it: which of the customer's rewards on its card it took
// (0 = the oldest), or the offer and visit it was given in.
struct OutboxRedemption
{
    QString customerUuid;
    QString cardId;
    int rewardRank = 0;
    QString offerId;
    qint64 visitId = 0;
    QString gtin14;
    QString astroRewardId; // once Astro took it
};

// The counter's side of Astro's public calls: which events still wait for theirs (events
// .wire_state, migration 5), and the ids Astro gave back, kept beside the records they name.
class PublicOutbox
{
public:
    enum class Outcome
    {
        Done = 1,
        Refused = 2 // Astro answered no: a conflict for managers, never sent again
    };

    explicit PublicOutbox(Store& store) : m_store(store) {}

    Result<std::vector<Event>> waiting(int limit);
    // Inside the caller's transaction.
    Status finish(const QString& eventUuid, Outcome outcome, const QString& message = {});

    // The customer as customer.added carries it, from the customers table.
    Result<std::optional<QJsonObject>> customer(const QString& uuid);
    Result<QString> astroCustomerId(const QString& uuid);
    Status setAstroCustomerId(const QString& uuid, const QString& astroId);

    Result<std::optional<OutboxScan>> scan(const QString& uuid);
    Status setScanIds(const QString& uuid, const QString& astroTransactionId,
                      const QString& astroProgramId);
    // The visit's scans of products on an offer (what addOfferTransaction sends).
    Result<std::vector<PurchaseLine>> offerPurchases(qint64 visitId, const QString& offerId);

    Result<std::optional<OutboxRedemption>> redemption(const QString& uuid);
    Status setAstroRewardId(const QString& uuid, const QString& astroRewardId);

private:
    Store& m_store;
};

} // namespace sync
} // namespace astro
