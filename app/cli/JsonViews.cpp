#include "JsonViews.h"

#include "common/Text.h"

#include <QJsonArray>

namespace astro::cli {

namespace {

QJsonValue time(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(text::isoUtc(at)) : QJsonValue();
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject toJson(const Customer& c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("uuid"), c.uuid},
        {QStringLiteral("first_name"), c.firstName},
        {QStringLiteral("last_name"), c.lastName},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("created_at"), time(c.createdAt)},
        {QStringLiteral("merged_into"), c.mergedInto ? QJsonValue(*c.mergedInto) : QJsonValue()}};
}

QJsonObject toJson(const Product& p)
{
    return {{QStringLiteral("upc"), p.gtin},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("manufacturer"), p.manufacturerId},
            {QStringLiteral("size_class"), toCode(p.sizeClass)},
            {QStringLiteral("price_cents"), p.price.cents}};
}

QJsonObject toJson(const Reward& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("card"), r.cardId},
            {QStringLiteral("earned_at"), time(r.earnedAt)},
            {QStringLiteral("units"), r.units},
            {QStringLiteral("units_redeemed"), r.unitsRedeemed}};
}

QJsonObject toJson(const CardView& v)
{
    QJsonArray rewards;
    for (const Reward& r : v.openRewards)
        rewards.append(toJson(r));
    return {{QStringLiteral("card"), v.card.id},
            {QStringLiteral("title"), v.card.title},
            {QStringLiteral("program"), v.program.id},
            {QStringLiteral("program_title"), v.program.title},
            {QStringLiteral("progress"), v.progress},
            {QStringLiteral("buy"), v.card.buy},
            {QStringLiteral("get"), v.card.get},
            {QStringLiteral("rule"), toCode(v.card.rule)},
            {QStringLiteral("expired_units"), v.expiredUnits},
            {QStringLiteral("next_expiry"), time(v.nextExpiry)},
            {QStringLiteral("rewards_earned"), v.rewardsEarned},
            {QStringLiteral("open_rewards"), rewards}};
}

QJsonObject toJson(const RewardChoice& c)
{
    QJsonArray items;
    for (const Product& p : c.items)
        items.append(toJson(p));
    return {{QStringLiteral("reward"), toJson(c.reward)},
            {QStringLiteral("card"), c.card.id},
            {QStringLiteral("title"), c.card.title},
            {QStringLiteral("rule"), toCode(c.card.rule)},
            {QStringLiteral("rule_text"), explanation(c.card.rule)},
            {QStringLiteral("items"), items},
            {QStringLiteral("limit_reached"), c.limitReached}};
}

QJsonObject toJson(const ScanOutcome& s)
{
    QJsonArray punches;
    for (const CardPunch& p : s.punches)
        punches.append(QJsonObject{{QStringLiteral("card"), p.cardId},
                                   {QStringLiteral("title"), p.cardTitle},
                                   {QStringLiteral("program"), p.programId},
                                   {QStringLiteral("units"), p.units},
                                   {QStringLiteral("progress"), p.progress},
                                   {QStringLiteral("buy"), p.buy},
                                   {QStringLiteral("rewards_earned"), p.rewardsEarned},
                                   {QStringLiteral("held"), p.held}});
    return {{QStringLiteral("scan"), s.scanId},
            {QStringLiteral("product"), toJson(s.product)},
            {QStringLiteral("quantity"), s.quantity},
            {QStringLiteral("unit_price_cents"), s.unitPriceCents},
            {QStringLiteral("at"), time(s.at)},
            {QStringLiteral("punches"), punches},
            {QStringLiteral("offers"), strings(s.offerIds)},
            {QStringLiteral("warnings"), strings(s.warnings)}};
}

QJsonObject toJson(const Redemption& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("uuid"), r.uuid},
            {QStringLiteral("customer"), r.customerId},
            {QStringLiteral("customer_name"), r.customerName},
            {QStringLiteral("program"), r.programId},
            {QStringLiteral("program_title"), r.programTitle},
            {QStringLiteral("card"), r.cardId},
            {QStringLiteral("offer"), r.offerId},
            {QStringLiteral("upc"), r.gtin},
            {QStringLiteral("description"), r.description},
            {QStringLiteral("quantity"), r.quantity},
            {QStringLiteral("cost_cents"), r.cost.cents},
            {QStringLiteral("at"), time(r.at)},
            {QStringLiteral("location"), r.locationId},
            {QStringLiteral("fulfillment"), toCode(r.fulfillment)},
            {QStringLiteral("distributor"), r.distributorId},
            {QStringLiteral("account_number"), r.accountNumber},
            {QStringLiteral("credit_status"), toCode(r.creditStatus)},
            {QStringLiteral("decline_reason"), r.declineReason},
            {QStringLiteral("batch"), r.batchId ? QJsonValue(r.batchId) : QJsonValue()},
            {QStringLiteral("undone_at"), time(r.undoneAt)}};
}

