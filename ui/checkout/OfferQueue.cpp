#include "OfferQueue.h"

#include "engine/OfferService.h"

namespace astro::ui {

void OfferQueue::clear()
{
    m_pending.clear();
    m_shown.clear();
}

QString OfferQueue::state(const OfferChance& chance)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(chance.earned)
        .arg(chance.redeemed)
        .arg(chance.available)
        .arg(chance.blockedReason);
}

std::vector<OfferChance> OfferQueue::add(const std::vector<OfferChance>& chances,
                                         const QStringList& offerIds)
{
    std::vector<OfferChance> toBuy;
    for (const OfferChance& c : chances) {
        if (!offerIds.contains(c.offer.id) || m_pending.contains(c.offer.id))
            continue;
        const bool actionable = c.available > 0 || !c.blockedReason.isEmpty();
        if (actionable && m_shown.value(c.offer.id) != state(c))
            m_pending << c.offer.id;
        else if (!actionable && c.unitsToNext > 0)
            toBuy.push_back(c);
    }
    return toBuy;
}

std::optional<OfferChance> OfferQueue::take(const std::vector<OfferChance>& chances)
{
    while (!m_pending.isEmpty()) {
        const QString offerId = m_pending.takeFirst();
        for (const OfferChance& c : chances)
            if (c.offer.id == offerId) {
                m_shown.insert(offerId, state(c));
                return c;
            }
    }
    return std::nullopt;
}

} // namespace astro::ui
