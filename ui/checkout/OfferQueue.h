#pragma once

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace astro {
struct OfferChance;
}

namespace astro::ui {

// The offers a visit's scans brought up, proposed to the cashier one at a time: only those the
// cashier can act on, and one already shown only when what it offers has changed since.
class OfferQueue
{
public:
    void clear();
    // Its redemption was undone: the offer is proposed again even if nothing else changed.
    void forget(const QString& offerId) { m_shown.remove(offerId); }
    bool isEmpty() const { return m_pending.isEmpty(); }

    // Queues those of `offerIds` the cashier can act on now; returns those that only need more
    // bought, for a note.
    std::vector<OfferChance> add(const std::vector<OfferChance>& chances,
                                 const QStringList& offerIds);
    // The next queued offer as it now stands, marked as shown; nothing when none is left.
    std::optional<OfferChance> take(const std::vector<OfferChance>& chances);

private:
    static QString state(const OfferChance& chance);

    QStringList m_pending;
    // What each offer looked like when last proposed.
    QHash<QString, QString> m_shown;
};

} // namespace astro::ui
