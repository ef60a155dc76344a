#include "TestStore.h"

#include "catalog/CatalogImporter.h"
#include "catalog/CatalogRepository.h"
#include "domain/Gtin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace astro;
using namespace astro::test;

namespace {

const char* const catalogTables[] = {"locations",
                                     "manufacturers",
                                     "products",
                                     "programs",
                                     "program_cards",
                                     "card_products",
                                     "offers",
                                     "offer_products",
                                     "distributors",
                                     "distributor_locations",
                                     "distributor_manufacturers",
                                     "distributor_programs"};

int rowCount(Store& store, const char* table)
{
    auto n = store.db().scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return n ? n->toInt() : -1;
}

QMap<QString, int> counts(Store& store)
{
    QMap<QString, int> out;
    for (const char* table : catalogTables)
        out.insert(QLatin1String(table), rowCount(store, table));
    out.insert(QStringLiteral("events"), rowCount(store, "events"));
    out.insert(QStringLiteral("settings"), rowCount(store, "settings"));
    return out;
}

// Every row of every table, as text, sorted: the whole database's content.
QStringList contents(Store& store)
{
    QStringList out;
    auto tables = store.db().select(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    if (!tables)
        return {tables.error().message};
    for (const Row& t : *tables) {
        auto rows = store.db().select(QStringLiteral("SELECT * FROM \"%1\"").arg(t[0].toString()));
        if (!rows)
            return {rows.error().message};
        QStringList lines;
        for (const Row& r : *rows) {
            QStringList cells;
            for (const QVariant& v : r)
                cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
            lines << t[0].toString() + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        }
        lines.sort();
        out << lines;
    }
    return out;
}

QString gtin14(const char* name)
{
    return Gtin::parse(upc(name))->gtin14();
}

QJsonObject smallCatalogObject()
{
    return QJsonDocument::fromJson(smallCatalog()).object();
}

QByteArray toJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Replaces root[section][index][key] with value.
void setField(QJsonObject& root, const char* section, int index, const char* key,
              const QJsonValue& value)
{
    QJsonArray list = root.value(QLatin1String(section)).toArray();
    QJsonObject entry = list[index].toObject();
    entry.insert(QLatin1String(key), value);
    list[index] = entry;
    root.insert(QLatin1String(section), list);
}

// A valid UPC-A (right check digit) that is not a product of the small catalog.
QString strangerUpc()
{
    const QString body = QStringLiteral("09999912345");
    return body + QString::number(Gtin::checkDigit(body));
}

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTheSmallCatalog()
    {
        TestStore t;
        auto summary = CatalogImporter(t.store()).importJson(Actor::system(), smallCatalog());
        ASTRO_VERIFY_OK(summary);
        QCOMPARE(summary->locations, 2);
        QCOMPARE(summary->manufacturers, 2);
        QCOMPARE(summary->products, 26);
        QCOMPARE(summary->programs, 5);
        QCOMPARE(summary->cards, 10);
        QCOMPARE(summary->offers, 2);
        QCOMPARE(summary->distributors, 5);

        QCOMPARE(rowCount(t.store(), "locations"), 2);
        QCOMPARE(rowCount(t.store(), "manufacturers"), 2);
        QCOMPARE(rowCount(t.store(), "products"), 26);
        QCOMPARE(rowCount(t.store(), "programs"), 5);
        QCOMPARE(rowCount(t.store(), "program_cards"), 10);
        // 4 (ANY) + 4 (LEAST) + 4 (SIZE) + 1 + 1 + 1 + 4 (PRIOR) + 3 (FREQ) + 1 + 1
        QCOMPARE(rowCount(t.store(), "card_products"), 24);
        QCOMPARE(rowCount(t.store(), "offers"), 2);
        QCOMPARE(rowCount(t.store(), "offer_products"), 2);
        // The five of the catalog and the built-in Temporary Holding.
        QCOMPARE(rowCount(t.store(), "distributors"), 6);

        auto product = t->catalog().productByGtin(gtin14("LV-2"));
        ASTRO_VERIFY_OK(product);
        QVERIFY(product->has_value());
        QCOMPARE((*product)->price.cents, qint64(2000));
        QCOMPARE((*product)->sizeClass, SizeClass::L);
        QCOMPARE((*product)->manufacturerId, QStringLiteral("M1"));
        QCOMPARE((*product)->description, QStringLiteral("Test item LV-2"));

        auto sharedProduct = t->catalog().productByGtin(gtin14("SHARED-1"));
        ASTRO_VERIFY_OK(sharedProduct);
        QVERIFY(sharedProduct->has_value());
        auto shared = t->catalog().cardsForProduct((*sharedProduct)->id);
        ASTRO_VERIFY_OK(shared);
        QStringList sharedCards;
        for (const ProgramCard& c : *shared)
            sharedCards << c.id;
        sharedCards.sort();
        QCOMPARE(sharedCards,
                 (QStringList{QStringLiteral("CRD-ANY"), QStringLiteral("CRD-PRIOR")}));

        auto time = t->catalog().card(QStringLiteral("CRD-TIME"));
        ASTRO_VERIFY_OK(time);
        QVERIFY(time->has_value());
        QCOMPARE((*time)->timeLimitMonths, 6);
        QCOMPARE((*time)->maxPerCustomer, std::optional<int>(1));
        QCOMPARE((*time)->costFor(SizeClass::XL).cents, qint64(6000));
        auto ended = t->catalog().card(QStringLiteral("CRD-ENDED"));
        ASTRO_VERIFY_OK(ended);
        QCOMPARE((*ended)->availableTo, QDate(2026, 6, 30));

        auto restricted = t->catalog().distributor(QStringLiteral("DST-RESTRICT"));
        ASTRO_VERIFY_OK(restricted);
        QVERIFY(restricted->has_value());
        QCOMPARE((*restricted)->restrictedLocations, QStringList{QStringLiteral("LOC-B")});
        auto noAccount = t->catalog().distributor(QStringLiteral("DST-NOACCOUNT"));
        ASTRO_VERIFY_OK(noAccount);
        QVERIFY(!(*noAccount)->requiresAccountNumber);

        // The import is recorded.
        auto events = t->events().recent(5, QStringLiteral("catalog."));
        ASTRO_VERIFY_OK(events);
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(events->front().type, QStringLiteral("catalog.imported"));
        QCOMPARE(events->front().payload.value(QStringLiteral("products")).toInt(), 26);
    }

    void reimportIsIdempotent()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        QMap<QString, int> first = counts(t.store());
        auto before = t->catalog().productByGtin(gtin14("ANY-1"));
        ASTRO_VERIFY_OK(before);
        const qint64 idBefore = (*before)->id;

        t.importCatalog(smallCatalog());
        QMap<QString, int> second = counts(t.store());
        // Only the event log grows: one more "catalog.imported".
        QCOMPARE(second.value(QStringLiteral("events")), first.value(QStringLiteral("events")) + 1);
        first.remove(QStringLiteral("events"));
        second.remove(QStringLiteral("events"));
        QCOMPARE(second, first);

        // Upsert keeps the product's row (punches point at it).
        auto after = t->catalog().productByGtin(gtin14("ANY-1"));
        ASTRO_VERIFY_OK(after);
        QCOMPARE((*after)->id, idBefore);
        auto cardProducts = t->catalog().productsOfCard(QStringLiteral("CRD-ANY"));
        ASTRO_VERIFY_OK(cardProducts);
        QCOMPARE(cardProducts->size(), std::size_t(4));
    }

