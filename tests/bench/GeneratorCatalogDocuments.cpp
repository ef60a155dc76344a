#include "Generation.h"

#include "BulkInsert.h"

#include "catalog/CatalogImporter.h"
#include "common/Text.h"
#include "enrollment/EnrollmentService.h"
#include "storage/Database.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QStringList>

namespace bench::generation {

using namespace astro;

// ---------------------------------------------------------------------------------------------
// The catalog's documents, and the store's catalog: imported, or written as rows.

QJsonObject CatalogPlan::baseDocument() const
{
    QJsonArray manufacturers;
    for (int m = 0; m < m_manufacturers; ++m)
        manufacturers.append(QJsonObject{
            {QStringLiteral("id"), manufacturerId(m)},
            {QStringLiteral("name"), m_brands[std::size_t(m)] + QStringLiteral(" Pet Nutrition")}});
    QJsonArray distributors;
    for (int d = 0; d < distributorCount; ++d) {
        QJsonArray makers;
        QJsonArray subjects;
        QStringList seen;
        for (const GenProgram& p : m_programs)
            if (p.distributor == d && p.fulfillment == Fulfillment::Distributor) {
                subjects.append(p.id);
                if (!seen.contains(manufacturerId(p.manufacturer))) {
                    seen << manufacturerId(p.manufacturer);
                    makers.append(manufacturerId(p.manufacturer));
                }
            }
        for (const GenOffer& o : m_offers)
            if (o.distributor == d) {
                subjects.append(o.id);
                if (!seen.contains(manufacturerId(o.manufacturer))) {
                    seen << manufacturerId(o.manufacturer);
                    makers.append(manufacturerId(o.manufacturer));
                }
            }
        distributors.append(QJsonObject{
            {QStringLiteral("id"), distributorId(d)},
            {QStringLiteral("name"), QString::fromLatin1(distributorNames[d])},
            {QStringLiteral("provinces"),
             QJsonArray{QStringLiteral("ON"), QStringLiteral("QC"), QStringLiteral("MB")}},
            {QStringLiteral("manufacturers"), makers},
            {QStringLiteral("programs"), subjects}});
    }
    const QJsonObject doc{
        {QStringLiteral("format"), QStringLiteral("astro-catalog")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("cursor"), QStringLiteral("bench-base")},
        {QStringLiteral("retailer"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("RET-BENCH")},
                     {QStringLiteral("name"), QStringLiteral("Astro Bench Pet Supply")}}},
        {QStringLiteral("locations"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), benchLocationId()},
             {QStringLiteral("name"), QStringLiteral("Astro Bench Pet Supply — Main Street")},
             {QStringLiteral("address"), QStringLiteral("100 Main Street")},
             {QStringLiteral("city"), QStringLiteral("Toronto")},
             {QStringLiteral("postal_code"), QStringLiteral("M4E 2V5")},
             {QStringLiteral("phone"), QStringLiteral("416-555-0100")},
             {QStringLiteral("region"), QStringLiteral("ON")},
             {QStringLiteral("country"), QStringLiteral("CA")},
             {QStringLiteral("master"), true}}}},
        {QStringLiteral("manufacturers"), manufacturers},
        {QStringLiteral("distributors"), distributors}};
    return doc;
}

// The retailer, its location, manufacturers and distributors, through the catalog importer.
Status Generation::importBase()
{
    auto imported = CatalogImporter(m_store).importJson(Actor::system(benchLocationId()),
                                                        QJsonDocument(baseDocument()).toJson());
    if (!imported)
        return imported.error();
    return {};
}
QJsonArray CatalogPlan::productsJson() const
{
    Rng rng(productSeed(m_config.seed));
    QJsonArray out;
    for (const GenProduct& g : m_products) {
        const ProductWords w = productWords(m_brands[std::size_t(g.manufacturer)], g, rng);
        out.append(QJsonObject{{QStringLiteral("upc"), g.upc},
                               {QStringLiteral("description"), w.description},
                               {QStringLiteral("manufacturer"), manufacturerId(g.manufacturer)},
                               {QStringLiteral("species"), w.species},
                               {QStringLiteral("food_type"), w.foodType},
                               {QStringLiteral("size_class"), toCode(g.size)},
                               {QStringLiteral("weight_grams"), g.weightGrams},
                               {QStringLiteral("price_cents"), g.priceCents}});
    }
    return out;
}

