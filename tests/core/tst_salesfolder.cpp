// The POS bridge's watched folder: recording a sales file whole or not at all
// (SaleFileImporter), and the folder that picks files up and moves them (SalesFolder), on the
// demo store.
#include "SaleFilesKit.h"

using namespace astro;
using namespace astro::test;
using namespace salefiles;

class TestSalesFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAGoodFileAndMovesItToDone()
    {
        Counter c;
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        const int scans = c.count("SELECT count(*) FROM scans");
        const int events = c.count("SELECT count(*) FROM events");
        writeFile(c.path(QStringLiteral("sales-1.csv")), goodFile());
        c.settle();

        QCOMPARE(c.failed.size(), 0);
        QCOMPARE(c.rejected.size(), 0);
        QCOMPARE(c.imported.size(), 1);
        QCOMPARE(c.imported[0][0].toString(), QStringLiteral("sales-1.csv"));
        QCOMPARE(c.imported[0][1].toInt(), 3);
        const QString helene = c.uuidByPhone(QStringLiteral("4165550123"));
        const QString marc = c.uuidByPhone(QStringLiteral("6475550181"));
        QVERIFY(!helene.isEmpty() && !marc.isEmpty());
        QCOMPARE(c.imported[0][2].toStringList(), (QStringList{helene, marc}));

        QCOMPARE(c.count("SELECT count(*) FROM scans"), scans + 3);
        QCOMPARE(c.count("SELECT count(*) FROM scans WHERE uuid IN ('T-1','T-2','T-3')"), 3);
        QCOMPARE(c.count("SELECT count(*) FROM scans s JOIN customers c ON c.id = s.customer_id "
                         "WHERE s.uuid IN ('T-1','T-2') AND c.phone = '4165550123'"),
                 2);
        QCOMPARE(c.count("SELECT count(*) FROM scans s JOIN customers c ON c.id = s.customer_id "
                         "WHERE s.uuid = 'T-3' AND c.email = 'ma.belanger@example.ca'"),
                 1);
        QCOMPARE(c.count("SELECT quantity FROM scans WHERE uuid = 'T-3'"), 6);
        QCOMPARE(c.count("SELECT count(*) FROM punches p JOIN scans s ON s.id = p.scan_id WHERE "
                         "s.uuid IN ('T-1','T-2','T-3')"),
                 3);
        QVERIFY(c.count("SELECT count(*) FROM events") > events);
        // The price column is checked, but the public call carries none: the catalog's stays.
        QCOMPARE(c.count("SELECT unit_price_cents FROM scans WHERE uuid = 'T-1'"), 7999);
        // A sale from yesterday is recorded at its own time.
        QCOMPARE(c.count("SELECT count(*) FROM scans WHERE uuid = 'T-1' AND at LIKE "
                         "'2026-11-15T19:05:00%'"),
                 1);

        QCOMPARE(filesIn(c.folder), QStringList());
        QCOMPARE(filesIn(c.done()), QStringList{QStringLiteral("sales-1.csv")});
        QCOMPARE(filesIn(c.rejectedDir()), QStringList());
    }

    // docs/samples/pos-sales.csv, as docs/pos-bridge.md shows it, on the demo store the day after.
    void theDocumentedSampleImports()
    {
        const QString sample = QFINDTESTDATA("../../docs/samples/pos-sales.csv");
        QVERIFY(!sample.isEmpty());
        TestStore ts(QDateTime(QDate(2026, 11, 22), QTime(15, 0), Qt::UTC));
        ts.loadDemo();
        auto file = SaleFile::read(sample);
        ASTRO_VERIFY_OK(file);
        QVERIFY2(file->ok(), qPrintable(describe(file->problems())));
        TAKE(result,
             SaleFileImporter(ts.store(), ts.cashier(QStringLiteral("LOC-TORONTO"))).import(*file));
        QVERIFY2(result.recorded(), qPrintable(describe(result.refused)));
        QCOMPARE(result.lines, 4);
        QCOMPARE(result.customerUuids.size(), 3);
        auto n =
            ts->db().scalar(QStringLiteral("SELECT count(*) FROM scans WHERE uuid LIKE 'R_-%'"));
        ASTRO_VERIFY_OK(n);
        QCOMPARE(n->toInt(), 4);
    }

    void recordsByCustomerId()
    {
        Counter c;
        // A POS adds its customer through the API with its own id, then names it in its files.
        const wire::ApiReply added =
            wire::PublicApi(c.ts.store(), c.cashier)
                .call(wire::endpoint::addCustomer, QJsonObject{{"customerID", "POS-77"},
                                                               {"first_name", "Ada"},
                                                               {"last_name", "Lovelace"},
                                                               {"phone", "4165550999"}});
        QCOMPARE(added.status, wire::astroStatus::Success);
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        writeFile(c.path(QStringLiteral("by-id.csv")),
                  QByteArray("transaction_id,sold_at,customer_id,upc,quantity\n"
                             "ID-1,2026-11-16T08:00:00,POS-77,") +
                      kibble + ",1\n");
        c.settle();
        QCOMPARE(c.imported.size(), 1);
        QCOMPARE(c.imported[0][2].toStringList(),
                 QStringList{c.uuidByPhone(QStringLiteral("4165550999"))});
        QCOMPARE(c.count("SELECT count(*) FROM scans s JOIN customers c ON c.id = s.customer_id "
                         "WHERE s.uuid = 'ID-1' AND c.phone = '4165550999'"),
                 1);
    }

    // A POS exports all its sales: an item in no running program (unknown here) is left out
    // and listed beside the file in done/; the rest of the file is recorded.
    void anItemOnNoCardIsLeftOut()
    {
        Counter c;
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        const int scans = c.count("SELECT count(*) FROM scans");
        QByteArray data = goodFile();
        data.insert(data.indexOf("T-2"),
                    QByteArray("T-X,2026-11-15T14:06:00,,4165550123,,") + unknownUpc + ",1,\n");
        writeFile(c.path(QStringLiteral("sales-2.csv")), data);
        c.settle();

        QCOMPARE(c.rejected.size(), 0);
        QCOMPARE(c.failed.size(), 0);
        QCOMPARE(c.imported.size(), 1);
        QCOMPARE(c.imported[0][1].toInt(), 3);
        QCOMPARE(c.count("SELECT count(*) FROM scans"), scans + 3);
        QCOMPARE(c.count("SELECT count(*) FROM scans WHERE uuid = 'T-X'"), 0);
        QCOMPARE(filesIn(c.done()), (QStringList{QStringLiteral("sales-2.csv"),
                                                 QStringLiteral("sales-2.csv.skipped.txt")}));
        const QString skipped = readText(c.done() + QStringLiteral("/sales-2.csv.skipped.txt"));
        QVERIFY2(skipped.contains(QStringLiteral("Line 3: ")), qPrintable(skipped));
        QVERIFY2(skipped.contains(QLatin1String(unknownUpc)), qPrintable(skipped));
    }

    void oneMistypedUpcRecordsNothing()
    {
        Counter c;
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        const int scans = c.count("SELECT count(*) FROM scans");
        const int events = c.count("SELECT count(*) FROM events");
        const int visits = c.count("SELECT count(*) FROM visits");
        QByteArray data = goodFile();
        // The last digit is wrong: a mistyped UPC, not an item on no card.
        const QByteArray mistyped = QByteArray(unknownUpc).chopped(1) + "9";
        data.insert(data.indexOf("T-2"),
                    QByteArray("T-X,2026-11-15T14:06:00,,4165550123,,") + mistyped + ",1,\n");
        writeFile(c.path(QStringLiteral("sales-2.csv")), data);
        c.settle();

        QCOMPARE(c.imported.size(), 0);
        QCOMPARE(c.failed.size(), 0);
        QCOMPARE(c.rejected.size(), 1);
        QCOMPARE(c.rejected[0][0].toString(), QStringLiteral("sales-2.csv"));
        QCOMPARE(c.count("SELECT count(*) FROM scans"), scans);
        QCOMPARE(c.count("SELECT count(*) FROM events"), events);
        QCOMPARE(c.count("SELECT count(*) FROM visits"), visits);

        QCOMPARE(filesIn(c.folder), QStringList());
        QCOMPARE(filesIn(c.done()), QStringList());
        QCOMPARE(filesIn(c.rejectedDir()),
                 (QStringList{QStringLiteral("sales-2.csv"),
                              QStringLiteral("sales-2.csv.reasons.txt")}));
        const QString reasons =
            readText(c.rejectedDir() + QStringLiteral("/sales-2.csv.reasons.txt"));
        QVERIFY2(reasons.contains(QStringLiteral("Line 3: ")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String(mistyped)), qPrintable(reasons));
        QVERIFY2(!reasons.contains(QStringLiteral("Line 2:")), qPrintable(reasons));
        QVERIFY(c.rejected[0][1].toString().contains(QStringLiteral("Line 3: ")));
        // The rejected file is the file as it was.
        QFile moved(c.rejectedDir() + QStringLiteral("/sales-2.csv"));
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), data);
    }

    void theSameFileTwiceRecordsOnce()
    {
        Counter c;
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        writeFile(c.path(QStringLiteral("daily.csv")), goodFile());
        c.settle();
        QCOMPARE(c.imported.size(), 1);
        const int scans = c.count("SELECT count(*) FROM scans");
        const int punches = c.count("SELECT count(*) FROM punches");
        const int events = c.count("SELECT count(*) FROM events");
        const int visits = c.count("SELECT count(*) FROM visits");

        // The POS (or a crash before the move) drops it again under the same name.
        writeFile(c.path(QStringLiteral("daily.csv")), goodFile());
        c.settle();
        QCOMPARE(c.failed.size(), 0);
        QCOMPARE(c.rejected.size(), 0);
        QCOMPARE(c.imported.size(), 2);
        QCOMPARE(c.imported[1][1].toInt(), 3);
        QCOMPARE(c.count("SELECT count(*) FROM scans"), scans);
        QCOMPARE(c.count("SELECT count(*) FROM punches"), punches);
        QCOMPARE(c.count("SELECT count(*) FROM events"), events);
        QCOMPARE(c.count("SELECT count(*) FROM visits"), visits);
        // Both copies are kept, the second with the time in its name.
        QCOMPARE(filesIn(c.done()), (QStringList{QStringLiteral("daily-20261116-100000.csv"),
                                                 QStringLiteral("daily.csv")}));
        QCOMPARE(filesIn(c.folder), QStringList());
    }

    void aPhoneMatchingNobodyRejectsTheFile()
    {
        Counter c;
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        const int scans = c.count("SELECT count(*) FROM scans");
        QByteArray data = goodFile();
        data.replace("MA.Belanger@example.ca", "nobody@example.ca");
        data += QByteArray("T-4,2026-11-15T14:05:00,,(905) 555-0000,,") + kibble + ",1,\n";
        writeFile(c.path(QStringLiteral("strangers.csv")), data);
        c.settle();
        QCOMPARE(c.imported.size(), 0);
        QCOMPARE(c.rejected.size(), 1);
        QCOMPARE(c.count("SELECT count(*) FROM scans"), scans);
        const QString reasons =
            readText(c.rejectedDir() + QStringLiteral("/strangers.csv.reasons.txt"));
        QVERIFY2(reasons.contains(QStringLiteral("Line 4: No customer has the email "
                                                 "nobody@example.ca")),
                 qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("Line 5: No customer has the phone number")),
                 qPrintable(reasons));
        QVERIFY2(!reasons.contains(QStringLiteral("Line 2:")), qPrintable(reasons));
    }

    void aPhoneMatchingTwoCustomersRejectsTheFile()
    {
        Counter c;
        auto twin = c.ts->customers().add(
            Actor::system(),
            CustomerInput{
                QStringLiteral("Hugo"), QStringLiteral("Côté"), QStringLiteral("4165550123"), {}});
        ASTRO_VERIFY_OK(twin);
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        const int scans = c.count("SELECT count(*) FROM scans");
        writeFile(c.path(QStringLiteral("twins.csv")), goodFile());
        c.settle();
        QCOMPARE(c.rejected.size(), 1);
        QCOMPARE(c.count("SELECT count(*) FROM scans"), scans);
        const QString reasons = c.rejected[0][1].toString();
        QVERIFY2(reasons.contains(QStringLiteral("Line 2: Several customers have the phone")),
                 qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("Line 3: Several customers")),
                 qPrintable(reasons));
    }

    void aBadFileIsRejectedWithItsReasons_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << "The file has no sales lines.";
        QTest::newRow("garbage") << QByteArray("\x00\x01\xff\xfe garbage \x80\x81", 15)
                                 << "not UTF-8 text";
        QTest::newRow("missing column")
            << QByteArray("transaction_id,sold_at,phone,quantity\nT-1,2026-11-15T14:05:00,"
                          "4165550123,1\n")
            << "Line 1: The header line has no upc column.";
        QTest::newRow("bad quantity")
            << QByteArray(header + "T-1,2026-11-15T14:05:00,,4165550123,,084721100287,two,\n")
            << "Line 2: quantity “two”";
    }

    void aBadFileIsRejectedWithItsReasons()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, says);
        Counter c;
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        writeFile(c.path(QStringLiteral("bad.csv")), data);
        c.settle();
        QCOMPARE(c.imported.size(), 0);
        QCOMPARE(c.failed.size(), 0);
        QCOMPARE(c.rejected.size(), 1);
        QCOMPARE(filesIn(c.folder), QStringList());
        const QString reasons = readText(c.rejectedDir() + QStringLiteral("/bad.csv.reasons.txt"));
        QVERIFY2(reasons.contains(says), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("Nothing in bad.csv was recorded")),
                 qPrintable(reasons));
    }

    void aGrowingFileWaitsUntilItSettles()
    {
        Counter c;
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        const QByteArray data = goodFile();
        const qsizetype half = data.indexOf("T-3");
        writeFile(c.path(QStringLiteral("growing.csv")), data.left(half));
        c.sales.scanNow(); // first look
        QCOMPARE(c.imported.size() + c.rejected.size() + c.failed.size(), 0);
        writeFile(c.path(QStringLiteral("growing.csv")), data.mid(half), QIODevice::Append);
        c.sales.scanNow(); // it changed: not yet
        QCOMPARE(c.imported.size() + c.rejected.size() + c.failed.size(), 0);
        QCOMPARE(filesIn(c.folder), QStringList{QStringLiteral("growing.csv")});
        c.sales.scanNow(); // unchanged since the last look: read whole
        QCOMPARE(c.imported.size(), 1);
        QCOMPARE(c.imported[0][1].toInt(), 3);
        QCOMPARE(c.count("SELECT count(*) FROM scans WHERE uuid IN ('T-1','T-2','T-3')"), 3);
    }

    // The watcher and the timers, with no scanNow(): a dropped file is in done/ within seconds.
    void picksUpADroppedFileByItself()
    {
        Counter c;
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        writeFile(c.path(QStringLiteral("sales.csv.tmp")), goodFile());
        QVERIFY(QFile::rename(c.path(QStringLiteral("sales.csv.tmp")),
                              c.path(QStringLiteral("sales.csv"))));
        QTRY_COMPARE_WITH_TIMEOUT(c.imported.size(), 1, 3 * SalesFolder::pollMs);
        QCOMPARE(filesIn(c.done()), QStringList{QStringLiteral("sales.csv")});
    }

    void onlyCsvFilesAreRead()
    {
        Counter c;
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        // Written under a temporary name, then renamed: the way a POS should drop a file.
        writeFile(c.path(QStringLiteral("sales.csv.tmp")), goodFile());
        writeFile(c.path(QStringLiteral("notes.txt")), "hello");
        c.settle();
        c.sales.scanNow();
        QCOMPARE(c.imported.size() + c.rejected.size() + c.failed.size(), 0);
        QVERIFY(QFile::rename(c.path(QStringLiteral("sales.csv.tmp")),
                              c.path(QStringLiteral("SALES.CSV"))));
        c.settle();
        QCOMPARE(c.imported.size(), 1);
        QCOMPARE(filesIn(c.folder), QStringList{QStringLiteral("notes.txt")});
        QCOMPARE(filesIn(c.done()), QStringList{QStringLiteral("SALES.CSV")});
    }

    void aLockedDatabaseLeavesTheFileToRetry()
    {
        Counter c;
        // The store would wait 5 s for the lock; the test need not.
        ASTRO_VERIFY_OK(c.ts->db().execute(QStringLiteral("PRAGMA busy_timeout = 50")));
        ASTRO_VERIFY_OK(c.sales.watch(c.folder));
        const int scans = c.count("SELECT count(*) FROM scans");
        {
            // Another program holds the write lock on the same database file.
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(c.ts.path());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")),
                     qPrintable(lock.lastError().text()));

            writeFile(c.path(QStringLiteral("locked.csv")), goodFile());
            writeFile(c.path(QStringLiteral("locked2.csv")), goodFile("U"));
            c.settle();
            // The first file found the store locked; the second would only wait the same way.
            QCOMPARE(c.failed.size(), 1);
            QCOMPARE(c.failed[0][0].toString(), QStringLiteral("locked.csv"));
            QVERIFY2(
                c.failed[0][1].toString().contains(QStringLiteral("database"), Qt::CaseInsensitive),
                qPrintable(c.failed[0][1].toString()));
            c.sales.scanNow(); // still locked: tried again, still waiting
            QCOMPARE(c.failed.size(), 2);
            QCOMPARE(c.imported.size() + c.rejected.size(), 0);
            QCOMPARE(filesIn(c.folder),
                     (QStringList{QStringLiteral("locked.csv"), QStringLiteral("locked2.csv")}));
            QCOMPARE(filesIn(c.rejectedDir()), QStringList());
            QCOMPARE(c.count("SELECT count(*) FROM scans"), scans);

            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            lock = QSqlQuery();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));

        c.sales.scanNow();
        QCOMPARE(c.imported.size(), 2);
        QCOMPARE(c.failed.size(), 2);
        QCOMPARE(c.count("SELECT count(*) FROM scans"), scans + 6);
        QCOMPARE(filesIn(c.done()),
                 (QStringList{QStringLiteral("locked.csv"), QStringLiteral("locked2.csv")}));
    }

    void aCounterWithoutLocationLeavesTheFileToRetry()
    {
        TestStore ts;
        ts.loadDemo();
        const Actor nowhere = ts.cashier(QStringLiteral("LOC-NOWHERE"));
        SalesFolder sales(ts.store(), nowhere);
        QSignalSpy failed(&sales, &SalesFolder::failed);
        QSignalSpy rejected(&sales, &SalesFolder::rejected);
        const QString folder = ts.dir() + QStringLiteral("/sales");
        ASTRO_VERIFY_OK(sales.watch(folder));
        writeFile(folder + QStringLiteral("/s.csv"), goodFile());
        sales.scanNow();
        sales.scanNow();
        QCOMPARE(rejected.size(), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed[0][1].toString().contains(QStringLiteral("location")),
                 qPrintable(failed[0][1].toString()));
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("s.csv")});
    }

    void aFolderThatCannotBeUsedIsRefused()
    {
        TestStore ts;
        SalesFolder sales(ts.store(), Actor::system(QStringLiteral("LOC-A")));
        const QString file = ts.dir() + QStringLiteral("/a-file");
        writeFile(file, "x");
        const Status s = sales.watch(file + QStringLiteral("/sales"));
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("cannot be created")),
                 qPrintable(s.error().message));
        QVERIFY(!sales.watch(QStringLiteral("  ")));
        // Nothing is watched: looking does nothing.
        sales.scanNow();
    }

    void watchCreatesTheFolders()
    {
        TestStore ts;
        SalesFolder sales(ts.store(), Actor::system(QStringLiteral("LOC-A")));
        const QString folder = ts.dir() + QStringLiteral("/new/sales");
        ASTRO_VERIFY_OK(sales.watch(folder));
        QVERIFY(QFileInfo(folder + QStringLiteral("/done")).isDir());
        QVERIFY(QFileInfo(folder + QStringLiteral("/rejected")).isDir());
        sales.stop();
        // Stopped, a dropped file stays.
        writeFile(folder + QStringLiteral("/x.csv"), goodFile());
        QSignalSpy anything(&sales, &SalesFolder::rejected);
        sales.scanNow();
        sales.scanNow();
        QCOMPARE(anything.size(), 0);
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/x.csv")));
    }
};

QTEST_GUILESS_MAIN(TestSalesFolder)
#include "tst_salesfolder.moc"