    void deltaDocumentChangesOnePrice()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        const QMap<QString, int> before = counts(t.store());

        // A delta: only the changed product.
        const QJsonObject full = smallCatalogObject();
        QJsonObject changed = full.value(QStringLiteral("products")).toArray()[0].toObject();
        QCOMPARE(changed.value(QStringLiteral("upc")).toString(), upc("ANY-1"));
        changed.insert(QStringLiteral("price_cents"), 5599);
        const QJsonObject delta{{QStringLiteral("format"), QStringLiteral("astro-catalog")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("cursor"), QStringLiteral("delta-2")},
                                {QStringLiteral("products"), QJsonArray{changed}}};
        auto summary = CatalogImporter(t.store()).importJson(Actor::system(), toJson(delta));
        ASTRO_VERIFY_OK(summary);
        QCOMPARE(summary->products, 1);
        QCOMPARE(summary->programs, 0);

        auto any1 = t->catalog().productByGtin(gtin14("ANY-1"));
        ASTRO_VERIFY_OK(any1);
        QCOMPARE((*any1)->price.cents, qint64(5599));
        auto any2 = t->catalog().productByGtin(gtin14("ANY-2"));
        ASTRO_VERIFY_OK(any2);
        QCOMPARE((*any2)->price.cents, qint64(4000));

