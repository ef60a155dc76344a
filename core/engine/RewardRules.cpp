#include "RewardRules.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace astro {

std::vector<Product> RewardRules::eligible(RewardRule rule,
                                           const std::vector<Product>& cardProducts,
                                           const std::vector<PunchUnit>& earning)
{
    std::vector<Product> allowed;
    auto keep = [&](auto predicate) {
        for (const Product& p : cardProducts)
            if (p.active && predicate(p))
                allowed.push_back(p);
    };

    switch (rule) {
    case RewardRule::Any:
        keep([](const Product&) { return true; });
        break;
    case RewardRule::LeastValue: {
        if (earning.empty())
            break;
        const qint64 lowest =
            std::min_element(earning.begin(), earning.end(), [](const auto& a, const auto& b) {
                return a.unitPriceCents < b.unitPriceCents;
            })->unitPriceCents;
        keep([&](const Product& p) { return p.price.cents <= lowest; });
        break;
    }
    case RewardRule::SameSize: {
        QSet<int> sizes;
        for (const PunchUnit& u : earning)
            sizes.insert(int(u.sizeClass));
        keep([&](const Product& p) { return sizes.contains(int(p.sizeClass)); });
        break;
    }
    case RewardRule::PurchasedPrior: {
        QSet<qint64> bought;
        for (const PunchUnit& u : earning)
            bought.insert(u.productId);
        keep([&](const Product& p) { return bought.contains(p.id); });
        break;
    }
    case RewardRule::MostFrequent: {
        QHash<qint64, int> counts;
        int most = 0;
        for (const PunchUnit& u : earning)
            most = std::max(most, ++counts[u.productId]);
        keep([&](const Product& p) { return most > 0 && counts.value(p.id) == most; });
        break;
    }
    }
    return allowed;
}

} // namespace astro
