#include "CatalogImporter.h"

#include "CatalogRepository.h"

#include "common/Text.h"
#include "domain/Gtin.h"
#include "domain/Permissions.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonObject>

namespace astro {

namespace {

QString joined(const QStringList& codes)
{
    return codes.join(QLatin1Char(','));
}

} // namespace

Result<ImportSummary> CatalogImporter::importFile(const Actor& actor, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read the catalog file %1: %2").arg(path, file.errorString()));
    return importJson(actor, file.readAll());
}

Result<ImportSummary> CatalogImporter::importJson(const Actor& actor, const QByteArray& json)
{
    auto doc = CatalogDocument::parse(json);
    if (!doc)
        return doc.error();
    return import(actor, *doc);
}

Result<ImportSummary> CatalogImporter::import(const Actor& actor, const CatalogDocument& doc)
{
    if (auto allowed = Permissions::check(actor, Permission::ImportCatalog); !allowed)
        return allowed.error();
    Database& db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    if (auto s = write(doc); !s)
        return s.error();

    ImportSummary summary;
    summary.locations = int(doc.locations.size());
    summary.manufacturers = int(doc.manufacturers.size());
    summary.products = int(doc.products.size());
    summary.programs = int(doc.programs.size());
    for (const auto& p : doc.programs)
        summary.cards += int(p.cards.size());
    summary.offers = int(doc.offers.size());
    summary.distributors = int(doc.distributors.size());

    if (!doc.cursor.isEmpty())
        if (auto s = m_store.setSetting(QStringLiteral("catalog_cursor"), doc.cursor); !s)
            return s.error();
    if (!doc.retailerName.isEmpty())
        if (auto s = m_store.setSetting(QStringLiteral("retailer_name"), doc.retailerName); !s)
            return s.error();
    auto event = m_store.events().append(actor, m_store.now(), QStringLiteral("catalog.imported"),
                                         QJsonObject{{QStringLiteral("cursor"), doc.cursor},
                                                     {QStringLiteral("products"), summary.products},
                                                     {QStringLiteral("programs"), summary.programs},
                                                     {QStringLiteral("offers"), summary.offers}});
    if (!event)
        return event.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return summary;
}

Status CatalogImporter::write(const CatalogDocument& doc)
{
    Database& db = m_store.db();
    auto requireManufacturer = [&](const QString& id, const QString& where) -> Status {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM manufacturers WHERE id = ?"), {id});
        if (!n)
            return n.error();
        if (n->toInt() == 0)
            return makeError(ErrorCode::Invalid,
                             tr("The catalog was not imported: %1 names the manufacturer “%2”, "
                                "which is not in the catalog.")
                                 .arg(where, id));
        return {};
    };
    auto productIds = [&](const QStringList& gtins, const QString& where) -> Result<QList<qint64>> {
        QList<qint64> ids;
        for (const QString& gtin : gtins) {
            auto id = db.scalar(QStringLiteral("SELECT id FROM products WHERE gtin = ?"), {gtin});
            if (!id)
                return id.error();
            if (id->isNull())
                return makeError(ErrorCode::Invalid,
                                 tr("The catalog was not imported: %1 lists the UPC %2, which "
                                    "is not a product of the catalog.")
                                     .arg(where, Gtin::displayOf(gtin)));
            ids << id->toLongLong();
        }
        return ids;
    };

    for (const Location& l : doc.locations)
        if (auto s = db.execute(
                QStringLiteral(
                    "INSERT INTO locations (id, name, address, city, postal_code, phone, region, "
                    "country, is_master) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                    "name=excluded.name, address=excluded.address, city=excluded.city, "
                    "postal_code=excluded.postal_code, phone=excluded.phone, "
                    "region=excluded.region, country=excluded.country, "
                    "is_master=excluded.is_master"),
                {l.id, l.name, l.address, l.city, l.postalCode, l.phone, l.region, l.country,
                 l.master});
            !s)
            return s;
    for (const Manufacturer& m : doc.manufacturers)
        if (auto s = db.execute(QStringLiteral("INSERT INTO manufacturers (id, name) VALUES (?,?) "
                                               "ON CONFLICT(id) DO UPDATE SET name=excluded.name"),
                                {m.id, m.name});
            !s)
            return s;
    for (std::size_t i = 0; i < doc.products.size(); ++i) {
        const Product& p = doc.products[i];
        const QString where =
            QStringLiteral("products[%1] (upc “%2”)").arg(i).arg(Gtin::displayOf(p.gtin));
        if (auto s = requireManufacturer(p.manufacturerId, where); !s)
            return s;
        if (auto s = db.execute(
                QStringLiteral(
                    "INSERT INTO products (gtin, description, manufacturer_id, species, food_type, "
                    "size_class, weight_grams, price_cents, active, search_key) VALUES "
                    "(?,?,?,?,?,?,?,?,?,?) ON CONFLICT(gtin) DO UPDATE SET "
                    "description=excluded.description, manufacturer_id=excluded.manufacturer_id, "
                    "species=excluded.species, food_type=excluded.food_type, "
                    "size_class=excluded.size_class, weight_grams=excluded.weight_grams, "
                    "price_cents=excluded.price_cents, active=excluded.active, "
                    "search_key=excluded.search_key"),
                {p.gtin, p.description, p.manufacturerId, p.species, p.foodType,
                 toCode(p.sizeClass), p.weightGrams, p.price.cents, p.active,
                 text::searchKey(p.description)});
            !s)
            return s;
    }
    for (std::size_t i = 0; i < doc.programs.size(); ++i) {
        const Program& p = doc.programs[i].program;
        const QString where = QStringLiteral("programs[%1] (id “%2”)").arg(i).arg(p.id);
        if (auto s = requireManufacturer(p.manufacturerId, where); !s)
            return s;
        if (auto s = db.execute(
                QStringLiteral(
                    "INSERT INTO programs (id, manufacturer_id, title, description, kind, "
                    "fulfillment, available_from, available_to, terms, regions, active) VALUES "
                    "(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                    "manufacturer_id=excluded.manufacturer_id, title=excluded.title, "
                    "description=excluded.description, kind=excluded.kind, "
                    "fulfillment=excluded.fulfillment, available_from=excluded.available_from, "
                    "available_to=excluded.available_to, terms=excluded.terms, "
                    "regions=excluded.regions, active=excluded.active"),
                {p.id, p.manufacturerId, p.title, p.description, toCode(p.kind),
                 toCode(p.fulfillment), p.availableFrom.toString(Qt::ISODate),
                 p.availableTo.toString(Qt::ISODate), p.terms, joined(p.regions), p.active});
            !s)
            return s;
        const auto& cards = doc.programs[i].cards;
        for (std::size_t j = 0; j < cards.size(); ++j) {
            const ProgramCard& k = cards[j].card;
            const QString cardWhere =
                QStringLiteral("%1.cards[%2] (id “%3”)").arg(where).arg(j).arg(k.id);
            auto owner = db.scalar(
                QStringLiteral("SELECT program_id FROM program_cards WHERE id = ?"), {k.id});
            if (!owner)
                return owner.error();
            if (!owner->isNull() && owner->toString() != p.id)
                return makeError(ErrorCode::Invalid,
                                 tr("The catalog was not imported: %1 already belongs to the "
                                    "program “%2”.")
                                     .arg(cardWhere, owner->toString()));
            auto products = productIds(cards[j].upcs, cardWhere);
            if (!products)
                return products.error();
            if (auto s = db.execute(
                    QStringLiteral(
                        "INSERT INTO program_cards (id, program_id, title, description, "
                        "available_from, available_to, buy, get, rule, time_limit_months, "
                        "max_per_customer, max_per_program, cost_s, cost_m, cost_l, cost_xl) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                        "title=excluded.title, description=excluded.description, "
                        "available_from=excluded.available_from, "
                        "available_to=excluded.available_to, buy=excluded.buy, get=excluded.get, "
                        "rule=excluded.rule, time_limit_months=excluded.time_limit_months, "
                        "max_per_customer=excluded.max_per_customer, "
                        "max_per_program=excluded.max_per_program, cost_s=excluded.cost_s, "
                        "cost_m=excluded.cost_m, cost_l=excluded.cost_l, "
                        "cost_xl=excluded.cost_xl"),
                    {k.id, k.programId, k.title, k.description,
                     k.availableFrom.toString(Qt::ISODate), k.availableTo.toString(Qt::ISODate),
                     k.buy, k.get, toCode(k.rule), k.timeLimitMonths,
                     k.maxPerCustomer ? QVariant(*k.maxPerCustomer) : QVariant(),
                     k.maxPerProgram ? QVariant(*k.maxPerProgram) : QVariant(),
                     k.costBySize[0].cents, k.costBySize[1].cents, k.costBySize[2].cents,
                     k.costBySize[3].cents});
                !s)
                return s;
            if (auto s = db.execute(QStringLiteral("DELETE FROM card_products WHERE card_id = ?"),
                                    {k.id});
                !s)
                return s;
            for (qint64 productId : *products)
                if (auto s = db.execute(QStringLiteral("INSERT OR IGNORE INTO card_products "
                                                       "(product_id, card_id) VALUES (?, ?)"),
                                        {productId, k.id});
                    !s)
                    return s;
        }
    }
    for (std::size_t i = 0; i < doc.offers.size(); ++i) {
        const Offer& o = doc.offers[i].offer;
        const QString where = QStringLiteral("offers[%1] (id “%2”)").arg(i).arg(o.id);
        if (auto s = requireManufacturer(o.manufacturerId, where); !s)
            return s;
        auto products = productIds(doc.offers[i].upcs, where);
        if (!products)
            return products.error();
        if (auto s = db.execute(
                QStringLiteral(
                    "INSERT INTO offers (id, manufacturer_id, title, description, kind, buy, get, "
                    "rebate_cents, limit_per_customer, cap_units, cap_cents, requires_email, "
                    "fulfillment, available_from, available_to, regions, active) VALUES "
                    "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                    "manufacturer_id=excluded.manufacturer_id, title=excluded.title, "
                    "description=excluded.description, kind=excluded.kind, buy=excluded.buy, "
                    "get=excluded.get, rebate_cents=excluded.rebate_cents, "
                    "limit_per_customer=excluded.limit_per_customer, "
                    "cap_units=excluded.cap_units, cap_cents=excluded.cap_cents, "
                    "requires_email=excluded.requires_email, fulfillment=excluded.fulfillment, "
                    "available_from=excluded.available_from, available_to=excluded.available_to, "
                    "regions=excluded.regions, active=excluded.active"),
                {o.id, o.manufacturerId, o.title, o.description, toCode(o.kind), o.buy, o.get,
                 o.rebate.cents, o.limitPerCustomer,
                 o.capUnits ? QVariant(*o.capUnits) : QVariant(),
                 o.capCents ? QVariant(*o.capCents) : QVariant(), o.requiresEmail,
                 toCode(o.fulfillment), o.availableFrom.toString(Qt::ISODate),
                 o.availableTo.toString(Qt::ISODate), joined(o.regions), o.active});
            !s)
            return s;
        if (auto s =
                db.execute(QStringLiteral("DELETE FROM offer_products WHERE offer_id = ?"), {o.id});
            !s)
            return s;
        for (qint64 productId : *products)
            if (auto s = db.execute(QStringLiteral("INSERT OR IGNORE INTO offer_products "
                                                   "(product_id, offer_id) VALUES (?, ?)"),
                                    {productId, o.id});
                !s)
                return s;
    }
    for (const Distributor& d : doc.distributors) {
        if (auto s = db.execute(
                QStringLiteral("INSERT INTO distributors (id, name, states, provinces, "
                               "requires_account) VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE "
                               "SET name=excluded.name, states=excluded.states, "
                               "provinces=excluded.provinces, "
                               "requires_account=excluded.requires_account"),
                {d.id, d.name, joined(d.states), joined(d.provinces), d.requiresAccountNumber});
            !s)
            return s;
        const std::pair<const char*, const QStringList*> links[] = {
            {"distributor_locations (distributor_id, location_id)", &d.restrictedLocations},
            {"distributor_manufacturers (distributor_id, manufacturer_id)", &d.manufacturers},
            {"distributor_programs (distributor_id, subject_id)", &d.programs}};
        for (const auto& [table, values] : links) {
            const QString name = QString::fromLatin1(table).section(QLatin1Char(' '), 0, 0);
            if (auto s = db.execute(
                    QStringLiteral("DELETE FROM %1 WHERE distributor_id = ?").arg(name), {d.id});
                !s)
                return s;
            for (const QString& value : *values)
                if (auto s = db.execute(QStringLiteral("INSERT OR IGNORE INTO %1 VALUES (?, ?)")
                                            .arg(QString::fromLatin1(table)),
                                        {d.id, value});
                    !s)
                    return s;
        }
    }
    return {};
}

} // namespace astro