        QMap<QString, int> after = counts(t.store());
        QCOMPARE(after.value(QStringLiteral("events")), before.value(QStringLiteral("events")) + 1);
        for (const char* table : catalogTables)
            QCOMPARE(after.value(QLatin1String(table)), before.value(QLatin1String(table)));
        // Card membership is untouched by a product-only delta.
        auto cards = t->catalog().cardsForProduct((*any1)->id);
        ASTRO_VERIFY_OK(cards);
        QCOMPARE(cards->size(), std::size_t(1));
        QCOMPARE(cards->front().id, QStringLiteral("CRD-ANY"));
        auto cursor = t->setting(QStringLiteral("catalog_cursor"));
        ASTRO_VERIFY_OK(cursor);
        QCOMPARE(*cursor, QStringLiteral("delta-2"));
    }

    void badDocumentChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions"); // what the error message must name

        // Every bad document also changes ANY-1's price and adds a location before the bad
        // entry, so a partial write would show.
        const auto bad = [](const std::function<void(QJsonObject&)>& edit) {
            QJsonObject root = smallCatalogObject();
            setField(root, "products", 0, "price_cents", 1);
            QJsonArray locations = root.value(QStringLiteral("locations")).toArray();
            locations.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("LOC-C")},
                                         {QStringLiteral("name"), QStringLiteral("Ottawa")},
                                         {QStringLiteral("region"), QStringLiteral("ON")},
                                         {QStringLiteral("country"), QStringLiteral("CA")}});
            root.insert(QStringLiteral("locations"), locations);
            edit(root);
            return toJson(root);
        };

        {
            QString wrong = upc("LV-1"); // products[3]
            wrong[11] = QLatin1Char(char('0' + (wrong[11].digitValue() + 1) % 10));
            QTest::newRow("wrong check digit")
                << bad([&](QJsonObject& r) { setField(r, "products", 3, "upc", wrong); })
                << QStringList{QStringLiteral("products[3]"), QStringLiteral("check digit")};
        }
        QTest::newRow("unknown manufacturer") << bad([](QJsonObject& r) {
            setField(r, "products", 5, "manufacturer", QStringLiteral("M-NOBODY"));
        }) << QStringList{QStringLiteral("products[5]"), QStringLiteral("M-NOBODY")};
        QTest::newRow("program of an unknown manufacturer")
            << bad([](QJsonObject& r) {
                   setField(r, "programs", 2, "manufacturer", QStringLiteral("M-NOBODY"));
               })
            << QStringList{QStringLiteral("programs[2]"), QStringLiteral("PRG-DIRECT"),
                           QStringLiteral("M-NOBODY")};
        QTest::newRow("card lists an unknown UPC")
            << bad([](QJsonObject& r) {
                   QJsonArray programs = r.value(QStringLiteral("programs")).toArray();
                   QJsonObject program = programs[0].toObject();
                   QJsonArray cards = program.value(QStringLiteral("cards")).toArray();
                   QJsonObject card = cards[1].toObject();
                   QJsonArray products = card.value(QStringLiteral("products")).toArray();
                   products.append(strangerUpc());
                   card.insert(QStringLiteral("products"), products);
                   cards[1] = card;
                   program.insert(QStringLiteral("cards"), cards);
                   programs[0] = program;
                   r.insert(QStringLiteral("programs"), programs);
               })
            << QStringList{QStringLiteral("programs[0]"), QStringLiteral("cards[1]"),
                           QStringLiteral("CRD-LEAST"), strangerUpc()};
        QTest::newRow("offer lists an unknown UPC") << bad([](QJsonObject& r) {
            setField(r, "offers", 1, "products", QJsonArray{strangerUpc()});
        }) << QStringList{QStringLiteral("offers[1]"), QStringLiteral("OFR-REBATE"), strangerUpc()};
        QTest::newRow("card moves to another program") << bad([](QJsonObject& r) {
            QJsonArray programs = r.value(QStringLiteral("programs")).toArray();
            const QJsonObject any =
                programs[0].toObject().value(QStringLiteral("cards")).toArray()[0].toObject();
            QJsonObject ne = programs[4].toObject();
            QJsonArray cards = ne.value(QStringLiteral("cards")).toArray();
            cards.append(any);
            ne.insert(QStringLiteral("cards"), cards);
            programs[4] = ne;
            r.insert(QStringLiteral("programs"), programs);
        })
                                                       << QStringList{QStringLiteral("programs[4]"),
                                                                      QStringLiteral("cards[1]"),
                                                                      QStringLiteral("CRD-ANY"),
                                                                      QStringLiteral("PRG-DIST")};
        QTest::newRow("tracking program not retailer fulfilled") << bad([](QJsonObject& r) {
            setField(r, "programs", 2, "kind", QStringLiteral("tracking"));
        }) << QStringList{QStringLiteral("programs[2]"), QStringLiteral("retailer")};
        QTest::newRow("unknown reward rule")
            << bad([](QJsonObject& r) {
                   QJsonArray programs = r.value(QStringLiteral("programs")).toArray();
                   QJsonObject program = programs[1].toObject();
                   QJsonArray cards = program.value(QStringLiteral("cards")).toArray();
                   QJsonObject card = cards[0].toObject();
                   card.insert(QStringLiteral("rule"), QStringLiteral("cheapest"));
                   cards[0] = card;
                   program.insert(QStringLiteral("cards"), cards);
                   programs[1] = program;
                   r.insert(QStringLiteral("programs"), programs);
               })
            << QStringList{QStringLiteral("programs[1]"), QStringLiteral("cards[0]"),
                           QStringLiteral("cheapest")};
        QTest::newRow("redefines Temporary Holding") << bad([](QJsonObject& r) {
            setField(r, "distributors", 4, "id", QStringLiteral("TEMP-HOLDING"));
        }) << QStringList{QStringLiteral("distributors[4]")};
        QTest::newRow("missing price") << bad([](QJsonObject& r) {
            QJsonArray products = r.value(QStringLiteral("products")).toArray();
            QJsonObject p = products[7].toObject();
            p.remove(QStringLiteral("price_cents"));
            products[7] = p;
            r.insert(QStringLiteral("products"), products);
        }) << QStringList{QStringLiteral("products[7]"), QStringLiteral("price_cents")};
        // Found by fuzzing (tests/fuzz/corpus/catalog/weight-grams-7091e99): a number past
        // every whole number was cast to one (undefined behaviour, UBSan's report).
        QTest::newRow("weight past any whole number")
            << bad([](QJsonObject& r) { setField(r, "products", 7, "weight_grams", 7.091e102); })
            << QStringList{QStringLiteral("products[7]"), QStringLiteral("weight_grams")};
        // Found by fuzzing (tests/fuzz/corpus/catalog/buy-past-int): a count past an int was cut
        // to its low bits, so "buy": 4294967296 made a card complete at 0 units.
        QTest::newRow("card's buy past an int")
            << bad([](QJsonObject& r) {
                   QJsonArray programs = r.value(QStringLiteral("programs")).toArray();
                   QJsonObject program = programs[1].toObject();
                   QJsonArray cards = program.value(QStringLiteral("cards")).toArray();
                   QJsonObject card = cards[0].toObject();
                   card.insert(QStringLiteral("buy"), qint64(4294967296));
                   cards[0] = card;
                   program.insert(QStringLiteral("cards"), cards);
                   programs[1] = program;
                   r.insert(QStringLiteral("programs"), programs);
               })
            << QStringList{QStringLiteral("programs[1]"), QStringLiteral("cards[0]"),
                           QStringLiteral("buy")};
        QTest::newRow("offer's limit past an int") << bad([](QJsonObject& r) {
            setField(r, "offers", 0, "limit_per_customer", qint64(4294967297));
        }) << QStringList{QStringLiteral("offers[0]"), QStringLiteral("limit_per_customer")};
        QTest::newRow("not JSON") << QByteArray("{\"format\": \"astro-catalog\", \"version\": 1,")
                                  << QStringList{QStringLiteral("JSON")};
        QTest::newRow("JSON but not an object")
            << QByteArray("[1, 2, 3]") << QStringList{QStringLiteral("object")};
        QTest::newRow("wrong format") << bad([](QJsonObject& r) {
            r.insert(QStringLiteral("format"), QStringLiteral("other-catalog"));
        }) << QStringList{QStringLiteral("astro-catalog")};
        QTest::newRow("wrong version")
            << bad([](QJsonObject& r) { r.insert(QStringLiteral("version"), 2); })
            << QStringList{QStringLiteral("version 2"), QStringLiteral("Update")};
        // "1" in quotes once read "This catalog is version 1; this Astro Counter reads version 1."
        QTest::newRow("version as text")
            << bad([](QJsonObject& r) { r.insert(QStringLiteral("version"), QStringLiteral("1")); })
            << QStringList{QStringLiteral("number 1"), QStringLiteral("\"1\"")};
        QTest::newRow("no version")
            << bad([](QJsonObject& r) { r.remove(QStringLiteral("version")); })
            << QStringList{QStringLiteral("missing")};
        // A wrong check digit in a file: no advice to scan it again.
        QTest::newRow("product UPC with a wrong check digit") << bad([](QJsonObject& r) {
            setField(r, "products", 7, "upc", QStringLiteral("084721102039"));
        }) << QStringList{QStringLiteral("products[7]"), QStringLiteral("check digit")};
    }

    void badDocumentChangesNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        TestStore t;
        t.importCatalog(smallCatalog());
        const QMap<QString, int> countsBefore = counts(t.store());
        const QStringList before = contents(t.store());

        auto result = CatalogImporter(t.store()).importJson(Actor::system(), json);
        QVERIFY(!result.ok());
        QVERIFY(result.error().code == ErrorCode::Invalid ||
                result.error().code == ErrorCode::Unsupported);
        for (const QString& m : mentions)
            QVERIFY2(result.error().message.contains(m),
                     qPrintable(QStringLiteral("“%1” not in: %2").arg(m, result.error().message)));
        // A file is corrected, not scanned again.
        QVERIFY2(!result.error().message.contains(QStringLiteral("Scan")),
                 qPrintable(result.error().message));

        QCOMPARE(counts(t.store()), countsBefore);
        QCOMPARE(contents(t.store()), before);
        auto any1 = t->catalog().productByGtin(gtin14("ANY-1"));
        ASTRO_VERIFY_OK(any1);
        QCOMPARE((*any1)->price.cents, qint64(5000));
        auto ottawa = t->catalog().location(QStringLiteral("LOC-C"));
        ASTRO_VERIFY_OK(ottawa);
        QVERIFY(!ottawa->has_value());
    }

    void badDocumentIntoAnEmptyStore()
    {
        TestStore t;
        QJsonObject root = smallCatalogObject();
        setField(root, "products", 20, "manufacturer", QStringLiteral("M-NOBODY"));
        auto result = CatalogImporter(t.store()).importJson(Actor::system(), toJson(root));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("products[20]")),
                 qPrintable(result.error().message));
        for (const char* table : catalogTables) {
            const int expected = qstrcmp(table, "distributors") == 0 ? 1 : 0; // Temporary Holding
            QCOMPARE(rowCount(t.store(), table), expected);
        }
        QCOMPARE(rowCount(t.store(), "events"), 0);
    }

    void wrongVersionIsUnsupported()
    {
        TestStore t;
        QJsonObject root = smallCatalogObject();
        root.insert(QStringLiteral("version"), 2);
        auto result = CatalogImporter(t.store()).importJson(Actor::system(), toJson(root));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Unsupported);
    }

    void onlyAdminsAndManagersImport()
    {
        TestStore t;
        auto refused = CatalogImporter(t.store()).importJson(t.cashier(), smallCatalog());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QCOMPARE(rowCount(t.store(), "products"), 0);
        ASTRO_VERIFY_OK(CatalogImporter(t.store()).importJson(t.manager(), smallCatalog()));
        QCOMPARE(rowCount(t.store(), "products"), 26);
    }

    void demoCatalogImports()
    {
        QFile file(QStringLiteral(":/astro/demo/catalog.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray json = file.readAll();
        QVERIFY(!json.isEmpty());

        TestStore t;
        auto summary = CatalogImporter(t.store()).importJson(Actor::system(), json);
        ASTRO_VERIFY_OK(summary);
        QVERIFY(summary->products > 0);
        QVERIFY(summary->programs > 0);
        QVERIFY(summary->cards >= summary->programs);
        QVERIFY(summary->distributors > 0);
        QVERIFY(summary->locations >= 2);
        // Every entry landed once.
        QCOMPARE(rowCount(t.store(), "products"), summary->products);
        QCOMPARE(rowCount(t.store(), "programs"), summary->programs);
        QCOMPARE(rowCount(t.store(), "program_cards"), summary->cards);
        QCOMPARE(rowCount(t.store(), "offers"), summary->offers);
        QCOMPARE(rowCount(t.store(), "distributors"), summary->distributors + 1);
        auto card = t->catalog().card(QStringLiteral("CRD-NW-DOG-KIB-LG"));
        ASTRO_VERIFY_OK(card);
        QVERIFY(card->has_value());
        auto products = t->catalog().productsOfCard(QStringLiteral("CRD-NW-DOG-KIB-LG"));
        ASTRO_VERIFY_OK(products);
        QVERIFY(!products->empty());

        // And it imports again without change.
        const QMap<QString, int> before = counts(t.store());
        ASTRO_VERIFY_OK(CatalogImporter(t.store()).importJson(Actor::system(), json));
        QMap<QString, int> after = counts(t.store());
        after.remove(QStringLiteral("events"));
        QMap<QString, int> expected = before;
        expected.remove(QStringLiteral("events"));
        QCOMPARE(after, expected);
    }
};

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
