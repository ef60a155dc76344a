// The POS bridge's sales files: reading one (SaleFile), line by line, with every way it can be
// wrong.
#include "SaleFilesKit.h"

using namespace astro;
using namespace astro::test;
using namespace salefiles;

class TestSaleFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAGoodFile()
    {
        // A byte-order mark, CRLF, the columns in another order and case, an extra column, a
        // quoted value with a comma and a line break, blank lines, a space for the T.
        const QByteArray data = "\xEF\xBB\xBF"
                                "Quantity,UPC,Register,Sold_At,Transaction_ID,Email,Phone\r\n"
                                "2,084721100287,\"front, left\",2026-11-15T14:05:00,A-1,,"
                                "(416) 555-0123\r\n"
                                "\r\n"
                                "1,084721103509,\"two\r\nlines\",2026-11-16T09:30:00-05:00,A-2,"
                                "MA.Belanger@Example.ca,\r\n"
                                ",,,,,,\r\n"
                                "3,084721102809,back,2026-11-16 14:00Z,\"A-3\",,1 416 555 0123";
        const SaleFile file = SaleFile::parse(data);
        QVERIFY2(file.ok(), qPrintable(describe(file.problems())));
        QCOMPARE(file.lines().size(), std::size_t(3));

        const SaleLine& first = file.lines()[0];
        QCOMPARE(first.line, 2);
        QCOMPARE(first.transactionId, QStringLiteral("A-1"));
        QCOMPARE(first.quantity, 2);
        QCOMPARE(first.upc, QStringLiteral("084721100287"));
        QCOMPARE(first.phone, QStringLiteral("4165550123"));
        QVERIFY(first.email.isEmpty() && first.customerId.isEmpty());
        QCOMPARE(first.soldAt, QDateTime(QDate(2026, 11, 15), QTime(14, 5))); // local time
        QVERIFY(!first.price);

        const SaleLine& second = file.lines()[1];
        QCOMPARE(second.line, 4);
        QCOMPARE(second.email, QStringLiteral("ma.belanger@example.ca"));
        QCOMPARE(second.soldAt.toUTC(), QDateTime(QDate(2026, 11, 16), QTime(14, 30), Qt::UTC));

        // The quoted line break made line 5 part of line 4's sale.
        const SaleLine& third = file.lines()[2];
        QCOMPARE(third.line, 7);
        QCOMPARE(third.transactionId, QStringLiteral("A-3"));
        QCOMPARE(third.phone, QStringLiteral("4165550123"));
        QCOMPARE(third.soldAt.toUTC(), QDateTime(QDate(2026, 11, 16), QTime(14, 0), Qt::UTC));
    }

    void readsPricesAndCustomerIds()
    {
        const SaleFile file = SaleFile::parse("transaction_id,sold_at,customer_id,upc,quantity,"
                                              "price\nP-1,2026-11-15T10:00,POS-77,084721100287,1,"
                                              "54.99\nP-2,2026-11-15T10:00,POS-77,084721100287,1,"
                                              "7.5\nP-3,2026-11-15T10:00,POS-77,084721100287,1,\n");
        QVERIFY2(file.ok(), qPrintable(describe(file.problems())));
        QCOMPARE(file.lines()[0].customerId, QStringLiteral("POS-77"));
        QCOMPARE(file.lines()[0].price, std::optional<Money>(Money{5499}));
        QCOMPARE(file.lines()[1].price, std::optional<Money>(Money{750}));
        QVERIFY(!file.lines()[2].price);
    }

    void refusesABadFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");

        const QByteArray ok = "T-1,2026-11-15T14:05:00,,4165550123,,084721100287,1,\n";
        QTest::newRow("empty file") << QByteArray() << 0 << "no sales lines";
        QTest::newRow("blank lines only") << QByteArray("\n\r\n  \n") << 0 << "no sales lines";
        QTest::newRow("header only") << header << 0 << "no sales lines";
        QTest::newRow("missing quantity column")
            << QByteArray("transaction_id,sold_at,phone,upc\nT-1,2026-11-15T14:05:00,4165550123,"
                          "084721100287\n")
            << 1 << "no quantity column";
        QTest::newRow("missing transaction_id column")
            << QByteArray("sold_at,phone,upc,quantity\n2026-11-15T14:05:00,4165550123,"
                          "084721100287,1\n")
            << 1 << "no transaction_id column";
        QTest::newRow("no customer column")
            << QByteArray("transaction_id,sold_at,upc,quantity\nT-1,2026-11-15T14:05:00,"
                          "084721100287,1\n")
            << 1 << "customer_id, phone or email column";
        QTest::newRow("a column twice")
            << QByteArray("transaction_id,sold_at,phone,upc,quantity,UPC\n") + ok << 1
            << "named twice";
        QTest::newRow("both phone and email")
            << header + "T-1,2026-11-15T14:05:00,,4165550123,a@example.ca,084721100287,1,\n"
            << 2 << "only one";
        QTest::newRow("customer id and phone")
            << header + ok + "T-2,2026-11-15T14:05:00,POS-1,4165550123,,084721100287,1,\n"
            << 3 << "only one";
        QByteArray noCustomer = ok;
        noCustomer.replace("T-1", "T-2").replace("4165550123", "");
        QTest::newRow("no customer") << header + ok + noCustomer << 3 << "No customer";
        QTest::newRow("quantity zero")
            << header + "T-1,2026-11-15T14:05:00,,4165550123,,084721100287,0,\n"
            << 2 << "quantity “0”";
        QTest::newRow("quantity negative")
            << header + "T-1,2026-11-15T14:05:00,,4165550123,,084721100287,-1,\n"
            << 2 << "quantity “-1”";
        QTest::newRow("quantity decimal")
            << header + "T-1,2026-11-15T14:05:00,,4165550123,,084721100287,2.5,\n"
            << 2 << "quantity “2.5”";
        QTest::newRow("quantity too large")
            << header + "T-1,2026-11-15T14:05:00,,4165550123,,084721100287,1000,\n"
            << 2 << "from 1 to 999";
        QTest::newRow("quantity empty")
            << header + "T-1,2026-11-15T14:05:00,,4165550123,,084721100287,,\n"
            << 2 << "quantity “”";
        QTest::newRow("date that does not exist")
            << header + "T-1,2026-13-01T10:00:00,,4165550123,,084721100287,1,\n"
            << 2 << "sold_at “2026-13-01T10:00:00”";
        QTest::newRow("date without time")
            << header + "T-1,2026-11-15,,4165550123,,084721100287,1,\n"
            << 2 << "sold_at “2026-11-15”";
        QTest::newRow("date in words") << header + "T-1,yesterday,,4165550123,,084721100287,1,\n"
                                       << 2 << "sold_at";
        QTest::newRow("date day first")
            << header + "T-1,15/11/2026 14:05,,4165550123,,084721100287,1,\n"
            << 2 << "sold_at";
        QTest::newRow("phone too short")
            << header + "T-1,2026-11-15T14:05:00,,555-0123,,084721100287,1,\n"
            << 2 << "phone “555-0123”";
        QTest::newRow("not an email")
            << header + "T-1,2026-11-15T14:05:00,,,helene.example.ca,084721100287,1,\n"
            << 2 << "email “helene.example.ca”";
        QTest::newRow("upc check digit")
            << header + "T-1,2026-11-15T14:05:00,,4165550123,,084721100288,1,\n"
            << 2 << "check digit";
        QTest::newRow("upc empty") << header + "T-1,2026-11-15T14:05:00,,4165550123,,,1,\n"
                                   << 2 << "upc is empty";
        QTest::newRow("price with three decimals")
            << header + "T-1,2026-11-15T14:05:00,,4165550123,,084721100287,1,54.999\n"
            << 2 << "price “54.999”";
        QTest::newRow("price with a sign")
            << header + "T-1,2026-11-15T14:05:00,,4165550123,,084721100287,1,$54.99\n"
            << 2 << "price “$54.99”";
        QTest::newRow("transaction id empty")
            << header + ",2026-11-15T14:05:00,,4165550123,,084721100287,1,\n"
            << 2 << "transaction_id is empty";
        QTest::newRow("transaction id twice") << header + ok + "\n" + ok << 4 << "also on line 2";
        QTest::newRow("quote never closed")
            << header + ok + "\"T-2,2026-11-15T14:05:00,,4165550123,,084721100287,1,\n" + ok << 3
            << "never closed";
        QTest::newRow("text after a quoted value")
            << header + "\"T-1\"x,2026-11-15T14:05:00,,4165550123,,084721100287,1,\n"
            << 2 << "followed by a comma";
        QTest::newRow("garbage bytes")
            << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\xc3\x28", 20) << 0
            << "not UTF-8 text";
        QTest::newRow("NUL bytes in text")
            << header + QByteArray("T-1\0,x\n", 7) << 0 << "not UTF-8 text";
        QTest::newRow("Latin-1 text")
            << header + "T-1,2026-11-15T14:05:00,,,c\xf4t\xe9@example.ca,084721100287,1,\n"
            << 0 << "not UTF-8 text";
    }

    void refusesABadFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, says);
        const SaleFile file = SaleFile::parse(data);
        QVERIFY(!file.ok());
        QVERIFY2(hasProblem(file.problems(), line, says), qPrintable(describe(file.problems())));
        const QString reasons = SaleFile::describe(file.problems());
        if (line > 0)
            QVERIFY2(reasons.contains(QStringLiteral("Line %1: ").arg(line)), qPrintable(reasons));
    }

    void refusesAFileTooLarge()
    {
        QByteArray lines = header;
        for (int i = 0; i <= SaleFile::maxLines; ++i)
            lines += "L-" + QByteArray::number(i) +
                     ",2026-11-15T14:05:00,,4165550123,,"
                     "084721100287,1,\n";
        const SaleFile tooMany = SaleFile::parse(lines);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.problems().size(), std::size_t(1));
        QVERIFY(hasProblem(tooMany.problems(), 0, QStringLiteral("more than 50000")));
        QVERIFY(tooMany.lines().empty());

        // One line fewer is read whole.
        lines.truncate(lines.lastIndexOf("L-"));
        const SaleFile atTheCap = SaleFile::parse(lines);
        QVERIFY2(atTheCap.ok(), qPrintable(describe(atTheCap.problems())));
        QCOMPARE(atTheCap.lines().size(), std::size_t(SaleFile::maxLines));

        QByteArray huge = header;
        huge += QByteArray(int(SaleFile::maxBytes), 'x');
        const SaleFile tooBig = SaleFile::parse(huge);
        QVERIFY(hasProblem(tooBig.problems(), 0, QStringLiteral("larger than 20 MB")));
    }
};

QTEST_GUILESS_MAIN(TestSaleFile)
#include "tst_salefile.moc"