Status Generation::writeProducts()
{
    Rng rng(productSeed(m_config.seed));
    if (auto s = m_db.begin(); !s)
        return s;
    BulkInsert insert(m_db, QStringLiteral("products"),
                      {QStringLiteral("id"), QStringLiteral("gtin"), QStringLiteral("description"),
                       QStringLiteral("manufacturer_id"), QStringLiteral("species"),
                       QStringLiteral("food_type"), QStringLiteral("size_class"),
                       QStringLiteral("weight_grams"), QStringLiteral("price_cents"),
                       QStringLiteral("active"), QStringLiteral("search_key")});
    QString mfr;
    int mfrOf = -1;
    for (const GenProduct& g : m_products) {
        if (g.manufacturer != mfrOf) {
            mfrOf = g.manufacturer;
            mfr = manufacturerId(g.manufacturer);
        }
        const ProductWords w = productWords(m_brands[std::size_t(g.manufacturer)], g, rng);
        if (auto s = insert.row(g.id, g.gtin14, w.description, mfr, w.species, w.foodType,
                                toCode(g.size), g.weightGrams, g.priceCents, 1,
                                text::searchKey(w.description));
            !s)
            return s;
    }
    if (auto s = insert.flush(); !s)
        return s;
    return m_db.commit();
}
QJsonObject CatalogPlan::programsDocument() const
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC).date();
    const QString from = today.addYears(-3).toString(Qt::ISODate);
    QJsonArray programs;
    for (const GenProgram& p : m_programs) {
        QJsonArray cards;
        for (int c = 0; c < m_config.cardsPerProgram; ++c) {
            const GenCard& card = m_cards[std::size_t(p.firstCard + c)];
            QJsonArray upcs;
            for (int product : card.products)
                upcs.append(m_products[std::size_t(product)].upc);
            QJsonObject o{
                {QStringLiteral("id"), card.id},
                {QStringLiteral("title"), cardTitle(card)},
                {QStringLiteral("buy"), card.buy},
                {QStringLiteral("get"), card.get},
                {QStringLiteral("rule"), toCode(card.rule)},
                {QStringLiteral("time_limit_months"), card.timeLimitMonths},
                {QStringLiteral("cost_cents"), QJsonObject{{QStringLiteral("S"), card.cost[0]},
                                                           {QStringLiteral("M"), card.cost[1]},
                                                           {QStringLiteral("L"), card.cost[2]},
                                                           {QStringLiteral("XL"), card.cost[3]}}},
                {QStringLiteral("products"), upcs}};
            if (card.maxPerCustomer)
                o.insert(QStringLiteral("max_per_customer"), *card.maxPerCustomer);
            cards.append(o);
        }
        const QString brand = m_brands[std::size_t(p.manufacturer)];
        programs.append(QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("manufacturer"), manufacturerId(p.manufacturer)},
            {QStringLiteral("title"),
             p.secondary ? (p.kind == ProgramKind::Tracking ? brand + QStringLiteral(" Tracking")
                                                            : brand + QStringLiteral(" Treat Club"))
                         : brand + QStringLiteral(" Frequent Buyer")},
            {QStringLiteral("description"),
             QStringLiteral("Buy the bags, get one free: every %1 line has its card.").arg(brand)},
            {QStringLiteral("kind"), toCode(p.kind)},
            {QStringLiteral("fulfillment"), toCode(p.fulfillment)},
            {QStringLiteral("available_from"), from},
            {QStringLiteral("available_to"), QStringLiteral("2099-12-31")},
            {QStringLiteral("regions"), QJsonArray{QStringLiteral("CA")}},
            {QStringLiteral("cards"), cards}});
    }
    QJsonArray offers;
    for (std::size_t i = 0; i < m_offers.size(); ++i) {
        const GenOffer& o = m_offers[i];
        QJsonArray upcs;
        for (int product : o.products)
            upcs.append(m_products[std::size_t(product)].upc);
        const bool rebate = i % 2 == 1;
        QJsonObject offer{
            {QStringLiteral("id"), o.id},
            {QStringLiteral("manufacturer"), manufacturerId(o.manufacturer)},
            {QStringLiteral("title"),
             rebate ? QStringLiteral("$5 off this month") : QStringLiteral("Buy 2 get 1 free")},
            {QStringLiteral("kind"),
             rebate ? QStringLiteral("rebate") : QStringLiteral("free_good")},
            {QStringLiteral("buy"), rebate ? 1 : 2},
            {QStringLiteral("fulfillment"), QStringLiteral("distributor")},
            {QStringLiteral("available_from"), today.addDays(-10).toString(Qt::ISODate)},
            {QStringLiteral("available_to"), today.addDays(20).toString(Qt::ISODate)},
            {QStringLiteral("regions"), QJsonArray{QStringLiteral("CA")}},
            {QStringLiteral("products"), upcs}};
        if (rebate)
            offer.insert(QStringLiteral("rebate_cents"), 500);
        else
            offer.insert(QStringLiteral("get"), 1);
        offers.append(offer);
    }
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("astro-catalog")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("cursor"), QStringLiteral("bench-programs")},
                          {QStringLiteral("programs"), programs},
                          {QStringLiteral("offers"), offers}};
    return doc;
}

// Programs with their cards and the offers, through the catalog importer (the products are
// already in the database).
Status Generation::importPrograms()
{
    auto imported = CatalogImporter(m_store).importJson(Actor::system(benchLocationId()),
                                                        QJsonDocument(programsDocument()).toJson());
    if (!imported)
        return imported.error();
    return {};
}

// The location is enrolled in every program and offer, as an Admin would do it.
Status Generation::enroll()
{
    const Actor admin{m_adminId, QStringLiteral("Bench Admin"), Role::Admin, benchLocationId()};
    EnrollmentService& enrollment = m_store.enrollment();
    for (const GenProgram& p : m_programs) {
        QString distributor;
        if (p.fulfillment == Fulfillment::Distributor)
            distributor = p.held ? Distributor::temporaryHoldingId() : distributorId(p.distributor);
        if (auto r = enrollment.set(admin, benchLocationId(), p.id, distributor, p.accountNumber);
            !r)
            return r.error();
    }
    for (const GenOffer& o : m_offers)
        if (auto r = enrollment.set(admin, benchLocationId(), o.id, distributorId(o.distributor),
                                    QStringLiteral("%1-OFFERS").arg(distributorId(o.distributor)));
            !r)
            return r.error();
    // Retailer-fulfilled rewards land in monthly credit batches (the history below follows it).
    return m_store.setSetting(QStringLiteral("batch_cadence"), QStringLiteral("monthly"));
}

} // namespace bench::generation