QJsonObject toJson(const OfferChance& c)
{
    return {{QStringLiteral("offer"), c.offer.id},
            {QStringLiteral("title"), c.offer.title},
            {QStringLiteral("qualifying_units"), c.qualifyingUnits},
            {QStringLiteral("earned"), c.earned},
            {QStringLiteral("redeemed"), c.redeemed},
            {QStringLiteral("available"), c.available},
            {QStringLiteral("blocked"), c.blockedReason}};
}

QJsonObject toJson(const Batch& b)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("manufacturer"), b.manufacturerId},
            {QStringLiteral("manufacturer_name"), b.manufacturerName},
            {QStringLiteral("location"), b.locationId},
            {QStringLiteral("status"), toCode(b.status)},
            {QStringLiteral("opened_at"), time(b.openedAt)},
            {QStringLiteral("period_end"), time(b.periodEnd)},
            {QStringLiteral("closed_at"), time(b.closedAt)},
            {QStringLiteral("submitted_at"), time(b.submittedAt)},
            {QStringLiteral("completed_at"), time(b.completedAt)},
            {QStringLiteral("lines"), b.lineCount},
            {QStringLiteral("units"), b.units},
            {QStringLiteral("total_cents"), b.total.cents}};
}

QJsonObject toJson(const BatchLine& l)
{
    return {{QStringLiteral("redemption"), l.redemptionId},
            {QStringLiteral("manufacturer"), l.manufacturerName},
            {QStringLiteral("program"), l.programTitle},
            {QStringLiteral("card"), l.cardTitle},
            {QStringLiteral("upc"), l.gtin},
            {QStringLiteral("description"), l.description},
            {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("redeemed_at"), time(l.redeemedAt)},
            {QStringLiteral("customer"), l.customerName},
            {QStringLiteral("location"), l.locationName},
            {QStringLiteral("cashier"), l.cashierName},
            {QStringLiteral("cost_cents"), l.cost.cents}};
}

QJsonObject toJson(const Enrollment& e)
{
    return {
        {QStringLiteral("location"), e.locationId},
        {QStringLiteral("subject"), e.subjectId},
        {QStringLiteral("kind"), e.isOffer ? QStringLiteral("offer") : QStringLiteral("program")},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("fulfillment"), toCode(e.fulfillment)},
        {QStringLiteral("distributor"), e.distributorId},
        {QStringLiteral("distributor_name"), e.distributorName},
        {QStringLiteral("account_number"), e.accountNumber},
        {QStringLiteral("held"), e.held()},
        {QStringLiteral("updated_at"), time(e.updatedAt)}};
}

QJsonObject toJson(const Distributor& d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("states"), strings(d.states)},
            {QStringLiteral("provinces"), strings(d.provinces)},
            {QStringLiteral("restricted_locations"), strings(d.restrictedLocations)},
            {QStringLiteral("requires_account_number"), d.requiresAccountNumber},
            {QStringLiteral("temporary_holding"), d.temporaryHolding}};
}

QJsonObject toJson(const AuditEntry& e)
{
    return {{QStringLiteral("id"), e.id},           {QStringLiteral("at"), time(e.at)},
            {QStringLiteral("user"), e.userName},   {QStringLiteral("location"), e.locationId},
            {QStringLiteral("subject"), e.subject}, {QStringLiteral("field"), e.field},
            {QStringLiteral("old"), e.oldValue},    {QStringLiteral("new"), e.newValue}};
}

QJsonObject toJson(const User& u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("role"), toCode(u.role)},
            {QStringLiteral("active"), u.active}};
}

QJsonObject toJson(const sync::SyncReport& r)
{
    return {{QStringLiteral("pushed"), r.pushed},
            {QStringLiteral("duplicates"), r.duplicates},
            {QStringLiteral("conflicts"), r.conflicts},
            {QStringLiteral("pulled"), r.pulled},
            {QStringLiteral("catalog_entries"), r.catalogEntries},
            {QStringLiteral("program_requests"), r.programRequests},
            {QStringLiteral("astro_calls"), r.publicCalls},
            {QStringLiteral("astro_refused"), r.refused},
            {QStringLiteral("extensions"), r.extensions},
            {QStringLiteral("finished_at"), time(r.finishedAt)}};
}

QJsonObject toJson(const sync::SyncConflict& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("kind"), c.kind},
            {QStringLiteral("message"), c.message},
            {QStringLiteral("event"), c.eventUuid},
            {QStringLiteral("customer"), c.customerUuid},
            {QStringLiteral("customer_name"), c.customerName},
            {QStringLiteral("at"), time(c.at)},
            {QStringLiteral("resolved_at"), time(c.resolvedAt)},
            {QStringLiteral("resolved_by"), c.resolvedBy}};
}

QJsonObject toJson(const PosUser& user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("client_id"), user.clientId},
            {QStringLiteral("created_at"), text::isoUtc(user.createdAt)}};
}

QJsonObject toJson(const BridgeSettings& settings)
{
    return {{QStringLiteral("enabled"), settings.enabled},
            {QStringLiteral("port"), settings.port},
            {QStringLiteral("sales_folder"), settings.salesFolder},
            {QStringLiteral("follow_pos"), settings.followPos}};
}

} // namespace astro::cli
