#pragma once

#include "common/Result.h"
#include "domain/CatalogTypes.h"

#include <vector>

namespace astro {

class Database;

// Which products count toward a program, one of its cards, or an offer.
struct ProductScope
{
    enum class Kind
    {
        Program, // every card of the program
        Card,
        Offer
    };
    Kind kind = Kind::Program;
    QString id;
};

// The qualifying products of a program, card or offer, a page at a time, by description: a
// chain's program may list tens of thousands, so screens never read them all at once.
class QualifyingProducts
{
public:
    explicit QualifyingProducts(Database& db) : m_db(db) {}

    Result<qint64> count(const ProductScope& scope);
    Result<std::vector<Product>> page(const ProductScope& scope, int limit, int offset);

private:
    Database& m_db;
};

} // namespace astro
