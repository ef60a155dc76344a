#pragma once

#include "common/Result.h"
#include "domain/CatalogTypes.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace astro {

struct CatalogCard
{
    ProgramCard card;
    QStringList upcs; // as written in the document, validated
};

struct CatalogProgram
{
    Program program;
    std::vector<CatalogCard> cards;
};

struct CatalogOffer
{
    Offer offer;
    QStringList upcs;
};

// A catalog document (docs/catalog-format.md), read and checked entry by entry. References to
// other entries are resolved by the importer, against the document and the database.
struct CatalogDocument
{
    Q_DECLARE_TR_FUNCTIONS(CatalogDocument)

public:
    QString cursor;
    QString retailerId;
    QString retailerName;
    std::vector<Location> locations;
    std::vector<Manufacturer> manufacturers;
    std::vector<Product> products;
    std::vector<CatalogProgram> programs;
    std::vector<CatalogOffer> offers;
    std::vector<Distributor> distributors;

    // A document that is not JSON, of another format or version, or with any wrong entry is an
    // error naming the entry ("products[12] (upc 0123…): …").
    static Result<CatalogDocument> parse(const QByteArray& json);
};

} // namespace astro
