#include "CardService.h"

#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/SqliteStatements.h"
#include "store/Store.h"

#include <QJsonObject>

namespace astro {

Result<std::vector<PunchUnit>> CardService::units(qint64 customerId, const QString& cardId)
{
    // Read in place: every scan replays its card from these rows.
    std::vector<PunchUnit> out;
    auto read = m_store.db().forEach(
        QStringLiteral(
            "SELECT pu.id, pu.at, pu.product_id, p.gtin, pu.unit_price_cents, "
            "p.size_class, pu.quantity FROM punches pu JOIN products p ON p.id = "
            "pu.product_id WHERE pu.customer_id = ? AND pu.card_id = ? AND pu.voided = 0 "
            "ORDER BY pu.at, pu.id"),
        {customerId, cardId}, [&out](const SqlRow& r) {
            const PunchUnit u{r.integer(0), text::fromIsoUtc(r.text(1)),
                              r.integer(2), r.text(3),
                              r.integer(4), fromCode<SizeClass>(r.text(5)).value_or(SizeClass::S)};
            for (qint64 i = 0; i < r.integer(6); ++i)
                out.push_back(u);
        });
    if (!read)
        return read.error();
    return out;
}

Result<CardState> CardService::state(qint64 customerId, const ProgramCard& card)
{
    auto punched = units(customerId, card.id);
    if (!punched)
        return punched.error();
    return CardReplay::play(*punched, card.buy, card.timeLimitMonths, m_store.now());
}

Result<std::vector<Reward>> CardService::rewards(qint64 customerId, const QString& cardId)
{
    std::vector<Reward> out;
    auto read = m_store.db().forEach(
        QStringLiteral("SELECT r.id, r.customer_id, r.card_id, r.seq, r.earned_at, r.units, "
                       "(SELECT coalesce(sum(d.quantity), 0) FROM redemptions d WHERE d.reward_id "
                       "= r.id AND d.undone_at IS NULL) FROM rewards r WHERE r.customer_id = ? AND "
                       "r.card_id = ? AND r.voided_at IS NULL ORDER BY r.seq"),
        {customerId, cardId}, [&out](const SqlRow& r) {
            out.push_back(Reward{r.integer(0), r.integer(1), r.text(2), int(r.integer(3)),
                                 text::fromIsoUtc(r.text(4)), int(r.integer(5)),
                                 int(r.integer(6))});
        });
    if (!read)
        return read.error();
    return out;
}

Result<std::optional<Reward>> CardService::nextReward(qint64 customerId, const QString& cardId)
{
    auto all = rewards(customerId, cardId);
    if (!all)
        return all.error();
    for (const Reward& r : *all)
        if (r.unitsLeft() > 0)
            return std::optional<Reward>(r);
    return std::optional<Reward>();
}

Result<std::vector<PunchUnit>> CardService::earningUnits(const Reward& reward,
                                                         const ProgramCard& card)
{
    auto all = rewards(reward.customerId, card.id);
    if (!all)
        return all.error();
    auto replay = state(reward.customerId, card);
    if (!replay)
        return replay.error();
    // Rewards and completed cards pair up in order.
    for (std::size_t i = 0; i < all->size() && i < replay->completed.size(); ++i)
        if ((*all)[i].id == reward.id)
            return replay->completed[i].units;
    return std::vector<PunchUnit>();
}

Result<Reconciled> CardService::reconcile(const Actor& actor, qint64 customerId,
                                          const QString& cardId)
{
    auto card = m_store.catalog().card(cardId);
    if (!card)
        return card.error();
    if (!card->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no program card %1.").arg(cardId));
    return reconcile(actor, customerId, **card);
}

Result<Reconciled> CardService::reconcile(const Actor& actor, qint64 customerId,
                                          const ProgramCard& card)
{
    Database& db = m_store.db();
    const QString& cardId = card.id;
    auto replay = state(customerId, card);
    if (!replay)
        return replay.error();
    auto existing = rewards(customerId, cardId);
    if (!existing)
        return existing.error();

    const int completed = int(replay->completed.size());
    const int have = int(existing->size());
    for (int i = have - 1; i >= completed; --i) {
        const Reward& gone = (*existing)[std::size_t(i)];
        if (gone.unitsRedeemed > 0)
            return makeError(ErrorCode::Conflict,
                             tr("This would take back a reward that was already redeemed on "
                                "“%1”. Undo that redemption first.")
                                 .arg(card.title));
        if (auto s = db.execute(QStringLiteral("UPDATE rewards SET voided_at = ? WHERE id = ?"),
                                {text::isoUtc(m_store.now()), gone.id});
            !s)
            return s.error();
        auto e = m_store.events().append(
            actor, m_store.now(), QStringLiteral("reward.voided"),
            QJsonObject{{QStringLiteral("card"), cardId}, {QStringLiteral("reward"), gone.id}});
        if (!e)
            return e.error();
    }
    if (completed <= have) // most scans: no card completed, nothing more to read
        return Reconciled{0, int(replay->counting.size())};
    auto maxSeq = db.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM rewards WHERE "
                                           "customer_id = ? AND card_id = ?"),
                            {customerId, cardId});
    if (!maxSeq)
        return maxSeq.error();
    int seq = maxSeq->toInt();
    for (int i = have; i < completed; ++i) {
        const CompletedCard& done = replay->completed[std::size_t(i)];
        auto id = db.insert(QStringLiteral("INSERT INTO rewards (customer_id, card_id, seq, "
                                           "earned_at, units) VALUES (?,?,?,?,?)"),
                            {customerId, cardId, ++seq, text::isoUtc(done.earnedAt), card.get});
        if (!id)
            return id.error();
        auto e = m_store.events().append(actor, done.earnedAt, QStringLiteral("reward.earned"),
                                         QJsonObject{{QStringLiteral("card"), cardId},
                                                     {QStringLiteral("reward"), *id},
                                                     {QStringLiteral("units"), card.get}});
        if (!e)
            return e.error();
    }
    return Reconciled{qMax(0, completed - have), int(replay->counting.size())};
}

