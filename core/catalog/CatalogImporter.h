#pragma once

#include "catalog/CatalogDocument.h"
#include "common/Result.h"
#include "domain/Actor.h"

#include <QCoreApplication>

namespace astro {

class Store;

struct ImportSummary
{
    int locations = 0;
    int manufacturers = 0;
    int products = 0;
    int programs = 0;
    int cards = 0;
    int offers = 0;
    int distributors = 0;
};

// Writes a catalog document into the database in one transaction: all of it, or nothing.
class CatalogImporter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImporter)

public:
    explicit CatalogImporter(Store& store) : m_store(store) {}

    Result<ImportSummary> importJson(const Actor& actor, const QByteArray& json);
    Result<ImportSummary> importFile(const Actor& actor, const QString& path);
    Result<ImportSummary> import(const Actor& actor, const CatalogDocument& doc);

private:
    Status write(const CatalogDocument& doc);

    Store& m_store;
};

} // namespace astro
