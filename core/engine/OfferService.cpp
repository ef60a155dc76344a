#include "OfferService.h"

#include "catalog/CatalogRepository.h"
#include "customers/CustomerStore.h"
#include "domain/Gtin.h"
#include "domain/Permissions.h"
#include "engine/FulfillmentRouter.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "enrollment/EnrollmentService.h"
#include "storage/Database.h"
#include "store/Store.h"

namespace astro {

Result<QStringList> OfferService::runningOffersFor(qint64 productId, const QString& locationId,
                                                   const QDate& day)
{
    auto offers = m_store.catalog().offersForProduct(productId);
    if (!offers)
        return offers.error();
    QStringList running;
    for (const Offer& o : *offers) {
        if (!o.active || day < o.availableFrom || day > o.availableTo)
            continue;
        auto enrollment = m_store.enrollment().get(locationId, o.id);
        if (!enrollment)
            return enrollment.error();
        if (enrollment->has_value())
            running << o.id;
    }
    return running;
}

Result<OfferChance> OfferService::chance(const Offer& offer, qint64 visitId, qint64 customerId)
{
    Database& db = m_store.db();
    OfferChance c;
    c.offer = offer;
    auto units = db.scalar(QStringLiteral("SELECT coalesce(sum(s.quantity), 0) FROM scans s JOIN "
                                          "offer_products op ON op.product_id = s.product_id AND "
                                          "op.offer_id = ? WHERE s.visit_id = ? AND s.voided_at IS "
                                          "NULL"),
                           {offer.id, visitId});
    if (!units)
        return units.error();
    c.qualifyingUnits = units->toInt();
    c.earned = c.qualifyingUnits / qMax(1, offer.buy);
    c.unitsToNext = offer.buy - c.qualifyingUnits % qMax(1, offer.buy);
    auto inVisit = db.scalar(QStringLiteral("SELECT count(*) FROM redemptions WHERE offer_id = ? "
                                            "AND visit_id = ? AND undone_at IS NULL"),
                             {offer.id, visitId});
    if (!inVisit)
        return inVisit.error();
    c.redeemed = inVisit->toInt();
    auto byCustomer = db.scalar(QStringLiteral("SELECT count(*) FROM redemptions WHERE offer_id = "
                                               "? AND customer_id = ? AND undone_at IS NULL"),
                                {offer.id, customerId});
    if (!byCustomer)
        return byCustomer.error();
    auto totals = db.selectOne(QStringLiteral("SELECT coalesce(sum(quantity), 0), "
                                              "coalesce(sum(cost_cents), 0) FROM redemptions WHERE "
                                              "offer_id = ? AND undone_at IS NULL"),
                               {offer.id});
    if (!totals)
        return totals.error();
    const int unitsGiven = (**totals)[0].toInt();
    const qint64 centsGiven = (**totals)[1].toLongLong();

    c.available = qMax(0, c.earned - c.redeemed);
    if (c.available > 0) {
        const int leftForCustomer = offer.limitPerCustomer - byCustomer->toInt();
        if (leftForCustomer <= 0)
            c.blockedReason =
                tr("Limit reached: %n per customer.", nullptr, offer.limitPerCustomer);
        else if (offer.kind == OfferKind::FreeGood && offer.capUnits &&
                 unitsGiven + offer.get > *offer.capUnits)
            c.blockedReason = tr("This offer's cap for the whole program is reached.");
        else if (offer.kind == OfferKind::Rebate && offer.capCents &&
                 centsGiven + offer.rebate.cents > *offer.capCents)
            c.blockedReason = tr("This offer's cap for the whole program is reached.");
        c.available = c.blockedReason.isEmpty() ? qMin(c.available, leftForCustomer) : 0;
    }
    return c;
}

Result<std::vector<OfferChance>> OfferService::inVisit(qint64 visitId)
{
    auto visit = m_store.visits().visit(visitId);
    if (!visit)
        return visit.error();
    auto ids = m_store.db().select(
        QStringLiteral("SELECT DISTINCT op.offer_id FROM scans s JOIN offer_products op ON "
                       "op.product_id = s.product_id WHERE s.visit_id = ? AND s.voided_at IS NULL "
                       "ORDER BY 1"),
        {visitId});
    if (!ids)
        return ids.error();
    const QDate day = visit->startedAt.toLocalTime().date();
    std::vector<OfferChance> out;
    for (const Row& r : *ids) {
        auto offer = m_store.catalog().offer(r[0].toString());
        if (!offer)
            return offer.error();
        if (!offer->has_value() || !(*offer)->active || day < (*offer)->availableFrom ||
            day > (*offer)->availableTo)
            continue;
        auto enrollment = m_store.enrollment().get(visit->locationId, (*offer)->id);
        if (!enrollment)
            return enrollment.error();
        if (!enrollment->has_value())
            continue;
        auto c = chance(**offer, visitId, visit->customerId);
        if (!c)
            return c.error();
        out.push_back(*c);
    }
    return out;
}

Result<std::vector<Product>> OfferService::choices(qint64 visitId, const QString& offerId)
{
    auto offer = m_store.catalog().offer(offerId);
    if (!offer)
        return offer.error();
    if (!offer->has_value())
        return makeError(ErrorCode::NotFound, tr("There is no offer %1.").arg(offerId));
    auto products = m_store.catalog().productsOfOffer(offerId);
    if (!products || (*offer)->kind == OfferKind::FreeGood)
        return products;
    // A rebate is taken off an item bought in this visit.
    auto bought = m_store.db().select(
        QStringLiteral("SELECT DISTINCT product_id FROM scans WHERE visit_id = ? AND voided_at IS "
                       "NULL"),
        {visitId});
    if (!bought)
        return bought.error();
    std::vector<Product> out;
    for (const Product& p : *products)
        if (std::any_of(bought->begin(), bought->end(),
                        [&](const Row& r) { return r[0].toLongLong() == p.id; }))
            out.push_back(p);
    return out;
}

Result<Redemption> OfferService::redeem(const Actor& actor, qint64 visitId, const QString& offerId,
                                        const QString& code, const QString& emailIn)
{
    if (auto allowed = Permissions::check(actor, Permission::CheckOut); !allowed)
        return allowed.error();
    auto visit = m_store.visits().visit(visitId);
    if (!visit)
        return visit.error();
    if (!visit->open())
        return makeError(ErrorCode::Conflict,
                         tr("An offer is redeemed in the visit that earned it; this visit is "
                            "finished."));
    auto chances = inVisit(visitId);
    if (!chances)
        return chances.error();
    auto chance = std::find_if(chances->begin(), chances->end(),
                               [&](const OfferChance& c) { return c.offer.id == offerId; });
    if (chance == chances->end() || chance->earned == 0)
        return makeError(ErrorCode::Invalid, tr("This visit does not qualify for that offer."));
    if (!chance->blockedReason.isEmpty())
        return makeError(ErrorCode::LimitReached, chance->blockedReason);
    if (chance->available == 0)
        return makeError(ErrorCode::LimitReached, tr("This visit's offer was already redeemed."));
    const Offer& offer = chance->offer;
    auto customer = m_store.customers().get(visit->customerId);
    if (!customer)
        return customer.error();
    const QString email =
        emailIn.trimmed().isEmpty() ? customer->email : emailIn.trimmed().toLower();
    if (offer.requiresEmail && email.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This offer needs the customer's email address."));
    if (!email.isEmpty() && !CustomerStore::isEmail(email))
        return makeError(ErrorCode::Invalid, tr("“%1” is not an email address.").arg(email));

    auto items = choices(visitId, offerId);
    if (!items)
        return items.error();
    const Product* item = nullptr;
    if (code.trimmed().isEmpty() && offer.kind == OfferKind::Rebate && !items->empty()) {
        item = &items->front();
    } else {
        auto gtin = Gtin::parse(code);
        if (!gtin)
            return gtin.error();
        for (const Product& p : *items)
            if (p.gtin == gtin->gtin14())
                item = &p;
        if (!item)
            return makeError(
                ErrorCode::Invalid,
                tr("%1 is not an item of the offer “%2”.").arg(gtin->display(), offer.title));
    }
    if (!item)
        return makeError(ErrorCode::Invalid, tr("This visit does not qualify for that offer."));

    const QDateTime now = m_store.now();
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    auto route = m_store.router().route(visit->locationId, offer.id, offer.title,
                                        offer.manufacturerId, offer.fulfillment, now);
    if (!route)
        return route.error();
    Redemption r;
    r.offerId = offer.id;
    r.customerId = visit->customerId;
    r.programId = offer.id;
    r.manufacturerId = offer.manufacturerId;
    r.productId = item->id;
    r.gtin = item->gtin;
    r.quantity = offer.kind == OfferKind::FreeGood ? offer.get : 1;
    r.cost = offer.kind == OfferKind::FreeGood ? item->price * offer.get : offer.rebate;
    r.at = now;
    r.locationId = visit->locationId;
    r.userId = actor.userId;
    r.visitId = visitId;
    r.email = email;
    r.fulfillment = route->fulfillment;
    r.distributorId = route->distributorId;
    r.accountNumber = route->accountNumber;
    r.creditStatus = route->status;
    r.batchId = route->batchId.value_or(0);
    auto recorded = m_store.redemptions().record(actor, r);
    if (!recorded)
        return recorded.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return m_store.redemptions().get(recorded->id);
}

Status OfferService::checkVisitStillEarns(qint64 visitId)
{
    auto chances = inVisit(visitId);
    if (!chances)
        return chances.error();
    for (const OfferChance& c : *chances)
        if (c.redeemed > c.earned)
            return makeError(ErrorCode::Conflict,
                             tr("This visit would no longer earn the offer “%1” it redeemed. Undo "
                                "that redemption first.")
                                 .arg(c.offer.title));
    // An offer no longer listed (no qualifying scan left) but with a redemption in the visit.
    auto orphans = m_store.db().scalar(
        QStringLiteral(
            "SELECT count(*) FROM redemptions r WHERE r.visit_id = ? AND r.offer_id IS "
            "NOT NULL AND r.undone_at IS NULL AND NOT EXISTS (SELECT 1 FROM scans s JOIN "
            "offer_products op ON op.product_id = s.product_id AND op.offer_id = "
            "r.offer_id WHERE s.visit_id = r.visit_id AND s.voided_at IS NULL)"),
        {visitId});
    if (!orphans)
        return orphans.error();
    if (orphans->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("This visit would no longer earn an offer it redeemed. Undo that "
                            "redemption first."));
    return {};
}

} // namespace astro
