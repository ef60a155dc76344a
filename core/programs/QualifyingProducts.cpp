#include "QualifyingProducts.h"

#include "storage/Database.h"

namespace astro {

namespace {

// The ids of the products in scope, as a subquery with one bound value.
QString idsOf(ProductScope::Kind kind)
{
    switch (kind) {
    case ProductScope::Kind::Card:
        return QStringLiteral("SELECT product_id FROM card_products WHERE card_id = ?");
    case ProductScope::Kind::Offer:
        return QStringLiteral("SELECT product_id FROM offer_products WHERE offer_id = ?");
    case ProductScope::Kind::Program:
        break;
    }
    return QStringLiteral("SELECT cp.product_id FROM card_products cp JOIN program_cards c ON "
                          "c.id = cp.card_id WHERE c.program_id = ?");
}

} // namespace

Result<qint64> QualifyingProducts::count(const ProductScope& scope)
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM products WHERE id IN (%1)").arg(idsOf(scope.kind)),
        {scope.id});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<std::vector<Product>> QualifyingProducts::page(const ProductScope& scope, int limit,
                                                      int offset)
{
    auto rows = m_db.select(
        QStringLiteral("SELECT id, gtin, description, manufacturer_id, species, food_type, "
                       "size_class, weight_grams, price_cents, active FROM products WHERE id IN "
                       "(%1) ORDER BY description, id LIMIT ? OFFSET ?")
            .arg(idsOf(scope.kind)),
        {scope.id, limit, offset});
    if (!rows)
        return rows.error();
    std::vector<Product> out;
    out.reserve(rows->size());
    for (const Row& r : *rows) {
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
        out.push_back(p);
    }
    return out;
}

} // namespace astro