Result<CardView> CardService::view(qint64 customerId, const QString& cardId)
{
    auto card = m_store.catalog().card(cardId);
    if (!card)
        return card.error();
    if (!card->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no program card %1.").arg(cardId));
    auto program = m_store.catalog().program((*card)->programId);
    if (!program)
        return program.error();
    auto replay = state(customerId, **card);
    if (!replay)
        return replay.error();
    auto all = rewards(customerId, cardId);
    if (!all)
        return all.error();

    CardView v;
    v.card = **card;
    if (program->has_value())
        v.program = **program;
    v.progress = int(replay->counting.size());
    v.expiredUnits = int(replay->expired.size());
    if (v.card.timeLimitMonths > 0 && !replay->counting.empty())
        v.nextExpiry = replay->counting.front().at.addMonths(v.card.timeLimitMonths);
    v.rewardsEarned = int(all->size());
    for (const Reward& r : *all)
        if (r.unitsLeft() > 0)
            v.openRewards.push_back(r);
    return v;
}

Result<std::vector<CardView>> CardService::cardsOf(qint64 customerId)
{
    auto ids = m_store.db().select(
        QStringLiteral("SELECT card_id FROM punches WHERE customer_id = ? AND voided = 0 UNION "
                       "SELECT card_id FROM rewards WHERE customer_id = ? AND voided_at IS NULL "
                       "ORDER BY 1"),
        {customerId, customerId});
    if (!ids)
        return ids.error();
    std::vector<CardView> views;
    for (const Row& r : *ids) {
        auto v = view(customerId, r[0].toString());
        if (!v)
            return v.error();
        views.push_back(std::move(v).value());
    }
    return views;
}

} // namespace astro
