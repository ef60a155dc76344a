#pragma once

#include "PublicAnswerReader.h"
#include "common/Result.h"

#include <QDateTime>
#include <QHash>

#include <vector>

namespace astro {

class Store;

namespace sync {

// What Astro last said about one of a customer's cards (customerStatus), and when.
struct CardConfirmation
{
    int purchases = 0;
    int freeGoods = 0;
    QDateTime confirmedAt;
};

// Astro's count of a customer's cards, kept beside the counter's own: the counter's punches,
// sent or not, stay what the card shows; Astro's count says when it last agreed, or what it
// counts (purchases from the customer's other stores among them).
class CardConfirmations
{
public:
    explicit CardConfirmations(Store& store) : m_store(store) {}

    // Replaces what Astro said of this customer's cards.
    Status record(qint64 customerId, const std::vector<AstroCard>& cards, const QDateTime& at);
    // By card id.
    Result<QHash<QString, CardConfirmation>> of(qint64 customerId);

private:
    Store& m_store;
};

} // namespace sync
} // namespace astro
