#include "RedemptionService.h"

#include "batches/BatchService.h"
#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "customers/CustomerStore.h"
#include "domain/Gtin.h"
#include "domain/Permissions.h"
#include "engine/FulfillmentRouter.h"
#include "engine/RewardRules.h"
#include "engine/VisitService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "store/Store.h"

#include <QJsonObject>

namespace astro {

const QString& RedemptionService::selectSql()
{
    static const QString sql = QStringLiteral(
        "SELECT r.id, r.uuid, coalesce(r.reward_id, 0), coalesce(r.offer_id, ''), r.customer_id, "
        "cu.first_name || ' ' || cu.last_name, r.program_id, coalesce(pr.title, o.title, ''), "
        "coalesce(r.card_id, ''), coalesce(c.title, ''), r.manufacturer_id, r.product_id, p.gtin, "
        "p.description, r.quantity, r.cost_cents, r.at, r.location_id, r.user_id, "
        "coalesce(r.visit_id, 0), r.email, r.fulfillment, coalesce(r.distributor_id, ''), "
        "coalesce(d.name, ''), r.account_number, r.credit_status, r.decline_reason, r.note, "
        "coalesce(r.batch_id, 0), r.undone_at FROM redemptions r JOIN customers cu ON cu.id = "
        "r.customer_id JOIN products p ON p.id = r.product_id LEFT JOIN programs pr ON pr.id = "
        "r.program_id LEFT JOIN offers o ON o.id = r.offer_id LEFT JOIN program_cards c ON c.id = "
        "r.card_id LEFT JOIN distributors d ON d.id = r.distributor_id ");
    return sql;
}

Redemption RedemptionService::fromRow(const QVariantList& r)
{
    Redemption d;
    d.id = r[0].toLongLong();
    d.uuid = r[1].toString();
    d.rewardId = r[2].toLongLong();
    d.offerId = r[3].toString();
    d.customerId = r[4].toLongLong();
    d.customerName = r[5].toString();
    d.programId = r[6].toString();
    d.programTitle = r[7].toString();
    d.cardId = r[8].toString();
    d.cardTitle = r[9].toString();
    d.manufacturerId = r[10].toString();
    d.productId = r[11].toLongLong();
    d.gtin = r[12].toString();
    d.description = r[13].toString();
    d.quantity = r[14].toInt();
    d.cost = Money{r[15].toLongLong()};
    d.at = text::fromIsoUtc(r[16].toString());
    d.locationId = r[17].toString();
    d.userId = r[18].toLongLong();
    d.visitId = r[19].toLongLong();
    d.email = r[20].toString();
    d.fulfillment = fromCode<Fulfillment>(r[21].toString()).value_or(Fulfillment::Distributor);
    d.distributorId = r[22].toString();
    d.distributorName = r[23].toString();
    d.accountNumber = r[24].toString();
    d.creditStatus = fromCode<CreditStatus>(r[25].toString()).value_or(CreditStatus::Uncredited);
    d.declineReason = r[26].toString();
    d.note = r[27].toString();
    d.batchId = r[28].toLongLong();
    if (!r[29].isNull())
        d.undoneAt = text::fromIsoUtc(r[29].toString());
    return d;
}

namespace {

Result<std::vector<Redemption>> redemptionsFrom(Result<Rows> rows)
{
    if (!rows)
        return rows.error();
    std::vector<Redemption> out;
    for (const Row& r : *rows)
        out.push_back(RedemptionService::fromRow(r));
    return out;
}

} // namespace

Result<Redemption> RedemptionService::get(qint64 id)
{
    auto found =
        redemptionsFrom(m_store.db().select(selectSql() + QStringLiteral("WHERE r.id = ?"), {id}));
    if (!found)
        return found.error();
    if (found->empty())
        return makeError(ErrorCode::NotFound, tr("There is no redemption number %1.").arg(id));
    return found->front();
}

Result<std::vector<Redemption>> RedemptionService::ofCustomer(qint64 customerId, int limit)
{
    return redemptionsFrom(m_store.db().select(
        selectSql() +
            QStringLiteral("WHERE r.customer_id = ? ORDER BY r.at DESC, r.id DESC LIMIT ?"),
        {customerId, limit}));
}

Result<std::vector<Redemption>> RedemptionService::ofVisit(qint64 visitId)
{
    return redemptionsFrom(m_store.db().select(
        selectSql() + QStringLiteral("WHERE r.visit_id = ? ORDER BY r.id"), {visitId}));
}

Result<RewardChoice> RedemptionService::choices(qint64 customerId, const QString& cardId)
{
    auto card = m_store.catalog().card(cardId);
    if (!card)
        return card.error();
    if (!card->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no program card %1.").arg(cardId));
    auto program = m_store.catalog().program((*card)->programId);
    if (!program)
        return program.error();
    if (!program->has_value())
        return makeError(ErrorCode::NotFound,
                         tr("There is no program %1.").arg((*card)->programId));
    auto reward = m_store.cards().nextReward(customerId, cardId);
    if (!reward)
        return reward.error();
    if (!reward->has_value())
        return makeError(ErrorCode::NotFound,
                         tr("No reward is waiting on “%1” for this customer.").arg((*card)->title));

    RewardChoice choice;
    choice.reward = **reward;
    choice.card = **card;
    choice.program = **program;
    auto earning = m_store.cards().earningUnits(choice.reward, choice.card);
    if (!earning)
        return earning.error();
    auto products = m_store.catalog().productsOfCard(cardId);
    if (!products)
        return products.error();
    choice.items = RewardRules::eligible(choice.card.rule, *products, *earning);

    Database& db = m_store.db();
    if (choice.card.maxPerCustomer) {
        auto used = db.scalar(QStringLiteral("SELECT count(*) FROM redemptions WHERE card_id = ? "
                                             "AND customer_id = ? AND undone_at IS NULL"),
                              {cardId, customerId});
        if (!used)
            return used.error();
        if (used->toInt() >= *choice.card.maxPerCustomer)
            choice.limitReached = tr("Limit reached: %n reward(s) per customer on this card.",
                                     nullptr, *choice.card.maxPerCustomer);
    }
    if (choice.limitReached.isEmpty() && choice.card.maxPerProgram) {
        auto used = db.scalar(QStringLiteral("SELECT count(*) FROM redemptions WHERE card_id = ? "
                                             "AND undone_at IS NULL"),
                              {cardId});
        if (!used)
            return used.error();
        if (used->toInt() >= *choice.card.maxPerProgram)
            choice.limitReached = tr("Limit reached: this card's %n reward(s) for the whole "
                                     "program are all given.",
                                     nullptr, *choice.card.maxPerProgram);
    }
    return choice;
}

Result<Redemption> RedemptionService::redeem(const Actor& actor, const RedeemRequest& request)
{
    if (auto allowed = Permissions::check(actor, Permission::CheckOut); !allowed)
        return allowed.error();
    auto customer = m_store.customers().get(request.customerId);
    if (!customer)
        return customer.error();
    if (customer->mergedInto)
        return makeError(ErrorCode::Conflict, tr("This customer was merged into another one."));
    QString locationId = actor.locationId;
    if (request.visitId) {
        auto visit = m_store.visits().visit(request.visitId);
        if (!visit)
            return visit.error();
        if (!visit->open() || visit->customerId != request.customerId)
            return makeError(ErrorCode::Conflict,
                             tr("This visit is finished or belongs to another customer."));
        locationId = visit->locationId;
    }
    auto choice = choices(request.customerId, request.cardId);
    if (!choice)
        return choice.error();
    if (!choice->limitReached.isEmpty())
        return makeError(ErrorCode::LimitReached, choice->limitReached);
    auto gtin = Gtin::parse(request.code);
    if (!gtin)
        return gtin.error();
    auto allowedItem = std::find_if(choice->items.begin(), choice->items.end(),
                                    [&](const Product& p) { return p.gtin == gtin->gtin14(); });
    if (allowedItem == choice->items.end())
        return makeError(ErrorCode::Invalid, tr("%1 cannot be given free on “%2”. %3")
                                                 .arg(gtin->display(), choice->card.title,
                                                      explanation(choice->card.rule)));
    if (request.quantity < 1 || request.quantity > choice->reward.unitsLeft())
        return makeError(ErrorCode::Invalid, tr("This reward has %n free unit(s) left.", nullptr,
                                                choice->reward.unitsLeft()));

    const QDateTime now = m_store.now();
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto route =
        m_store.router().route(locationId, choice->program.id, choice->program.title,
                               choice->program.manufacturerId, choice->program.fulfillment, now);
    if (!route)
        return route.error();
    Redemption r;
    r.rewardId = choice->reward.id;
    r.customerId = request.customerId;
    r.programId = choice->program.id;
    r.cardId = choice->card.id;
    r.manufacturerId = choice->program.manufacturerId;
    r.productId = allowedItem->id;
    r.gtin = allowedItem->gtin;
    r.quantity = request.quantity;
    r.cost = choice->card.costFor(allowedItem->sizeClass) * request.quantity;
    r.at = now;
    r.locationId = locationId;
    r.userId = actor.userId;
    r.visitId = request.visitId;
    r.email = request.email.trimmed().toLower();
    r.fulfillment = route->fulfillment;
    r.distributorId = route->distributorId;
    r.accountNumber = route->accountNumber;
    r.creditStatus = route->status;
    r.batchId = route->batchId.value_or(0);
    auto recorded = record(actor, r);
    if (!recorded)
        return recorded.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return get(recorded->id);
}

Result<Redemption> RedemptionService::record(const Actor& actor, Redemption r)
{
    Database& db = m_store.db();
    r.uuid = text::newUuid();
    auto id =
        db.insert(QStringLiteral(
                      "INSERT INTO redemptions (uuid, reward_id, offer_id, customer_id, "
                      "program_id, card_id, manufacturer_id, product_id, quantity, cost_cents, at, "
                      "location_id, user_id, visit_id, email, fulfillment, distributor_id, "
                      "account_number, credit_status, batch_id) VALUES "
                      "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                  {r.uuid,
                   r.rewardId ? QVariant(r.rewardId) : QVariant(),
                   r.offerId.isEmpty() ? QVariant() : QVariant(r.offerId),
                   r.customerId,
                   r.programId,
                   r.cardId.isEmpty() ? QVariant() : QVariant(r.cardId),
                   r.manufacturerId,
                   r.productId,
                   r.quantity,
                   r.cost.cents,
                   text::isoUtc(r.at),
                   r.locationId,
                   r.userId,
                   r.visitId ? QVariant(r.visitId) : QVariant(),
                   r.email,
                   toCode(r.fulfillment),
                   r.distributorId.isEmpty() ? QVariant() : QVariant(r.distributorId),
                   r.accountNumber,
                   toCode(r.creditStatus),
                   r.batchId ? QVariant(r.batchId) : QVariant()});
    if (!id)
        return id.error();
    r.id = *id;
    auto customer = m_store.customers().get(r.customerId);
    if (!customer)
        return customer.error();
    // The visit it was given in: an offer's deal belongs to its visit on every side.
    QString visitUuid;
    if (r.visitId) {
        auto visit = m_store.visits().visit(r.visitId);
        if (!visit)
            return visit.error();
        visitUuid = visit->uuid;
    }
    auto e = m_store.events().append(
        actor, r.at, QStringLiteral("redemption.added"),
        QJsonObject{{QStringLiteral("redemption"), r.uuid},
                    {QStringLiteral("customer"), customer->uuid},
                    {QStringLiteral("reward"), r.rewardId},
                    {QStringLiteral("card"), r.cardId},
                    {QStringLiteral("offer"), r.offerId},
                    {QStringLiteral("program"), r.programId},
                    {QStringLiteral("item_code"), r.gtin},
                    {QStringLiteral("item_qty"), r.quantity},
                    {QStringLiteral("cost_cents"), r.cost.cents},
                    {QStringLiteral("location"), r.locationId},
                    {QStringLiteral("fulfillment"), toCode(r.fulfillment)},
                    {QStringLiteral("distributor"), r.distributorId},
                    {QStringLiteral("account_number"), r.accountNumber},
                    {QStringLiteral("credit_status"), toCode(r.creditStatus)},
                    {QStringLiteral("batch"), r.batchId},
                    {QStringLiteral("email"), r.email},
                    {QStringLiteral("visit"), visitUuid}});
    if (!e)
        return e.error();
    return r;
}

Status RedemptionService::undo(const Actor& actor, qint64 redemptionId, UndoMode mode)
{
    auto r = get(redemptionId);
    if (!r)
        return r.error();
    bool inOpenVisit = false;
    if (r->visitId) {
        auto visit = m_store.visits().visit(r->visitId);
        if (!visit)
            return visit.error();
        inOpenVisit = visit->open();
    }
    if (auto allowed = Permissions::check(actor, inOpenVisit ? Permission::CheckOut
                                                             : Permission::UndoAfterVisit);
        !allowed)
        return allowed;
    if (r->undone())
        return makeError(ErrorCode::Conflict, tr("This redemption was already undone."));
    if (r->creditStatus == CreditStatus::Credited || r->creditStatus == CreditStatus::Reconciled)
        return makeError(ErrorCode::Conflict,
                         tr("This redemption was already credited by the distributor; it cannot "
                            "be undone here."));
    if (r->batchId) {
        auto batch = m_store.batches().get(r->batchId);
        if (!batch)
            return batch.error();
        if (batch->status == BatchStatus::Submitted || batch->status == BatchStatus::Complete)
            return makeError(ErrorCode::Conflict,
                             tr("This redemption is in batch %1, which was already submitted to "
                                "the brand.")
                                 .arg(r->batchId));
    }
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    const QString modeCode = mode == UndoMode::RemoveOnly ? QStringLiteral("remove_only")
                                                          : QStringLiteral("remove_and_reselect");
    if (auto s = db.execute(QStringLiteral("UPDATE redemptions SET undone_at = ?, undone_by = ?, "
                                           "undo_mode = ? WHERE id = ?"),
                            {text::isoUtc(m_store.now()), actor.userId, modeCode, redemptionId});
        !s)
        return s;
    if (!inOpenVisit)
        if (auto s = m_store.audit(actor, QStringLiteral("redemption:%1").arg(redemptionId),
                                   QStringLiteral("undone"), r->description, modeCode);
            !s)
            return s;
    auto e = m_store.events().append(
        actor, m_store.now(), QStringLiteral("redemption.undone"),
        QJsonObject{{QStringLiteral("redemption"), r->uuid}, {QStringLiteral("mode"), modeCode}});
    if (!e)
        return e.error();
    return transaction.commit();
}

} // namespace astro
