#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace astro::sync {

// What Astro answered for one purchase line (addTransactionBatch, removeTransaction).
struct LineAnswer
{
    QString transactionId;
    int status = 0; // 100: added (or removed)
    QString message;
    QString astroTransactionId;
    QString astroProgramId;

    bool added() const { return status == 100; }
};

struct FoundCustomer
{
    QString customerId; // the caller's id, or Astro's for an account from elsewhere
    QString firstName;
    QString lastName;
};

struct AstroItem
{
    QString astroItemId;
    QString itemCode; // as printed
};

// One earned reward as customerRewardStatus lists it.
struct AstroReward
{
    QString astroRewardId;
    QString astroProgramId; // a card's id, or an offer's
    bool available = false;
    std::vector<AstroItem> items;

    std::optional<QString> itemId(const QString& itemCode) const;
};

// One card as customerStatus counts it.
struct AstroCard
{
    QString astroProgramId;
    int purchases = 0;
    int freeGoodsAvailable = 0;
};

// Reads Astro's public answers (returnData, domain.md §7) into plain records. Lenient with
// value kinds (a status or count may come as "100" or 100); strict with what the counter relies
// on: an answer that lacks it gives nothing, and the caller treats the call as failed.
class PublicAnswerReader
{
public:
    static std::optional<FoundCustomer> customer(const QJsonValue& data);
    static QString astroCustomerId(const QJsonValue& data);
    // One entry per line sent, matched by transactionID; nullopt if any line is missing.
    static std::optional<std::vector<LineAnswer>> lines(const QJsonValue& data,
                                                        const QStringList& sentIds);
    static std::vector<AstroReward> rewards(const QJsonValue& data);
    static std::vector<AstroCard> cards(const QJsonValue& data);

    // A string or a number, as text.
    static QString text(const QJsonValue& value);
    static int number(const QJsonValue& value);
};

} // namespace astro::sync
