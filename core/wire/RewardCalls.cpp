#include "RewardCalls.h"

#include "CustomerDirectory.h"
#include "Fields.h"
#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "domain/Gtin.h"
#include "engine/OfferService.h"
#include "engine/RedemptionService.h"
#include "store/Store.h"

namespace astro::wire {

namespace {

QJsonObject itemJson(const Product& p)
{
    return QJsonObject{{QStringLiteral("astro_item_id"), QString::number(p.id)},
                       {QStringLiteral("item_code"), Gtin::displayOf(p.gtin)},
                       {QStringLiteral("item_description"), p.description}};
}

QJsonArray itemsJson(const std::vector<Product>& products)
{
    QJsonArray items;
    for (const Product& p : products)
        items.append(itemJson(p));
    return items;
}

bool runsOn(const QDate& from, const QDate& to, const QDate& day)
{
    return (!from.isValid() || from <= day) && (!to.isValid() || day <= to);
}

} // namespace

std::optional<RewardCalls::OfferDeal> RewardCalls::offerDeal(const QString& astroRewardId)
{
    const QStringList parts = astroRewardId.split(QLatin1Char('-'));
    if (parts.size() < 3 || parts[0] != QLatin1String("offer"))
        return std::nullopt;
    bool isNumber = false;
    const qint64 visit = parts[1].toLongLong(&isNumber);
    if (!isNumber)
        return std::nullopt;
    return OfferDeal{visit, parts.mid(2).join(QLatin1Char('-'))};
}

Result<QJsonArray> RewardCalls::cardRewards(qint64 customerId)
{
    auto cards = m_store.db().select(
        QStringLiteral("SELECT DISTINCT card_id FROM rewards WHERE customer_id = ? AND voided_at "
                       "IS NULL ORDER BY card_id"),
        {customerId});
    if (!cards)
        return cards.error();
    QJsonArray out;
    RedemptionService redemptions(m_store);
    for (const Row& cardRow : *cards) {
        const QString cardId = cardRow[0].toString();
        auto card = m_store.catalog().card(cardId);
        if (!card)
            return card.error();
        const QString title = card->has_value() ? (*card)->title : QString();
        auto rewards = m_store.cards().rewards(customerId, cardId);
        if (!rewards)
            return rewards.error();
        // What the card's rule allows now, for the rewards still waiting.
        QJsonArray allowed;
        if (auto choice = redemptions.choices(customerId, cardId); choice)
            allowed = itemsJson(choice->items);
        for (const Reward& r : *rewards) {
            QJsonArray items = allowed;
            if (r.unitsLeft() == 0) {
                auto given = m_store.db().select(
                    QStringLiteral("SELECT DISTINCT product_id FROM redemptions WHERE reward_id "
                                   "= ? AND undone_at IS NULL"),
                    {r.id});
                if (!given)
                    return given.error();
                items = {};
                for (const Row& g : *given) {
                    auto product = m_store.catalog().product(g[0].toLongLong());
                    if (!product)
                        return product.error();
                    if (product->has_value())
                        items.append(itemJson(**product));
                }
            }
            out.append(QJsonObject{
                {QStringLiteral("astro_reward_id"), QString::number(r.id)},
                {QStringLiteral("astro_program_id"), cardId},
                {QStringLiteral("astro_program_title"), title},
                {QStringLiteral("reward_qty"), QString::number(r.units)},
                {QStringLiteral("reward_status"),
                 r.unitsLeft() > 0 ? QStringLiteral("available") : QStringLiteral("redeemed")},
                {QStringLiteral("earned_date"),
                 r.earnedAt.toLocalTime().date().toString(Qt::ISODate)},
                {QStringLiteral("eligible_items"), items}});
        }
    }
    return out;
}

Result<std::vector<Product>> RewardCalls::givenInVisit(qint64 visitId, const QString& offerId)
{
    auto given = m_store.db().select(
        QStringLiteral("SELECT DISTINCT product_id FROM redemptions WHERE visit_id = ? AND "
                       "offer_id = ? AND undone_at IS NULL"),
        {visitId, offerId});
    if (!given)
        return given.error();
    std::vector<Product> out;
    for (const Row& g : *given) {
        auto product = m_store.catalog().product(g[0].toLongLong());
        if (!product)
            return product.error();
        if (product->has_value())
            out.push_back(**product);
    }
    return out;
}

Result<QJsonArray> RewardCalls::offerRewards(qint64 customerId)
{
    // The visits offer purchases gathered in, and those where an offer was given.
    auto visits = m_store.db().select(
        QStringLiteral("SELECT v.id, v.started_at FROM visits v WHERE v.customer_id = ? AND "
                       "((v.finished_at IS NULL AND v.transaction_id LIKE 'offers:%') OR EXISTS "
                       "(SELECT 1 FROM redemptions r WHERE r.visit_id = v.id AND r.offer_id IS "
                       "NOT NULL AND r.undone_at IS NULL)) ORDER BY v.id"),
        {customerId});
    if (!visits)
        return visits.error();
    QJsonArray out;
    for (const Row& v : *visits) {
        const qint64 visitId = v[0].toLongLong();
        auto chances = m_store.offers().inVisit(visitId);
        if (!chances)
            return chances.error();
        for (const OfferChance& c : *chances) {
            if (c.earned == 0)
                continue;
            auto items = c.available > 0 ? m_store.offers().choices(visitId, c.offer.id)
                                         : givenInVisit(visitId, c.offer.id);
            out.append(QJsonObject{
                {QStringLiteral("astro_reward_id"),
                 QStringLiteral("offer-%1-%2").arg(visitId).arg(c.offer.id)},
                {QStringLiteral("astro_program_id"), c.offer.id},
                {QStringLiteral("astro_program_title"), c.offer.title},
                {QStringLiteral("reward_qty"), QString::number(c.earned)},
                {QStringLiteral("reward_status"),
                 c.available > 0 ? QStringLiteral("available") : QStringLiteral("redeemed")},
                {QStringLiteral("earned_date"),
                 text::fromIsoUtc(v[1].toString()).toLocalTime().date().toString(Qt::ISODate)},
                {QStringLiteral("eligible_items"), items ? itemsJson(*items) : QJsonArray()}});
        }
    }
    return out;
}

Result<QJsonArray> RewardCalls::allRewards(qint64 customerId)
{
    auto cards = cardRewards(customerId);
    if (!cards)
        return cards.error();
    auto offers = offerRewards(customerId);
    if (!offers)
        return offers.error();
    QJsonArray all = *cards;
    for (const QJsonValue& o : *offers)
        all.append(o);
    return all;
}

ApiReply RewardCalls::rewardStatus(const QJsonObject& body)
{
    Fields fields(body);
    const QString customerId = fields.requiredText("customerID");
    if (!fields.ok())
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    ApiReply refusal;
    const auto customer = CustomerDirectory(m_store).caller(customerId, refusal);
    if (!customer)
        return refusal;
    auto all = allRewards(*customer);
    return all ? ApiReply::success(*all) : ApiReply::fromError(all.error());
}

ApiReply RewardCalls::checkEligibility(const QJsonObject& body)
{
    Fields fields(body);
    const QString customerId = fields.requiredText("customerID");
    const QString code = fields.requiredText("item_code");
    if (!fields.ok())
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    ApiReply refusal;
    const auto customer = CustomerDirectory(m_store).caller(customerId, refusal);
    if (!customer)
        return refusal;
    auto rewards = allRewards(*customer);
    if (!rewards)
        return ApiReply::fromError(rewards.error());
    const auto gtin = Gtin::parse(code);
    const QString item = gtin ? gtin->display() : code;
    bool eligible = false;
    for (const QJsonValue& r : *rewards) {
        const QJsonObject reward = r.toObject();
        if (reward.value(QStringLiteral("reward_status")).toString() != QLatin1String("available"))
            continue;
        for (const QJsonValue& i : reward.value(QStringLiteral("eligible_items")).toArray())
            eligible =
                eligible || i.toObject().value(QStringLiteral("item_code")).toString() == item;
    }
    return ApiReply::success(QJsonObject{{QStringLiteral("isEligible"), eligible}});
}

ApiReply RewardCalls::redeemOffer(qint64 customerId, const OfferDeal& deal, qint64 productId)
{
    auto visit = m_store.db().scalar(
        QStringLiteral("SELECT count(*) FROM visits WHERE id = ? AND customer_id = ?"),
        {deal.visitId, customerId});
    if (!visit)
        return ApiReply::fromError(visit.error());
    auto product = m_store.catalog().product(productId);
    if (!product)
        return ApiReply::fromError(product.error());
    if (visit->toInt() == 0 || !product->has_value())
        return ApiReply::failure(astroStatus::NotEligible,
                                 QStringLiteral("No such offer reward or item for this customer."));
    // A replay: this deal was given with this item in this visit, and none is left.
    auto chances = m_store.offers().inVisit(deal.visitId);
    if (!chances)
        return ApiReply::fromError(chances.error());
    const auto chance = std::find_if(chances->begin(), chances->end(), [&](const OfferChance& c) {
        return c.offer.id == deal.offerId;
    });
    auto given = givenInVisit(deal.visitId, deal.offerId);
    if (!given)
        return ApiReply::fromError(given.error());
    const bool gaveThis = std::any_of(given->begin(), given->end(),
                                      [&](const Product& p) { return p.id == productId; });
    if (gaveThis && (chance == chances->end() || chance->available == 0))
        return ApiReply::success();
    auto redeemed = m_store.offers().redeem(m_actor, deal.visitId, deal.offerId,
                                            Gtin::displayOf((*product)->gtin), {});
    return redeemed ? ApiReply::success()
                    : ApiReply::refused(redeemed.error(), astroStatus::NotEligible);
}

ApiReply RewardCalls::redeem(const QJsonObject& body)
{
    Fields fields(body);
    const QString customerId = fields.requiredText("customerID");
    const QString rewardId = fields.requiredText("astro_reward_id");
    const QString itemId = fields.requiredText("astro_item_id");
    if (!fields.ok())
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    ApiReply refusal;
    const auto customer = CustomerDirectory(m_store).caller(customerId, refusal);
    if (!customer)
        return refusal;
    const qint64 productId = itemId.toLongLong();
    if (const auto deal = offerDeal(rewardId))
        return redeemOffer(*customer, *deal, productId);

    auto row = m_store.db().selectOne(
        QStringLiteral("SELECT card_id FROM rewards WHERE id = ? AND customer_id = ? AND "
                       "voided_at IS NULL"),
        {rewardId.toLongLong(), *customer});
    if (!row)
        return ApiReply::fromError(row.error());
    if (!row->has_value())
        return ApiReply::failure(astroStatus::NotEligible,
                                 QStringLiteral("No reward %1 for this customer.").arg(rewardId));
    const QString cardId = (**row)[0].toString();
    auto rewards = m_store.cards().rewards(*customer, cardId);
    if (!rewards)
        return ApiReply::fromError(rewards.error());
    const auto named = std::find_if(rewards->begin(), rewards->end(),
                                    [&](const Reward& r) { return r.id == rewardId.toLongLong(); });
    const bool used = named != rewards->end() && named->unitsLeft() == 0;
    auto given = m_store.db().scalar(
        QStringLiteral("SELECT count(*) FROM redemptions WHERE reward_id = ? AND product_id = ? "
                       "AND undone_at IS NULL"),
        {rewardId.toLongLong(), productId});
    if (!given)
        return ApiReply::fromError(given.error());
    RedemptionService redemptions(m_store);
    auto choice = redemptions.choices(*customer, cardId);
    if (!choice && choice.error().code == ErrorCode::Storage)
        return ApiReply::fromError(choice.error());
    if (used || !choice) // nothing left: a replay of this redemption, or another item's
        return given->toInt() > 0
                   ? ApiReply::success()
                   : ApiReply::failure(astroStatus::NotEligible,
                                       QStringLiteral("Reward %1 was already given with another "
                                                      "item.")
                                           .arg(rewardId));
    if (!choice->limitReached.isEmpty())
        return ApiReply::failure(astroStatus::NotEligible, choice->limitReached);
    const auto allowed = std::find_if(choice->items.begin(), choice->items.end(),
                                      [&](const Product& p) { return p.id == productId; });
    if (allowed == choice->items.end())
        return ApiReply::failure(
            astroStatus::NotEligible,
            QStringLiteral("The card's rule does not allow item %1 for reward %2.")
                .arg(itemId, rewardId));
    RedeemRequest request;
    request.customerId = *customer;
    request.cardId = cardId;
    request.code = Gtin::displayOf(allowed->gtin);
    auto redeemed = redemptions.redeem(m_actor, request);
    return redeemed ? ApiReply::success()
                    : ApiReply::refused(redeemed.error(), astroStatus::NotEligible);
}

ApiReply RewardCalls::removeRedemption(const QJsonObject& body)
{
    Fields fields(body);
    const QString customerId = fields.requiredText("customerID");
    const QString rewardId = fields.requiredText("astro_reward_id");
    if (!fields.ok())
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    ApiReply refusal;
    const auto customer = CustomerDirectory(m_store).caller(customerId, refusal);
    if (!customer)
        return refusal;
    const auto deal = offerDeal(rewardId);
    auto last = deal ? m_store.db().scalar(
                           QStringLiteral("SELECT max(id) FROM redemptions WHERE visit_id = ? AND "
                                          "offer_id = ? AND customer_id = ? AND undone_at IS NULL"),
                           {deal->visitId, deal->offerId, *customer})
                     : m_store.db().scalar(
                           QStringLiteral("SELECT max(id) FROM redemptions WHERE reward_id = ? AND "
                                          "customer_id = ? AND undone_at IS NULL"),
                           {rewardId.toLongLong(), *customer});
    if (!last)
        return ApiReply::fromError(last.error());
    if (last->isNull()) // nothing given, or already removed: a replay changes nothing
        return ApiReply::success();
    if (auto s = RedemptionService(m_store).undo(m_actor, last->toLongLong(), UndoMode::RemoveOnly);
        !s)
        return ApiReply::refused(s.error(), astroStatus::NotEligible);
    return ApiReply::success();
}

ApiReply RewardCalls::eligiblePurchaseItems(const QJsonObject& body)
{
    Fields fields(body);
    const QString code = fields.requiredText("item_code");
    if (!fields.ok())
        return ApiReply::failure(astroStatus::BadRequest, fields.problem());
    auto gtin = Gtin::parse(code);
    if (!gtin)
        return ApiReply::failure(astroStatus::BadRequest,
                                 QStringLiteral("item_code: %1").arg(gtin.error().message));
    CatalogRepository& catalog = m_store.catalog();
    auto product = catalog.productByGtin(gtin->gtin14());
    if (!product)
        return ApiReply::fromError(product.error());
    QJsonArray programs;
    const QDate today = m_store.now().toLocalTime().date();
    if (product->has_value() && (*product)->active) {
        auto cards = catalog.cardsForProduct((*product)->id);
        if (!cards)
            return ApiReply::fromError(cards.error());
        for (const ProgramCard& card : *cards) {
            auto program = catalog.program(card.programId);
            if (!program)
                return ApiReply::fromError(program.error());
            if (!program->has_value() || !(*program)->active ||
                !runsOn((*program)->availableFrom, (*program)->availableTo, today) ||
                !runsOn(card.availableFrom, card.availableTo, today))
                continue;
            auto maker = catalog.manufacturerName((*program)->manufacturerId);
            programs.append(
                QJsonObject{{QStringLiteral("astro_program_id"), card.id},
                            {QStringLiteral("astro_program_title"), card.title},
                            {QStringLiteral("astro_mfg_id"), (*program)->manufacturerId},
                            {QStringLiteral("astro_mfg_name"), maker ? *maker : QString()}});
        }
    }
    if (programs.isEmpty())
        return ApiReply::failure(astroStatus::NotEligible,
                                 QStringLiteral("Item %1 is in no running program.").arg(code));
    return ApiReply::success(programs);
}

ApiReply RewardCalls::listOffers(const QJsonObject&)
{
    auto offers = m_store.catalog().offers();
    if (!offers)
        return ApiReply::fromError(offers.error());
    // Running and coming offers; ended or withdrawn ones are history.
    const QDate today = m_store.now().toLocalTime().date();
    QJsonArray list;
    for (const Offer& o : *offers) {
        if (!o.active || (o.availableTo.isValid() && o.availableTo < today))
            continue;
        auto maker = m_store.catalog().manufacturerName(o.manufacturerId);
        list.append(QJsonObject{
            {QStringLiteral("astro_mfg_id"), o.manufacturerId},
            {QStringLiteral("astro_mfg_name"), maker ? *maker : QString()},
            {QStringLiteral("astro_program_id"), o.id},
            {QStringLiteral("astro_program_title"), o.title},
            {QStringLiteral("astro_program_long_description"), o.description},
            {QStringLiteral("astro_program_image"), QString()},
            {QStringLiteral("in_store_only"), true},
            {QStringLiteral("astro_program_start_date"), o.availableFrom.toString(Qt::ISODate)},
            {QStringLiteral("astro_program_end_date"), o.availableTo.toString(Qt::ISODate)}});
    }
    return ApiReply::success(QJsonObject{{QStringLiteral("program_list"), list}});
}

} // namespace astro::wire
