// A program's qualifying products: paged for the programs screen, and exported card by card.
#include "TestStore.h"

#include "domain/Gtin.h"
#include "programs/ProgramProductsExport.h"
#include "programs/QualifyingProducts.h"
#include "storage/Database.h"

#include <QSet>
#include <QTest>

using namespace astro;
using namespace astro::test;

class TestProgramProducts : public QObject
{
    Q_OBJECT

private slots:
    void pagesThroughAProgramACardAndAnOffer()
    {
        TestStore ts;
        ready(ts);
        QualifyingProducts products(ts->db());
        const ProductScope program{ProductScope::Kind::Program, QStringLiteral("PRG-DIST")};
        // CRD-ANY 4, CRD-LEAST 4, CRD-SIZE 4, CRD-TIME 1, CRD-CAP 1, CRD-ENDED 1.
        QCOMPARE(*products.count(program), 15);
        TAKE(first, products.page(program, 10, 0));
        QCOMPARE(int(first.size()), 10);
        TAKE(rest, products.page(program, 10, 10));
        QCOMPARE(int(rest.size()), 5);
        QStringList seen;
        for (const Product& p : first)
            seen << p.description;
        for (const Product& p : rest)
            seen << p.description;
        QStringList sorted = seen;
        sorted.sort();
        QCOMPARE(seen, sorted); // by description, no product twice
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 15);

        const ProductScope card{ProductScope::Kind::Card, QStringLiteral("CRD-LEAST")};
        QCOMPARE(*products.count(card), 4);
        TAKE(least, products.page(card, 100, 0));
        QCOMPARE(least.front().description, QStringLiteral("Test item LV-1"));
        QCOMPARE(least.front().gtin, Gtin::parse(upc("LV-1"))->gtin14());
        QCOMPARE(least.front().price.cents, 3000);

        const ProductScope offer{ProductScope::Kind::Offer, QStringLiteral("OFR-BOGO")};
        QCOMPARE(*products.count(offer), 1);
        QCOMPARE(*products.count({ProductScope::Kind::Program, QStringLiteral("NOPE")}), 0);
    }

    void exportsEveryCardsProducts()
    {
        TestStore ts;
        ready(ts);
        QList<qint64> seen;
        TAKE(csv, ProgramProductsExport::csv(ts.store(), QStringLiteral("PRG-RET"),
                                             [&](qint64 done, qint64 total) {
                                                 seen << done << total;
                                                 return true;
                                             }));
        const QStringList lines = QString::fromUtf8(csv)
                                      .remove(QChar(0xFEFF))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // the header and CRD-PRIOR's four products
        QVERIFY(lines[0].startsWith(QStringLiteral("Program,Card,UPC,GTIN-14,Description")));
        QVERIFY2(lines.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Program PRG-RET,Prior card,%1,00%1,Test item PP-1")
                                   .arg(upc("PP-1"))),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(seen.last(), 4); // total
        QCOMPARE(seen.at(seen.size() - 2), 4);

        TAKE(offer, ProgramProductsExport::csv(ts.store(), QStringLiteral("OFR-REBATE")));
        QVERIFY(QString::fromUtf8(offer).contains(QStringLiteral("Test item REB-1")));
        QVERIFY(offer.startsWith("\xEF\xBB\xBFOffer,"));
    }

    void aLongListIsReadInPagesAndCanBeCancelled()
    {
        TestStore ts;
        ready(ts);
        // 2,500 more products on CRD-ANY: more than two pages of the export.
        {
            Transaction transaction(ts->db());
            for (int i = 0; i < 2500; ++i) {
                const QString body = QStringLiteral("0%1").arg(80000 + i, 10, 10, QLatin1Char('0'));
                const QString gtin =
                    QStringLiteral("00") + body + QString::number(Gtin::checkDigit(body));
                TAKE(id, ts->db().insert(
                             QStringLiteral("INSERT INTO products (gtin, description, "
                                            "manufacturer_id, species, food_type, size_class, "
                                            "price_cents, search_key) VALUES (?,?,?,?,?,?,?,?)"),
                             {gtin, QStringLiteral("Bulk item %1").arg(i), QStringLiteral("M1"),
                              QStringLiteral("dog"), QStringLiteral("kibble"), QStringLiteral("S"),
                              999, QStringLiteral("bulk")}));
                ASTRO_VERIFY_OK(ts->db().execute(
                    QStringLiteral("INSERT INTO card_products (product_id, card_id) VALUES (?,?)"),
                    {id, QStringLiteral("CRD-ANY")}));
            }
            ASTRO_VERIFY_OK(transaction.commit());
        }
        int calls = 0;
        TAKE(csv, ProgramProductsExport::csv(ts.store(), QStringLiteral("PRG-DIST"),
                                             [&](qint64, qint64 total) {
                                                 ++calls;
                                                 return total == 2515;
                                             }));
        QCOMPARE(QString::fromUtf8(csv).count(QStringLiteral("\r\n")), 2516);
        QVERIFY(calls >= 4); // before each of three pages, and at the end

        int pages = 0;
        auto cancelled = ProgramProductsExport::csv(ts.store(), QStringLiteral("PRG-DIST"),
                                                    [&](qint64, qint64) { return ++pages < 2; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Conflict);

        auto missing = ProgramProductsExport::csv(ts.store(), QStringLiteral("PRG-NOPE"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProgramProducts)
#include "tst_programproducts.moc"
