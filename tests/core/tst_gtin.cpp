#include "domain/Gtin.h"

#include <QTest>

using namespace astro;

class TestGtin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryForm_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("gtin14");
        QTest::addColumn<int>("kind");
        QTest::newRow("UPC-A") << "036000291452"
                               << "00036000291452" << int(Gtin::Kind::UpcA);
        QTest::newRow("UPC-A with spaces") << "0 36000 29145 2"
                                           << "00036000291452" << int(Gtin::Kind::UpcA);
        QTest::newRow("EAN-13") << "4006381333931"
                                << "04006381333931" << int(Gtin::Kind::Ean13);
        QTest::newRow("EAN-8") << "96385074"
                               << "00000096385074" << int(Gtin::Kind::Ean8);
        QTest::newRow("GTIN-14") << "10036000291459"
                                 << "10036000291459" << int(Gtin::Kind::Gtin14);
        // UPC-E 04252614 expands to UPC-A 042100005264.
        QTest::newRow("UPC-E") << "04252614"
                               << "00042100005264" << int(Gtin::Kind::UpcE);
    }

    void parsesEveryForm()
    {
        QFETCH(QString, input);
        QFETCH(QString, gtin14);
        QFETCH(int, kind);
        const auto parsed = Gtin::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->gtin14(), gtin14);
        QCOMPARE(int(parsed->kind()), kind);
    }

    void upcEAndUpcAAreTheSameProduct()
    {
        QCOMPARE(Gtin::parse(QStringLiteral("04252614"))->gtin14(),
                 Gtin::parse(QStringLiteral("042100005264"))->gtin14());
    }

    // Found by fuzzing (tests/fuzz/corpus/gtin/arabic-indic-digit): a digit of another script
    // was kept as it was, so the "GTIN-14" held non-ASCII digits and named no product.
    void digitsOfOtherScriptsAreReadAsDigits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("gtin14");
        QTest::newRow("Arabic-Indic") << QStringLiteral("\u0660\u0663\u0666\u0660\u0660\u0660"
                                                        "\u0662\u0669\u0661\u0664\u0665\u0662")
                                      << "00036000291452";
        QTest::newRow("full-width") << QStringLiteral("\uFF10\uFF13\uFF16\uFF10\uFF10\uFF10"
                                                      "\uFF12\uFF19\uFF11\uFF14\uFF15\uFF12")
                                    << "00036000291452";
        QTest::newRow("one of them, UPC-E") << QStringLiteral("0425113\u0661") << "00042500000111";
    }

    void digitsOfOtherScriptsAreReadAsDigits()
    {
        QFETCH(QString, input);
        QFETCH(QString, gtin14);
        const auto parsed = Gtin::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->gtin14(), gtin14);
        QCOMPARE(parsed->gtin14(), Gtin::parse(parsed->display())->gtin14());
    }

    void refusesWrongCheckDigit()
    {
        const auto parsed = Gtin::parse(QStringLiteral("036000291453"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::Invalid);
        QVERIFY(parsed.error().message.contains(QStringLiteral("check digit")));
        QVERIFY(parsed.error().message.contains(QStringLiteral("2")));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("letters") << "03600029145A";
        QTest::newRow("too short") << "1234567";
        QTest::newRow("eleven digits") << "03600029145";
        QTest::newRow("fifteen digits") << "100360002914590";
    }

    void refusesBadInput()
    {
        QFETCH(QString, input);
        QVERIFY(!Gtin::parse(input).ok());
    }

    void displaysShortForm()
    {
        QCOMPARE(Gtin::displayOf(QStringLiteral("00036000291452")), QStringLiteral("036000291452"));
        QCOMPARE(Gtin::displayOf(QStringLiteral("04006381333931")),
                 QStringLiteral("4006381333931"));
    }
};

QTEST_GUILESS_MAIN(TestGtin)
#include "tst_gtin.moc"
