#include "PublicOutbox.h"

#include "common/Text.h"
#include "storage/Database.h"

#include "store/Store.h"
#include <QJsonDocument>

namespace astro::sync {

Result<std::vector<Event>> PublicOutbox::waiting(int limit)
{
    auto rows = m_store.db().select(
        QStringLiteral("SELECT seq, uuid, type, at, payload FROM events WHERE wire_state = 0 "
                       "ORDER BY seq LIMIT ?"),
        {limit});
    if (!rows)
        return rows.error();
    std::vector<Event> out;
    out.reserve(rows->size());
    for (const Row& r : *rows) {
        Event e;
        e.seq = r[0].toLongLong();
        e.uuid = r[1].toString();
        e.type = r[2].toString();
        e.at = text::fromIsoUtc(r[3].toString());
        e.payload = QJsonDocument::fromJson(r[4].toString().toUtf8()).object();
        out.push_back(std::move(e));
    }
    return out;
}

Status PublicOutbox::finish(const QString& eventUuid, Outcome outcome, const QString& message)
{
    return m_store.db().execute(
        QStringLiteral("UPDATE events SET wire_state = ?, wire_message = ? WHERE uuid = ?"),
        {int(outcome), message, eventUuid});
}

Result<std::optional<QJsonObject>> PublicOutbox::customer(const QString& uuid)
{
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT first_name, last_name, phone, email FROM customers WHERE uuid = ?"),
        {uuid});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<QJsonObject>();
    const Row& r = **row;
    return std::optional<QJsonObject>(QJsonObject{{QStringLiteral("customer"), uuid},
                                                  {QStringLiteral("first_name"), r[0].toString()},
                                                  {QStringLiteral("last_name"), r[1].toString()},
                                                  {QStringLiteral("phone"), r[2].toString()},
                                                  {QStringLiteral("email"), r[3].toString()}});
}

Result<QString> PublicOutbox::astroCustomerId(const QString& uuid)
{
    auto id = m_store.db().scalar(
        QStringLiteral("SELECT astro_customer_id FROM customers WHERE uuid = ?"), {uuid},
        QString());
    if (!id)
        return id.error();
    return id->toString();
}

Status PublicOutbox::setAstroCustomerId(const QString& uuid, const QString& astroId)
{
    return m_store.db().execute(
        QStringLiteral("UPDATE customers SET astro_customer_id = ? WHERE uuid = ?"),
        {astroId, uuid});
}

Result<std::optional<OutboxScan>> PublicOutbox::scan(const QString& uuid)
{
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT c.uuid, p.gtin, s.quantity, s.at, s.astro_transaction_id FROM "
                       "scans s JOIN customers c ON c.id = s.customer_id JOIN products p ON p.id "
                       "= s.product_id WHERE s.uuid = ?"),
        {uuid});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<OutboxScan>();
    const Row& r = **row;
    return std::optional<OutboxScan>(OutboxScan{
        r[0].toString(),
        PurchaseLine{uuid, r[1].toString(), r[2].toInt(), text::fromIsoUtc(r[3].toString())},
        !r[4].toString().isEmpty()});
}

Status PublicOutbox::setScanIds(const QString& uuid, const QString& astroTransactionId,
                                const QString& astroProgramId)
{
    return m_store.db().execute(QStringLiteral("UPDATE scans SET astro_transaction_id = ?, "
                                               "astro_program_id = ? WHERE uuid = ?"),
                                {astroTransactionId, astroProgramId, uuid});
}

Result<std::vector<PurchaseLine>> PublicOutbox::offerPurchases(qint64 visitId,
                                                               const QString& offerId)
{
    auto rows = m_store.db().select(
        QStringLiteral("SELECT s.uuid, p.gtin, s.quantity, s.at FROM scans s JOIN products p ON "
                       "p.id = s.product_id JOIN offer_products o ON o.product_id = s.product_id "
                       "WHERE s.visit_id = ? AND o.offer_id = ? AND s.voided_at IS NULL ORDER BY "
                       "s.id"),
        {visitId, offerId});
    if (!rows)
        return rows.error();
    std::vector<PurchaseLine> out;
    for (const Row& r : *rows)
        out.push_back(PurchaseLine{r[0].toString(), r[1].toString(), r[2].toInt(),
                                   text::fromIsoUtc(r[3].toString())});
    return out;
}

Result<std::optional<OutboxRedemption>> PublicOutbox::redemption(const QString& uuid)
{
    // The rank counts the card's rewards before this one: both sides replay the same punches, so
    // the customer's n-th reward on a card is the same reward here and at Astro.
    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT c.uuid, coalesce(d.card_id, ''), (SELECT count(*) FROM rewards w "
                       "WHERE w.customer_id = d.customer_id AND w.card_id = d.card_id AND "
                       "w.voided_at IS NULL AND w.seq < (SELECT seq FROM rewards WHERE id = "
                       "d.reward_id)), coalesce(d.offer_id, ''), coalesce(d.visit_id, 0), p.gtin, "
                       "d.astro_reward_id FROM redemptions d JOIN customers c ON c.id = "
                       "d.customer_id JOIN products p ON p.id = d.product_id WHERE d.uuid = ?"),
        {uuid});
    if (!row)
        return row.error();
    if (!row->has_value())
        return std::optional<OutboxRedemption>();
    const Row& r = **row;
    return std::optional<OutboxRedemption>(
        OutboxRedemption{r[0].toString(), r[1].toString(), r[2].toInt(), r[3].toString(),
                         r[4].toLongLong(), r[5].toString(), r[6].toString()});
}

Status PublicOutbox::setAstroRewardId(const QString& uuid, const QString& astroRewardId)
{
    return m_store.db().execute(
        QStringLiteral("UPDATE redemptions SET astro_reward_id = ? WHERE uuid = ?"),
        {astroRewardId, uuid});
}

} // namespace astro::sync
