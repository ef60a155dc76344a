// Retailer Free Goods Credit Batches: the CSV and PDF export, and what exporting does to a batch.
#include "BatchesKit.h"
#include "Csv.h"

#include "batches/BatchExport.h"
#include "batches/BatchService.h"
#include "batches/CsvWriter.h"
#include "domain/Gtin.h"
#include "report/BatchPdfWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace astro;
using namespace astro::test;
using namespace batchtests;

namespace {

BatchLine handLine(qint64 id, const QString& description, const QString& customer)
{
    BatchLine l;
    l.redemptionId = id;
    l.manufacturerName = QStringLiteral("Beta Pet Co");
    l.programTitle = QStringLiteral("Program PRG-RET");
    l.cardTitle = QStringLiteral("Prior card");
    l.gtin = QStringLiteral("00036000291452");
    l.description = description;
    l.quantity = 1;
    l.redeemedAt = utc(2026, 11, 16, 15);
    l.customerName = customer;
    l.locationName = QStringLiteral("Toronto");
    l.cashierName = QStringLiteral("Test Cashier");
    l.cost = Money{2000};
    return l;
}

} // namespace

class TestBatchExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvHasEveryLineAndTheTotal()
    {
        TestStore ts;
        ready(ts);
        const qint64 helene = ts.addCustomer(); // Hélène Côté
        const qint64 other = ts.addCustomer(QStringLiteral("Zoë"), QStringLiteral("Lefèvre"));
        TAKE(a, retailerRedemption(ts, ts.cashier(), helene));
        ts.clock().advance(3600);
        TAKE(b, retailerRedemption(ts, ts.cashier(), other));
        TAKE(report, BatchExport::report(ts.store(), a.batchId));
        QCOMPARE(report.storeName, QStringLiteral("Test Pet Shop"));
        QCOMPARE(report.lines.size(), std::size_t(2));

        const QByteArray data = BatchExport::csv(report);
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QVERIFY(data.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(data);
        QCOMPARE(rows.size(), qsizetype(1 + 2 + 1));
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), qsizetype(12));
        QCOMPARE(rows[0][0], QStringLiteral("Batch"));
        QCOMPARE(rows[0][8], QStringLiteral("Customer"));

        const QString batchId = QString::number(a.batchId);
        const QStringList first{batchId,
                                QStringLiteral("Beta Pet Co"),
                                QStringLiteral("Program PRG-RET"),
                                QStringLiteral("Prior card"),
                                upc("PP-1"),
                                QStringLiteral("Test item PP-1"),
                                QStringLiteral("1"),
                                a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                QString::fromUtf8("Hélène Côté"),
                                QStringLiteral("Toronto"),
                                QStringLiteral("Test Cashier"),
                                QStringLiteral("20.00")};
        QCOMPARE(rows[1], first);
        QCOMPARE(rows[2][8], QString::fromUtf8("Zoë Lefèvre"));
        QCOMPARE(rows[2][7], b.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(rows[3][0], batchId);
        QCOMPARE(rows[3][1], QStringLiteral("Beta Pet Co"));
        QCOMPARE(rows[3][2], QStringLiteral("Total"));
        QCOMPARE(rows[3][6], QStringLiteral("2"));
        QCOMPARE(rows[3][11], QStringLiteral("40.00"));
        // The accents are UTF-8 bytes, not Latin-1 or escapes.
        QVERIFY(data.contains(QString::fromUtf8("Hélène Côté").toUtf8()));
    }

    void csvEscapesCommasQuotesAndLineBreaks()
    {
        BatchReport report;
        report.batch.id = 7;
        report.batch.manufacturerName = QStringLiteral("Beta, \"Pet\" Co");
        report.batch.units = 3;
        report.batch.total = Money{6000};
        const QString tricky = QStringLiteral("Kibble, \"Large\" 12 kg");
        const QString twoLines = QStringLiteral("first line\nsecond line");
        const QString french = QString::fromUtf8("O'Brien, Hélène « Côté »");
        report.lines.push_back(handLine(1, tricky, french));
        report.lines.push_back(handLine(2, twoLines, QStringLiteral("Plain Name")));
        report.lines.push_back(handLine(3, QStringLiteral("a \"\" b"), QStringLiteral("x,y,z")));
        report.lines[1].manufacturerName = report.batch.manufacturerName;

        const QList<QStringList> rows = parseCsv(BatchExport::csv(report));
        QCOMPARE(rows.size(), qsizetype(5));
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), qsizetype(12));
        QCOMPARE(rows[1][1], QStringLiteral("Beta Pet Co"));
        QCOMPARE(rows[2][1], report.batch.manufacturerName);
        QCOMPARE(rows[1][5], tricky);
        QCOMPARE(rows[1][8], french);
        QCOMPARE(rows[2][5], twoLines);
        QCOMPARE(rows[3][5], QStringLiteral("a \"\" b"));
        QCOMPARE(rows[3][8], QStringLiteral("x,y,z"));
        QCOMPARE(rows[3][4], QStringLiteral("036000291452"));
        QCOMPARE(rows[4][1], report.batch.manufacturerName);
        QCOMPARE(rows[4][11], QStringLiteral("60.00"));
    }

    void csvEscape_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "Kibble"
                               << "Kibble";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a,b"
                               << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("line break") << "a\nb"
                                    << "\"a\nb\"";
        QTest::newRow("formula =") << "=1+1"
                                   << "'=1+1";
        QTest::newRow("formula +") << "+1+1"
                                   << "'+1+1";
        QTest::newRow("formula @") << "@SUM(A1:A2)"
                                   << "'@SUM(A1:A2)";
        QTest::newRow("formula -") << "-A1"
                                   << "'-A1";
        QTest::newRow("formula with comma") << "=HYPERLINK(\"x\",\"y\")"
                                            << "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"";
        QTest::newRow("negative amount") << "-5.00"
                                         << "-5.00";
        QTest::newRow("accents") << QString::fromUtf8("Côté") << QString::fromUtf8("Côté");
    }

    void csvEscape()
    {
        QFETCH(QString, field);
        QFETCH(QString, escaped);
        QCOMPARE(CsvWriter::escape(field), escaped);
    }

    // "-2+3+cmd|' /C calc'!A0" is the classic DDE payload: spreadsheets run it as a formula
    // although it starts with a minus sign and a digit.
    void csvEscapeNeutralisesFormulasStartingWithMinusDigit()
    {
        const QString payload = QStringLiteral("-2+3+cmd|' /C calc'!A0");
        QVERIFY2(CsvWriter::escape(payload).startsWith(QLatin1Char('\'')),
                 qPrintable(CsvWriter::escape(payload)));
        QVERIFY2(CsvWriter::escape(QStringLiteral("-1+1")).startsWith(QLatin1Char('\'')),
                 qPrintable(CsvWriter::escape(QStringLiteral("-1+1"))));
        // A plain negative amount stays a number.
        QCOMPARE(CsvWriter::escape(QStringLiteral("-12.50")), QStringLiteral("-12.50"));
    }

    void writeFileAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("batch.csv"));
        const QByteArray first("\xEF\xBB\xBF"
                               "a,b\r\n");
        ASTRO_VERIFY_OK(BatchExport::writeFileAtomically(path, first));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), first);
        }
        const QByteArray second("c,d\r\n");
        ASTRO_VERIFY_OK(BatchExport::writeFileAtomically(path, second));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), second);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("batch.csv")});

        const QString nowhere = dir.filePath(QStringLiteral("missing/folder/batch.csv"));
        const auto failed = BatchExport::writeFileAtomically(nowhere, second);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, ErrorCode::Storage);
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    void pdfIsWritten()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, retailerRedemption(ts, ts.cashier(), customer));
        TAKE(report, BatchExport::report(ts.store(), a.batchId));
        const QString path = QDir(ts.dir()).filePath(QStringLiteral("batch.pdf"));
        int calls = 0;
        ASTRO_VERIFY_OK(BatchPdfWriter::write(
            report, path, QLocale(QLocale::French, QLocale::Canada), [&](int, int) {
                ++calls;
                return true;
            }));
        QVERIFY(calls > 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY2(pdf.size() > 1024, qPrintable(QString::number(pdf.size())));

        const QString html =
            BatchPdfWriter::html(report, QLocale(QLocale::English, QLocale::Canada));
        QVERIFY(html.contains(QString::fromUtf8("Hélène Côté")));
        QVERIFY(html.contains(QStringLiteral("Beta Pet Co")));
    }

    void cancelledPdfLeavesNoFile()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, retailerRedemption(ts, ts.cashier(), customer));
        TAKE(report, BatchExport::report(ts.store(), a.batchId));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("batch.pdf"));
        const auto cancelled =
            BatchPdfWriter::write(report, path, QLocale(), [](int, int) { return false; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Conflict);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

        // An earlier export at that path is left as it was.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("earlier export");
        }
        QVERIFY(
            !BatchPdfWriter::write(report, path, QLocale(), [](int, int) { return false; }).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("earlier export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("batch.pdf")});
    }

    void exportClosesAnOpenBatch()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(a, retailerRedemption(ts, ts.cashier(), customer));
        TAKE(report, BatchExport::report(ts.store(), a.batchId));
        const QString path = QDir(ts.dir()).filePath(QStringLiteral("batch.csv"));
        ASTRO_VERIFY_OK(BatchExport::writeFileAtomically(path, BatchExport::csv(report)));
        ASTRO_VERIFY_OK(BatchExport::markExported(ts.store(), ts.manager(), a.batchId));
        TAKE(b, ts->batches().get(a.batchId));
        QCOMPARE(b.status, BatchStatus::Closed);
        QCOMPARE(b.closedAt, ts->now());
        QCOMPARE(eventCount(ts, QStringLiteral("batch.closed")), qint64(1));

        // Exporting again changes nothing; new rewards go to a new batch.
        ASTRO_VERIFY_OK(BatchExport::markExported(ts.store(), ts.manager(), a.batchId));
        QCOMPARE(eventCount(ts, QStringLiteral("batch.closed")), qint64(1));
        TAKE(next, retailerRedemption(ts, ts.cashier(), customer));
        QVERIFY(next.batchId != a.batchId);
    }
};

QTEST_MAIN(TestBatchExport)
#include "tst_batchexport.moc"
