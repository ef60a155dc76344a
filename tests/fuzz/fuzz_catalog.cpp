// libFuzzer harness: the catalog document a store imports (docs/catalog-format.md;
// docs/fuzzing.md). The input is the document's bytes: CatalogDocument::parse reads and checks
// it, and a document it accepts is imported (CatalogImporter) into a store that already holds the
// demo catalog, inside a transaction rolled back after each input, so the store never grows.
#include "FuzzSupport.h"
#include "catalog/CatalogDocument.h"
#include "catalog/CatalogImporter.h"
#include "catalog/CatalogRepository.h"
#include "domain/Gtin.h"

#include <QFile>

#include <cstddef>
#include <cstdint>

using namespace astro;

namespace {

Store& store()
{
    static const std::unique_ptr<Store> store = [] {
        auto s = fuzz::openStore("catalog.sqlite");
        QFile demo(QStringLiteral(":/astro/demo/catalog.json"));
        if (!demo.open(QIODevice::ReadOnly))
            fuzz::require(makeError(ErrorCode::NotFound, QStringLiteral("no demo catalog")),
                          "the demo catalog");
        auto imported = CatalogImporter(*s).importJson(Actor::system(), demo.readAll());
        fuzz::require(imported ? Status() : Status(imported.error()), "importing the demo catalog");
        return s;
    }();
    return *store;
}

bool isGtin14(const QString& gtin)
{
    return gtin.size() == 14 && Gtin::parse(gtin).ok() && Gtin::parse(gtin)->gtin14() == gtin;
}

// What the importer and the engine rely on in a document parse() accepted: what
// docs/catalog-format.md promises of each field.
void checkAccepted(const CatalogDocument& doc)
{
    for (const Product& p : doc.products) {
        FUZZ_CHECK(isGtin14(p.gtin), "a product's upc is kept as its GTIN-14");
        FUZZ_CHECK(p.weightGrams >= 0, "weight_grams is at least 0");
        FUZZ_CHECK(p.price.cents >= 0, "price_cents is at least 0");
    }
    for (const CatalogProgram& cp : doc.programs) {
        FUZZ_CHECK(!cp.cards.empty(), "a program has a card");
        for (const CatalogCard& c : cp.cards) {
            FUZZ_CHECK(c.card.buy >= 1 && c.card.get >= 1, "a card's buy and get are at least 1");
            FUZZ_CHECK(c.card.timeLimitMonths >= 0, "time_limit_months is at least 0");
            FUZZ_CHECK(!c.card.maxPerCustomer || *c.card.maxPerCustomer >= 1,
                       "max_per_customer is at least 1");
            FUZZ_CHECK(!c.card.maxPerProgram || *c.card.maxPerProgram >= 1,
                       "max_per_program is at least 1");
            for (const Money& cost : c.card.costBySize)
                FUZZ_CHECK(cost.cents >= 0, "cost_cents are at least 0");
            for (const QString& gtin : c.upcs)
                FUZZ_CHECK(isGtin14(gtin), "a card's products are kept as GTIN-14");
        }
    }
    for (const CatalogOffer& co : doc.offers) {
        const Offer& o = co.offer;
        FUZZ_CHECK(o.buy >= 1 && o.get >= 1, "an offer's buy and get are at least 1");
        FUZZ_CHECK(o.limitPerCustomer >= 1, "limit_per_customer is at least 1");
        FUZZ_CHECK(!o.capUnits || *o.capUnits >= 1, "cap_units is at least 1");
        FUZZ_CHECK(!o.capCents || *o.capCents >= 1, "cap_cents is at least 1");
        for (const QString& gtin : co.upcs)
            FUZZ_CHECK(isGtin14(gtin), "an offer's products are kept as GTIN-14");
    }
}

} // namespace

ASTRO_FUZZ_INITIALIZE_WITH(store)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    const auto doc = CatalogDocument::parse(json);
    if (!doc) {
        FUZZ_CHECK(!doc.error().message.isEmpty(), "a refused catalog says why");
        return 0;
    }
    checkAccepted(*doc);

    Store& s = store();
    {
        // The import's own transaction is a savepoint in this one, which is never committed.
        Transaction scratch(s.db());
        fuzz::require(scratch.started(), "starting the scratch transaction");
        const auto imported = CatalogImporter(s).import(Actor::system(), *doc);
        FUZZ_CHECK(imported || imported.error().code != ErrorCode::Storage,
                   "a checked catalog imports, or is refused for what it says; the database "
                   "never fails on it");
        if (imported)
            FUZZ_CHECK(imported->products == int(doc->products.size()),
                       "the summary counts what was imported");
    }
    // What the importer read while the rolled-back transaction was open is gone too.
    s.catalog().memo().forget();
    return 0;
}
