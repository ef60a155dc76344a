#pragma once

#include "domain/Enums.h"

#include <QDateTime>

#include <vector>

namespace astro {

// One punched unit: a punch of quantity 3 is three units with the same time.
struct PunchUnit
{
    qint64 punchId = 0;
    QDateTime at;
    qint64 productId = 0;
    QString gtin;
    qint64 unitPriceCents = 0;
    SizeClass sizeClass = SizeClass::S;
};

struct CompletedCard
{
    QDateTime earnedAt;
    std::vector<PunchUnit> units; // the X units that earned the reward
};

struct CardState
{
    std::vector<CompletedCard> completed;
    std::vector<PunchUnit> counting;       // on the open card, inside the time limit
    std::vector<PunchUnit> expired;        // fell off the open card: past its time limit
    std::vector<PunchUnit> expiredHistory; // every unit that ever fell off a card
};

// Plays a customer's punches on one program card in time order: a card completes when `buy`
// units fall within the rolling time limit, extra units roll onto the next card, and units older
// than the limit drop off the open card. Deriving cards from punches keeps void, back-dated POS
// sales and merges consistent by construction.
class CardReplay
{
public:
    static CardState play(const std::vector<PunchUnit>& unitsInTimeOrder, int buy,
                          int timeLimitMonths, const QDateTime& now);
};

} // namespace astro
