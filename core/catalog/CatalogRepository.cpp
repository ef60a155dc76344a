#include "CatalogRepository.h"

#include "common/Text.h"
#include "storage/Database.h"

namespace astro {

namespace {

const QString productColumns = QStringLiteral(
    "p.id, p.gtin, p.description, p.manufacturer_id, p.species, p.food_type, p.size_class, "
    "p.weight_grams, p.price_cents, p.active");
const QString cardColumns = QStringLiteral(
    "c.id, c.program_id, c.title, c.description, c.available_from, c.available_to, c.buy, c.get, "
    "c.rule, c.time_limit_months, c.max_per_customer, c.max_per_program, c.cost_s, c.cost_m, "
    "c.cost_l, c.cost_xl");
const QString programColumns = QStringLiteral(
    "id, manufacturer_id, title, description, kind, fulfillment, available_from, available_to, "
    "terms, regions, active");
const QString offerColumns = QStringLiteral(
    "o.id, o.manufacturer_id, o.title, o.description, o.kind, o.buy, o.get, o.rebate_cents, "
    "o.limit_per_customer, o.cap_units, o.cap_cents, o.requires_email, o.fulfillment, "
    "o.available_from, o.available_to, o.regions, o.active");

QStringList listOf(const QVariant& v)
{
    return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QDate dateOf(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

template <typename T, typename Mapper> Result<std::vector<T>> mapRows(Result<Rows> rows, Mapper map)
{
    if (!rows)
        return rows.error();
    std::vector<T> out;
    out.reserve(rows->size());
    for (const Row& r : *rows)
        out.push_back(map(r));
    return out;
}

template <typename T> Result<std::optional<T>> first(Result<std::vector<T>> items)
{
    if (!items)
        return items.error();
    if (items->empty())
        return std::optional<T>();
    return std::optional<T>(std::move(items->front()));
}

Product productFrom(const Row& r)
{
    Product p;
    p.id = r[0].toLongLong();
    p.gtin = r[1].toString();
    p.description = r[2].toString();
    p.manufacturerId = r[3].toString();
    p.species = r[4].toString();
    p.foodType = r[5].toString();
    p.sizeClass = fromCode<SizeClass>(r[6].toString()).value_or(SizeClass::S);
    p.weightGrams = r[7].toInt();
    p.price = Money{r[8].toLongLong()};
    p.active = r[9].toBool();
    return p;
}

ProgramCard cardFrom(const Row& r)
{
    ProgramCard c;
    c.id = r[0].toString();
    c.programId = r[1].toString();
    c.title = r[2].toString();
    c.description = r[3].toString();
    c.availableFrom = dateOf(r[4]);
    c.availableTo = dateOf(r[5]);
    c.buy = r[6].toInt();
    c.get = r[7].toInt();
    c.rule = fromCode<RewardRule>(r[8].toString()).value_or(RewardRule::Any);
    c.timeLimitMonths = r[9].toInt();
    if (!r[10].isNull())
        c.maxPerCustomer = r[10].toInt();
    if (!r[11].isNull())
        c.maxPerProgram = r[11].toInt();
    for (int i = 0; i < 4; ++i)
        c.costBySize[std::size_t(i)] = Money{r[12 + i].toLongLong()};
    return c;
}

Program programFrom(const Row& r)
{
    Program p;
    p.id = r[0].toString();
    p.manufacturerId = r[1].toString();
    p.title = r[2].toString();
    p.description = r[3].toString();
    p.kind = fromCode<ProgramKind>(r[4].toString()).value_or(ProgramKind::FrequentBuyer);
    p.fulfillment = fromCode<Fulfillment>(r[5].toString()).value_or(Fulfillment::Distributor);
    p.availableFrom = dateOf(r[6]);
    p.availableTo = dateOf(r[7]);
    p.terms = r[8].toString();
    p.regions = listOf(r[9]);
    p.active = r[10].toBool();
    return p;
}

Offer offerFrom(const Row& r)
{
    Offer o;
    o.id = r[0].toString();
    o.manufacturerId = r[1].toString();
    o.title = r[2].toString();
    o.description = r[3].toString();
    o.kind = fromCode<OfferKind>(r[4].toString()).value_or(OfferKind::FreeGood);
    o.buy = r[5].toInt();
    o.get = r[6].toInt();
    o.rebate = Money{r[7].toLongLong()};
    o.limitPerCustomer = r[8].toInt();
    if (!r[9].isNull())
        o.capUnits = r[9].toInt();
    if (!r[10].isNull())
        o.capCents = r[10].toLongLong();
    o.requiresEmail = r[11].toBool();
    o.fulfillment = fromCode<Fulfillment>(r[12].toString()).value_or(Fulfillment::Distributor);
    o.availableFrom = dateOf(r[13]);
    o.availableTo = dateOf(r[14]);
    o.regions = listOf(r[15]);
    o.active = r[16].toBool();
    return o;
}

Location locationFrom(const Row& r)
{
    Location l;
    l.id = r[0].toString();
    l.name = r[1].toString();
    l.address = r[2].toString();
    l.city = r[3].toString();
    l.postalCode = r[4].toString();
    l.phone = r[5].toString();
    l.region = r[6].toString();
    l.country = r[7].toString();
    l.master = r[8].toBool();
    return l;
}

} // namespace

Result<std::vector<Product>> CatalogRepository::products(const QString& sql,
                                                         const QVariantList& binds)
{
    return mapRows<Product>(m_db.select(sql.arg(productColumns), binds), productFrom);
}

Result<std::vector<ProgramCard>> CatalogRepository::cards(const QString& sql,
                                                          const QVariantList& binds)
{
    return mapRows<ProgramCard>(m_db.select(sql.arg(cardColumns), binds), cardFrom);
}

Result<std::vector<Program>> CatalogRepository::programList(const QString& sql,
                                                            const QVariantList& binds)
{
    return mapRows<Program>(m_db.select(sql.arg(programColumns), binds), programFrom);
}

Result<std::vector<Offer>> CatalogRepository::offerList(const QString& sql,
                                                        const QVariantList& binds)
{
    return mapRows<Offer>(m_db.select(sql.arg(offerColumns), binds), offerFrom);
}

Result<std::vector<Location>> CatalogRepository::locationList(const QString& sql,
                                                              const QVariantList& binds)
{
    return mapRows<Location>(m_db.select(sql, binds), locationFrom);
}

CatalogRepository::~CatalogRepository() = default;

Result<std::optional<Product>> CatalogRepository::productByGtin(const QString& gtin14)
{
    return m_byGtin.recall(gtin14, [&] {
        return first(
            products(QStringLiteral("SELECT %1 FROM products p WHERE p.gtin = ?"), {gtin14}));
    });
}

Result<std::optional<Product>> CatalogRepository::product(qint64 id)
{
    return first(products(QStringLiteral("SELECT %1 FROM products p WHERE p.id = ?"), {id}));
}

Result<std::vector<Product>> CatalogRepository::searchProducts(const QString& searchText, int limit)
{
    const QStringList words =
        text::searchKey(searchText).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::vector<Product>();
    // The first word narrows with LIKE; the rest are checked here, so the SQL stays one
    // cached statement whatever the number of words.
    auto found =
        products(QStringLiteral("SELECT %1 FROM products p WHERE p.active = 1 AND "
                                "p.search_key LIKE ? ESCAPE '\\' ORDER BY p.description "
                                "LIMIT ?"),
                 {QStringLiteral("%%1%").arg(QString(words.first())
                                                 .replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                                                 .replace(QLatin1Char('%'), QLatin1String("\\%"))
                                                 .replace(QLatin1Char('_'), QLatin1String("\\_"))),
                  limit * 20});
    if (!found)
        return found;
    std::vector<Product> matching;
    for (Product& p : *found) {
        const QString key = text::searchKey(p.description);
        if (std::all_of(words.begin(), words.end(),
                        [&](const QString& w) { return key.contains(w); }))
            matching.push_back(std::move(p));
        if (int(matching.size()) == limit)
            break;
    }
    return matching;
}

Result<std::vector<ProgramCard>> CatalogRepository::cardsForProduct(qint64 productId)
{
    return m_cardsOfProduct.recall(productId, [&] {
        return cards(
            QStringLiteral("SELECT %1 FROM card_products cp JOIN program_cards c ON c.id = "
                           "cp.card_id WHERE cp.product_id = ? ORDER BY c.id"),
            {productId});
    });
}

Result<std::vector<ProgramCard>> CatalogRepository::cardsOfProgram(const QString& programId)
{
    return cards(QStringLiteral("SELECT %1 FROM program_cards c WHERE c.program_id = ? ORDER BY "
                                "c.title"),
                 {programId});
}

Result<std::vector<Product>> CatalogRepository::productsOfCard(const QString& cardId)
{
    return products(QStringLiteral("SELECT %1 FROM card_products cp JOIN products p ON p.id = "
                                   "cp.product_id WHERE cp.card_id = ? ORDER BY p.description"),
                    {cardId});
}

Result<std::optional<ProgramCard>> CatalogRepository::card(const QString& id)
{
    return m_cards.recall(id, [&] {
        return first(cards(QStringLiteral("SELECT %1 FROM program_cards c WHERE c.id = ?"), {id}));
    });
}

Result<std::optional<Program>> CatalogRepository::program(const QString& id)
{
    return m_programs.recall(id, [&] {
        return first(programList(QStringLiteral("SELECT %1 FROM programs WHERE id = ?"), {id}));
    });
}

Result<std::vector<Program>> CatalogRepository::programs()
{
    return programList(QStringLiteral("SELECT %1 FROM programs ORDER BY title"), {});
}

Result<std::vector<Offer>> CatalogRepository::offersForProduct(qint64 productId)
{
    return m_offersOfProduct.recall(productId, [&] {
        return offerList(QStringLiteral("SELECT %1 FROM offer_products op JOIN offers o ON o.id = "
                                        "op.offer_id WHERE op.product_id = ? ORDER BY o.id"),
                         {productId});
    });
}

Result<std::optional<Offer>> CatalogRepository::offer(const QString& id)
{
    return first(offerList(QStringLiteral("SELECT %1 FROM offers o WHERE o.id = ?"), {id}));
}

Result<std::vector<Offer>> CatalogRepository::offers()
{
    return offerList(QStringLiteral("SELECT %1 FROM offers o ORDER BY o.available_from, o.title"),
                     {});
}

Result<std::vector<Product>> CatalogRepository::productsOfOffer(const QString& offerId)
{
    return products(QStringLiteral("SELECT %1 FROM offer_products op JOIN products p ON p.id = "
                                   "op.product_id WHERE op.offer_id = ? ORDER BY p.description"),
                    {offerId});
}

Result<std::optional<Location>> CatalogRepository::location(const QString& id)
{
    return first(
        locationList(QStringLiteral("SELECT id, name, address, city, postal_code, phone, "
                                    "region, country, is_master FROM locations WHERE id = ?"),
                     {id}));
}

Result<std::vector<Location>> CatalogRepository::locations()
{
    return locationList(
        QStringLiteral("SELECT id, name, address, city, postal_code, phone, region, "
                       "country, is_master FROM locations ORDER BY is_master DESC, "
                       "name"),
        {});
}

Result<QString> CatalogRepository::manufacturerName(const QString& id)
{
    auto name =
        m_db.scalar(QStringLiteral("SELECT name FROM manufacturers WHERE id = ?"), {id}, id);
    if (!name)
        return name.error();
    return name->toString();
}

Result<std::vector<Distributor>> CatalogRepository::distributorList(const QString& sql,
                                                                    const QVariantList& binds)
{
    auto rows = m_db.select(sql, binds);
    if (!rows)
        return rows.error();
    std::vector<Distributor> out;
    for (const Row& r : *rows) {
        Distributor d;
        d.id = r[0].toString();
        d.name = r[1].toString();
        d.states = listOf(r[2]);
        d.provinces = listOf(r[3]);
        d.requiresAccountNumber = r[4].toBool();
        d.temporaryHolding = r[5].toBool();
        const std::pair<const char*, QStringList*> links[] = {
            {"SELECT location_id FROM distributor_locations WHERE distributor_id = ?",
             &d.restrictedLocations},
            {"SELECT manufacturer_id FROM distributor_manufacturers WHERE distributor_id = ?",
             &d.manufacturers},
            {"SELECT subject_id FROM distributor_programs WHERE distributor_id = ?", &d.programs}};
        for (const auto& [sql, target] : links) {
            auto values = m_db.select(QString::fromLatin1(sql), {d.id});
            if (!values)
                return values.error();
            for (const Row& v : *values)
                target->append(v[0].toString());
        }
        out.push_back(std::move(d));
    }
    return out;
}

Result<std::optional<Distributor>> CatalogRepository::distributor(const QString& id)
{
    return first(distributorList(QStringLiteral("SELECT id, name, states, provinces, "
                                                "requires_account, is_holding FROM distributors "
                                                "WHERE id = ?"),
                                 {id}));
}

Result<std::vector<Distributor>> CatalogRepository::distributors()
{
    return distributorList(QStringLiteral("SELECT id, name, states, provinces, requires_account, "
                                          "is_holding FROM distributors ORDER BY is_holding, name"),
                           {});
}

} // namespace astro
