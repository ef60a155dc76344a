#pragma once

#include "domain/CatalogTypes.h"
#include "engine/CardReplay.h"

#include <vector>

namespace astro {

// Which products may be given free for a completed card, by the card's rule (domain.md §3).
class RewardRules
{
public:
    static std::vector<Product> eligible(RewardRule rule, const std::vector<Product>& cardProducts,
                                         const std::vector<PunchUnit>& earningUnits);
};

} // namespace astro
