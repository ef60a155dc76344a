#include "CardConfirmations.h"

#include "common/Text.h"
#include "store/Store.h"

namespace astro::sync {

Status CardConfirmations::record(qint64 customerId, const std::vector<AstroCard>& cards,
                                 const QDateTime& at)
{
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    if (auto s = db.execute(QStringLiteral("DELETE FROM card_confirmations WHERE customer_id = ?"),
                            {customerId});
        !s)
        return s;
    for (const AstroCard& c : cards)
        if (auto s = db.execute(
                QStringLiteral("INSERT OR REPLACE INTO card_confirmations (customer_id, card_id, "
                               "purchases, free_goods, confirmed_at) VALUES (?,?,?,?,?)"),
                {customerId, c.astroProgramId, c.purchases, c.freeGoodsAvailable,
                 text::isoUtc(at)});
            !s)
            return s;
    return transaction.commit();
}

Result<QHash<QString, CardConfirmation>> CardConfirmations::of(qint64 customerId)
{
    auto rows = m_store.db().select(
        QStringLiteral("SELECT card_id, purchases, free_goods, confirmed_at FROM "
                       "card_confirmations WHERE customer_id = ?"),
        {customerId});
    if (!rows)
        return rows.error();
    QHash<QString, CardConfirmation> out;
    for (const Row& r : *rows)
        out.insert(r[0].toString(),
                   CardConfirmation{r[1].toInt(), r[2].toInt(), text::fromIsoUtc(r[3].toString())});
    return out;
}

} // namespace astro::sync
