// The catalog's answers remembered from scan to scan (catalog/CatalogMemo): remembered only
// while a scope lives; kept across other writes; forgotten as soon as the catalog changes,
// whoever changes it — another connection, this one inside the scope, or this one's rollback;
// and a scan sees a manager's enrollment change made on another counter at its next item.
#include "TestStore.h"

#include "catalog/CatalogRepository.h"
#include "enrollment/EnrollmentService.h"
#include "storage/Database.h"

#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

QString gtinOf(const char* name)
{
    return QStringLiteral("00") + upc(name);
}

QString descriptionIn(Store& store, const char* name)
{
    auto found = store.catalog().productByGtin(gtinOf(name));
    if (!found || !found->has_value())
        return QStringLiteral("(none)");
    return (*found)->description;
}

Status rename(Database& db, const char* name, const QString& description)
{
    return db.execute(QStringLiteral("UPDATE products SET description = ? WHERE gtin = ?"),
                      {description, gtinOf(name)});
}

} // namespace

class TestCatalogMemo : public QObject
{
    Q_OBJECT

private slots:
    void remembersOnlyInsideAScope()
    {
        TestStore ts;
        CatalogMemo memo(ts->db());
        CatalogMemo::Answers<int, int> answers(memo);
        int reads = 0;
        const auto read = [&] {
            return Result<int>(++reads);
        };
        QCOMPARE(*answers.recall(1, read), 1);
        QCOMPARE(*answers.recall(1, read), 2); // no scope: read every time
        {
            CatalogMemo::Scope scope(memo);
            QCOMPARE(*answers.recall(1, read), 3);
            QCOMPARE(*answers.recall(1, read), 3);
            QCOMPARE(*answers.recall(2, read), 4);
        }
        {
            CatalogMemo::Scope scope(memo); // a later scan: still remembered
            QCOMPARE(*answers.recall(1, read), 3);
        }
        QCOMPARE(reads, 4);
    }

    void aFailedReadIsNotRemembered()
    {
        TestStore ts;
        CatalogMemo memo(ts->db());
        CatalogMemo::Answers<int, int> answers(memo);
        CatalogMemo::Scope scope(memo);
        int reads = 0;
        QVERIFY(!answers.recall(1, [&] {
            ++reads;
            return Result<int>(makeError(ErrorCode::Storage, QStringLiteral("disk")));
        }));
        QCOMPARE(*answers.recall(1, [&] { return Result<int>(++reads); }), 2);
    }

    // The counter's own scans, visits and customers do not change the catalog: what was
    // remembered holds through them.
    void otherWritesKeepWhatIsRemembered()
    {
        TestStore ts;
        ready(ts);
        CatalogMemo memo(ts->db());
        CatalogMemo::Answers<int, int> answers(memo);
        int reads = 0;
        const auto read = [&] {
            return Result<int>(++reads);
        };
        {
            CatalogMemo::Scope scope(memo);
            QCOMPARE(*answers.recall(1, read), 1);
            ts.addCustomer();
            QCOMPARE(*answers.recall(1, read), 1);
        }
        auto other = Store::open(ts.path());
        QVERIFY(other);
        QVERIFY(
            (*other)->db().execute(QStringLiteral("UPDATE customers SET phone = '4165550199'")));
        CatalogMemo::Scope scope(memo);
        QCOMPARE(*answers.recall(1, read), 1);
    }

    void anotherConnectionsChangeIsSeenAtTheNextScope()
    {
        TestStore ts;
        ready(ts);
        auto other = Store::open(ts.path()); // another counter, the sync, the CLI
        QVERIFY(other);
        const QString before = [&] {
            CatalogMemo::Scope scope(ts->catalog().memo());
            return descriptionIn(ts.store(), "ANY-1");
        }();
        QVERIFY(rename((*other)->db(), "ANY-1", QStringLiteral("Renamed bag")));
        CatalogMemo::Scope scope(ts->catalog().memo());
        QVERIFY(before != QStringLiteral("Renamed bag"));
        QCOMPARE(descriptionIn(ts.store(), "ANY-1"), QStringLiteral("Renamed bag"));
    }

    void thisConnectionsChangeAndRollbackAreSeenInsideTheScope()
    {
        TestStore ts;
        ready(ts);
        Database& db = ts->db();
        CatalogMemo::Scope scope(ts->catalog().memo());
        const QString original = descriptionIn(ts.store(), "ANY-1");
        QVERIFY(db.begin());
        QVERIFY(rename(db, "ANY-1", QStringLiteral("Renamed bag")));
        QCOMPARE(descriptionIn(ts.store(), "ANY-1"), QStringLiteral("Renamed bag"));
        db.rollback();
        QCOMPARE(descriptionIn(ts.store(), "ANY-1"), original);
    }

    // Every catalog table is watched: a change to any of them moves the generation.
    void everyCatalogTableMovesTheGeneration_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("products") << "UPDATE products SET price_cents = price_cents + 1";
        QTest::newRow("program_cards") << "UPDATE program_cards SET title = title || '!'";
        QTest::newRow("card_products") << "DELETE FROM card_products WHERE card_id = 'CRD-ENDED'";
        QTest::newRow("programs") << "UPDATE programs SET title = title || '!'";
        QTest::newRow("offers") << "UPDATE offers SET title = title || '!'";
        QTest::newRow("offer_products") << "DELETE FROM offer_products";
        QTest::newRow("enrollments") << "UPDATE enrollments SET account_number = 'X'";
        QTest::newRow("distributors") << "UPDATE distributors SET name = name || '!'";
    }
    void everyCatalogTableMovesTheGeneration()
    {
        QFETCH(QString, change);
        TestStore ts;
        ready(ts);
        const auto generation = [&] {
            return ts->db()
                .scalar(QStringLiteral("SELECT generation FROM catalog_generation"))
                ->toLongLong();
        };
        const qint64 before = generation();
        QVERIFY(ts->db().execute(change));
        QVERIFY(generation() > before);
    }

    // A manager on another counter puts a program in Temporary Holding: this counter's next
    // scan says so, though it remembered the enrollment from the scan before.
    void aScanSeesAnotherCountersEnrollmentChange()
    {
        TestStore ts;
        ready(ts);
        const Actor cashier = ts.cashier();
        TAKE(visit, ts->visits().open(cashier, ts.addCustomer()));
        TAKE(first, ts->visits().scan(cashier, visit.id, line("ANY-1")));
        QCOMPARE(first.punches.size(), std::size_t(1));
        QVERIFY(!first.punches[0].held);

        auto other = Store::open(ts.path());
        QVERIFY(other);
        auto set = (*other)->enrollment().set(ts.manager(), QStringLiteral("LOC-A"),
                                              QStringLiteral("PRG-DIST"),
                                              QStringLiteral("TEMP-HOLDING"), {});
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));

        TAKE(second, ts->visits().scan(cashier, visit.id, line("ANY-1")));
        QCOMPARE(second.punches.size(), std::size_t(1));
        QVERIFY(second.punches[0].held);
        QVERIFY(!second.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogMemo)
#include "tst_catalogmemo.moc"
