#include "CardReplay.h"

namespace astro {

namespace {

// Moves units dated before the window start from `card` to `expired`.
void expire(CardState& state, const QDateTime& cutoff)
{
    auto& card = state.counting;
    auto firstKept = card.begin();
    while (firstKept != card.end() && firstKept->at < cutoff)
        ++firstKept;
    state.expired.insert(state.expired.end(), card.begin(), firstKept);
    state.expiredHistory.insert(state.expiredHistory.end(), card.begin(), firstKept);
    card.erase(card.begin(), firstKept);
}

} // namespace

CardState CardReplay::play(const std::vector<PunchUnit>& units, int buy, int timeLimitMonths,
                           const QDateTime& now)
{
    CardState state;
    const int needed = qMax(1, buy);
    for (const PunchUnit& unit : units) {
        if (timeLimitMonths > 0)
            expire(state, unit.at.addMonths(-timeLimitMonths));
        state.counting.push_back(unit);
        if (int(state.counting.size()) == needed) {
            state.completed.push_back(CompletedCard{unit.at, std::move(state.counting)});
            state.counting.clear();
            state.expired.clear(); // the next card starts clean; history keeps them
        }
    }
    if (timeLimitMonths > 0)
        expire(state, now.addMonths(-timeLimitMonths));
    return state;
}

} // namespace astro
