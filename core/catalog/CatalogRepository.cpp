#include "CatalogRepository.h"

#include "common/Text.h"
#include "storage/Database.h"
#include "storage/SqliteStatements.h"

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

QStringList listOf(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QDate dateOf(const SqlRow& r, int column)
{
    return QDate::fromString(r.text(column), Qt::ISODate);
}

// Rows are mapped as they are read (SqlRow), without a QVariant per value: a scan of an item
// not seen before reads its product, cards and offers this way.
template <typename T, typename Mapper>
Result<std::vector<T>> mapRows(Database& db, const QString& sql, const QVariantList& binds,
                               Mapper map)
{
    std::vector<T> out;
    if (auto s = db.forEach(sql, binds, [&](const SqlRow& r) { out.push_back(map(r)); }); !s)
        return s.error();
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

// "SELECT <columns> ..." made once per statement, not at every call.
QString withColumns(const char* sql, const QString& columns)
{
    return QString::fromLatin1(sql).arg(columns);
}

Product productFrom(const SqlRow& r)
{
    Product p;
    p.id = r.integer(0);
    p.gtin = r.text(1);
    p.description = r.text(2);
    p.manufacturerId = r.text(3);
    p.species = r.text(4);
    p.foodType = r.text(5);
    p.sizeClass = fromCode<SizeClass>(r.text(6)).value_or(SizeClass::S);
    p.weightGrams = int(r.integer(7));
    p.price = Money{r.integer(8)};
    p.active = r.integer(9) != 0;
    return p;
}

ProgramCard cardFrom(const SqlRow& r)
{
    ProgramCard c;
    c.id = r.text(0);
    c.programId = r.text(1);
    c.title = r.text(2);
    c.description = r.text(3);
    c.availableFrom = dateOf(r, 4);
    c.availableTo = dateOf(r, 5);
    c.buy = int(r.integer(6));
    c.get = int(r.integer(7));
    c.rule = fromCode<RewardRule>(r.text(8)).value_or(RewardRule::Any);
    c.timeLimitMonths = int(r.integer(9));
    if (!r.isNull(10))
        c.maxPerCustomer = int(r.integer(10));
    if (!r.isNull(11))
        c.maxPerProgram = int(r.integer(11));
    for (int i = 0; i < 4; ++i)
        c.costBySize[std::size_t(i)] = Money{r.integer(12 + i)};
    return c;
}

Program programFrom(const SqlRow& r)
{
    Program p;
    p.id = r.text(0);
    p.manufacturerId = r.text(1);
    p.title = r.text(2);
    p.description = r.text(3);
    p.kind = fromCode<ProgramKind>(r.text(4)).value_or(ProgramKind::FrequentBuyer);
    p.fulfillment = fromCode<Fulfillment>(r.text(5)).value_or(Fulfillment::Distributor);
    p.availableFrom = dateOf(r, 6);
    p.availableTo = dateOf(r, 7);
    p.terms = r.text(8);
    p.regions = listOf(r.text(9));
    p.active = r.integer(10) != 0;
    return p;
}

Offer offerFrom(const SqlRow& r)
{
    Offer o;
    o.id = r.text(0);
    o.manufacturerId = r.text(1);
    o.title = r.text(2);
    o.description = r.text(3);
    o.kind = fromCode<OfferKind>(r.text(4)).value_or(OfferKind::FreeGood);
    o.buy = int(r.integer(5));
    o.get = int(r.integer(6));
    o.rebate = Money{r.integer(7)};
    o.limitPerCustomer = int(r.integer(8));
    if (!r.isNull(9))
        o.capUnits = int(r.integer(9));
    if (!r.isNull(10))
        o.capCents = r.integer(10);
    o.requiresEmail = r.integer(11) != 0;
    o.fulfillment = fromCode<Fulfillment>(r.text(12)).value_or(Fulfillment::Distributor);
    o.availableFrom = dateOf(r, 13);
    o.availableTo = dateOf(r, 14);
    o.regions = listOf(r.text(15));
    o.active = r.integer(16) != 0;
    return o;
}

Location locationFrom(const SqlRow& r)
{
    Location l;
    l.id = r.text(0);
    l.name = r.text(1);
    l.address = r.text(2);
    l.city = r.text(3);
    l.postalCode = r.text(4);
    l.phone = r.text(5);
    l.region = r.text(6);
    l.country = r.text(7);
    l.master = r.integer(8) != 0;
    return l;
}

} // namespace

Result<std::vector<Product>> CatalogRepository::products(const QString& sql,
                                                         const QVariantList& binds)
{
    return mapRows<Product>(m_db, sql, binds, productFrom);
}

Result<std::vector<ProgramCard>> CatalogRepository::cards(const QString& sql,
                                                          const QVariantList& binds)
{
    return mapRows<ProgramCard>(m_db, sql, binds, cardFrom);
}

Result<std::vector<Program>> CatalogRepository::programList(const QString& sql,
                                                            const QVariantList& binds)
{
    return mapRows<Program>(m_db, sql, binds, programFrom);
}

Result<std::vector<Offer>> CatalogRepository::offerList(const QString& sql,
                                                        const QVariantList& binds)
{
    return mapRows<Offer>(m_db, sql, binds, offerFrom);
}

Result<std::vector<Location>> CatalogRepository::locationList(const QString& sql,
                                                              const QVariantList& binds)
{
    return mapRows<Location>(m_db, sql, binds, locationFrom);
}

CatalogRepository::~CatalogRepository() = default;

template <typename T, typename Recall>
Result<std::vector<T>> CatalogRepository::recalledEach(const QString& idsSql, qint64 key,
                                                       Recall recall)
{
    QStringList ids;
    if (auto s = m_db.forEach(idsSql, {key}, [&](const SqlRow& r) { ids.append(r.text(0)); }); !s)
        return s.error();
    std::vector<T> out;
    out.reserve(std::size_t(ids.size()));
    for (const QString& id : std::as_const(ids)) {
        Result<std::optional<T>> one = recall(id);
        if (!one)
            return one.error();
        if (one->has_value())
            out.push_back(std::move(**one));
    }
    return out;
}

Result<std::optional<Product>> CatalogRepository::productByGtin(const QString& gtin14)
{
    return m_byGtin.recall(gtin14, [&] {
        static const QString sql =
            withColumns("SELECT %1 FROM products p WHERE p.gtin = ?", productColumns);
        return first(products(sql, {gtin14}));
    });
}

Result<std::optional<Product>> CatalogRepository::product(qint64 id)
{
    static const QString sql =
        withColumns("SELECT %1 FROM products p WHERE p.id = ?", productColumns);
    return first(products(sql, {id}));
}

Result<std::vector<Product>> CatalogRepository::searchProducts(const QString& searchText, int limit)
{
    const QStringList words =
        text::searchKey(searchText).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::vector<Product>();
    // The first word narrows with LIKE; the rest are checked here, so the SQL stays one
    // cached statement whatever the number of words.
    static const QString sql = withColumns("SELECT %1 FROM products p WHERE p.active = 1 AND "
                                           "p.search_key LIKE ? ESCAPE '\\' ORDER BY "
                                           "p.description LIMIT ?",
                                           productColumns);
    auto found = products(
        sql, {QStringLiteral("%%1%").arg(QString(words.first())
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
    // Its card ids, then each card as remembered: a product seen for the first time costs one
    // short read, not a copy of every card's columns.
    return m_cardsOfProduct.recall(productId, [&]() -> Result<std::vector<ProgramCard>> {
        return recalledEach<ProgramCard>(
            QStringLiteral("SELECT card_id FROM card_products WHERE product_id = ? ORDER BY "
                           "card_id"),
            productId, [this](const QString& id) { return card(id); });
    });
}

Result<std::vector<ProgramCard>> CatalogRepository::cardsOfProgram(const QString& programId)
{
    static const QString sql = withColumns(
        "SELECT %1 FROM program_cards c WHERE c.program_id = ? ORDER BY c.title", cardColumns);
    return cards(sql, {programId});
}

Result<std::vector<Product>> CatalogRepository::productsOfCard(const QString& cardId)
{
    static const QString sql =
        withColumns("SELECT %1 FROM card_products cp JOIN products p ON p.id = cp.product_id "
                    "WHERE cp.card_id = ? ORDER BY p.description",
                    productColumns);
    return products(sql, {cardId});
}

Result<std::optional<ProgramCard>> CatalogRepository::card(const QString& id)
{
    return m_cards.recall(id, [&] {
        static const QString sql =
            withColumns("SELECT %1 FROM program_cards c WHERE c.id = ?", cardColumns);
        return first(cards(sql, {id}));
    });
}

Result<std::optional<Program>> CatalogRepository::program(const QString& id)
{
    return m_programs.recall(id, [&] {
        static const QString sql =
            withColumns("SELECT %1 FROM programs WHERE id = ?", programColumns);
        return first(programList(sql, {id}));
    });
}

Result<std::vector<Program>> CatalogRepository::programs()
{
    static const QString sql =
        withColumns("SELECT %1 FROM programs ORDER BY title", programColumns);
    return programList(sql, {});
}

Result<std::vector<Offer>> CatalogRepository::offersForProduct(qint64 productId)
{
    return m_offersOfProduct.recall(productId, [&]() -> Result<std::vector<Offer>> {
        return recalledEach<Offer>(
            QStringLiteral("SELECT offer_id FROM offer_products WHERE product_id = ? ORDER BY "
                           "offer_id"),
            productId, [this](const QString& id) { return offer(id); });
    });
}

Result<std::optional<Offer>> CatalogRepository::offer(const QString& id)
{
    return m_offers.recall(id, [&] {
        static const QString sql =
            withColumns("SELECT %1 FROM offers o WHERE o.id = ?", offerColumns);
        return first(offerList(sql, {id}));
    });
}

Result<std::vector<Offer>> CatalogRepository::offers()
{
    static const QString sql =
        withColumns("SELECT %1 FROM offers o ORDER BY o.available_from, o.title", offerColumns);
    return offerList(sql, {});
}

Result<std::vector<Product>> CatalogRepository::productsOfOffer(const QString& offerId)
{
    static const QString sql =
        withColumns("SELECT %1 FROM offer_products op JOIN products p ON p.id = op.product_id "
                    "WHERE op.offer_id = ? ORDER BY p.description",
                    productColumns);
    return products(sql, {offerId});
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
        d.states = listOf(r[2].toString());
        d.provinces = listOf(r[3].toString());
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
