#include "common/Money.h"

#include <QLocale>
#include <QTest>

using namespace astro;

namespace {

const QChar nbsp(0x00A0);

// fr_CA writes "1 234,56 $" with non-breaking spaces: the group separator and the space before
// the symbol never break a line.
QString frCa(const char* withSpaces)
{
    QString s = QString::fromUtf8(withSpaces);
    s.replace(QLatin1Char(' '), nbsp);
    return s;
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsInEachLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en_US 1234.56") << "en_US" << qint64(123456) << "$1,234.56";
        QTest::newRow("en_US zero") << "en_US" << qint64(0) << "$0.00";
        QTest::newRow("en_US 5 cents") << "en_US" << qint64(5) << "$0.05";
        QTest::newRow("en_US 1 dollar") << "en_US" << qint64(100) << "$1.00";
        QTest::newRow("en_US 10 cents") << "en_US" << qint64(10) << "$0.10";
        QTest::newRow("en_US millions") << "en_US" << qint64(123456789) << "$1,234,567.89";
        // Beyond a double's exact range: the engine formats whole cents, never a float.
        QTest::newRow("en_US huge")
            << "en_US" << qint64(1234567890123456789) << "$12,345,678,901,234,567.89";
        QTest::newRow("en_CA 1234.56") << "en_CA" << qint64(123456) << "$1,234.56";
        QTest::newRow("en_CA 999.99") << "en_CA" << qint64(99999) << "$999.99";
        QTest::newRow("fr_CA 1234.56") << "fr_CA" << qint64(123456) << frCa("1 234,56 $");
        QTest::newRow("fr_CA 5 cents") << "fr_CA" << qint64(5) << frCa("0,05 $");
        QTest::newRow("fr_CA 999.99") << "fr_CA" << qint64(99999) << frCa("999,99 $");
        QTest::newRow("fr_CA millions") << "fr_CA" << qint64(123456789) << frCa("1 234 567,89 $");
    }

    void formatsInEachLocale()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QCOMPARE(Money{cents}.format(QLocale(locale)), expected);
    }

    void frenchCanadianUsesNonBreakingSpaces()
    {
        const QString text = Money{123456}.format(QLocale(QStringLiteral("fr_CA")));
        // Exactly "1<nbsp>234,56<nbsp>$": no ordinary space that could break the amount.
        QCOMPARE(text, QString(QStringLiteral("1") + nbsp + QStringLiteral("234,56") + nbsp +
                               QStringLiteral("$")));
        QVERIFY(!text.contains(QLatin1Char(' ')));
        QCOMPARE(text.count(nbsp), 2);
        // Read with ordinary spaces, it is the domain's "1 234,56 $".
        QString plainSpaces = text;
        plainSpaces.replace(nbsp, QLatin1Char(' '));
        QCOMPARE(plainSpaces, QStringLiteral("1 234,56 $"));
    }

    void negativeAmounts_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("digits"); // the amount, without sign or symbol

        QTest::newRow("en_US -1234.56") << "en_US" << qint64(-123456) << "1,234.56";
        QTest::newRow("en_US -5 cents") << "en_US" << qint64(-5) << "0.05";
        QTest::newRow("en_US -1.00") << "en_US" << qint64(-100) << "1.00";
        QTest::newRow("en_CA -12.30") << "en_CA" << qint64(-1230) << "12.30";
        QTest::newRow("fr_CA -1234.56") << "fr_CA" << qint64(-123456) << frCa("1 234,56");
        QTest::newRow("fr_CA -0.99") << "fr_CA" << qint64(-99) << "0,99";
    }

    void negativeAmounts()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        QFETCH(QString, digits);
        const QLocale l(locale);
        const QString negative = Money{cents}.format(l);
        const QString positive = Money{-cents}.format(l);
        // The amount is all there, and the text says it is negative: it differs from the
        // positive amount only by the locale's negative marks.
        QVERIFY2(negative.contains(digits), qPrintable(negative));
        QVERIFY(negative != positive);
        QVERIFY2(negative.contains(QLatin1Char('-')) || negative.contains(QChar(0x2212)) ||
                     (negative.startsWith(QLatin1Char('(')) && negative.endsWith(QLatin1Char(')'))),
                 qPrintable(negative));
        // The locale places the sign and the symbol, exactly as it does for its own amounts.
        QCOMPARE(negative, l.toCurrencyString(double(cents) / 100.0, QStringLiteral("$"), 2));
    }

    void negativeAmountsExactly()
    {
        // Qt 6.4's CLDR data writes negative currency in the accounting style.
        QCOMPARE(Money{-123456}.format(QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("($1,234.56)"));
        QCOMPARE(Money{-5}.format(QLocale(QStringLiteral("en_CA"))), QStringLiteral("($0.05)"));
        QCOMPARE(Money{-123456}.format(QLocale(QStringLiteral("fr_CA"))),
                 QStringLiteral("(") + frCa("1 234,56 $") + QStringLiteral(")"));
    }

    void plainIsLocaleIndependent_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1234.56") << qint64(123456) << "1234.56";
        QTest::newRow("zero") << qint64(0) << "0.00";
        QTest::newRow("5 cents") << qint64(5) << "0.05";
        QTest::newRow("10 cents") << qint64(10) << "0.10";
        QTest::newRow("one dollar") << qint64(100) << "1.00";
        QTest::newRow("no grouping") << qint64(123456789) << "1234567.89";
        QTest::newRow("negative") << qint64(-123456) << "-1234.56";
        QTest::newRow("negative cents") << qint64(-5) << "-0.05";
        QTest::newRow("negative dollar") << qint64(-100) << "-1.00";
        QTest::newRow("huge") << qint64(1234567890123456789) << "12345678901234567.89";
    }

    void plainIsLocaleIndependent()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        const QLocale saved;
        for (const char* name : {"en_US", "fr_CA", "de_DE"}) {
            QLocale::setDefault(QLocale(QLatin1String(name)));
            QCOMPARE(Money{cents}.plain(), expected);
        }
        QLocale::setDefault(saved);
    }

    void arithmetic()
    {
        QCOMPARE((Money{250} + Money{199}).cents, qint64(449));
        QCOMPARE((Money{250} * 3).cents, qint64(750));
        QVERIFY(Money{100} < Money{101});
        QVERIFY(Money{-1} < Money{0});
        QCOMPARE(Money{42}, Money{42});
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
