#include "common/Text.h"

#include <QSet>
#include <QTest>

using namespace astro;

// New ids, and the store's instants as text: written and read by hand in the store's own form, and
// by Qt's ISO parser in any other, with the same results.
class TestText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instantsAreWrittenInTheStoresForm()
    {
        const QDateTime at(QDate(2026, 3, 8), QTime(7, 5, 9, 42), Qt::UTC);
        QCOMPARE(text::isoUtc(at), QStringLiteral("2026-03-08T07:05:09.042Z"));
        QCOMPARE(text::isoUtc(at), at.toString(Qt::ISODateWithMs));
        // Another zone is written as the same instant in UTC.
        const QDateTime toronto = at.toTimeZone(QTimeZone("America/Toronto"));
        QCOMPARE(text::isoUtc(toronto), QStringLiteral("2026-03-08T07:05:09.042Z"));
        QCOMPARE(text::isoUtc(QDateTime()), QString());
    }

    void everyMillisecondOfADayRoundTrips()
    {
        QDateTime at(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
        const QDateTime end = at.addDays(1);
        for (; at < end; at = at.addMSecs(997)) {
            const QString written = text::isoUtc(at);
            QCOMPARE(written, at.toString(Qt::ISODateWithMs));
            const QDateTime read = text::fromIsoUtc(written);
            QCOMPARE(read, at);
            QCOMPARE(read.timeSpec(), Qt::UTC);
        }
    }

    void otherFormsAreReadByQt_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QDateTime>("instant");
        const QDate day(2026, 12, 7);
        QTest::newRow("no milliseconds")
            << QStringLiteral("2026-12-07T14:05:06Z") << QDateTime(day, QTime(14, 5, 6), Qt::UTC);
        QTest::newRow("an offset") << QStringLiteral("2026-12-07T09:05:06.500-05:00")
                                   << QDateTime(day, QTime(14, 5, 6, 500), Qt::UTC);
    }

    void otherFormsAreReadByQt()
    {
        QFETCH(QString, written);
        QFETCH(QDateTime, instant);
        QCOMPARE(text::fromIsoUtc(written), instant);
    }

    void nonsenseIsNoInstant_data()
    {
        QTest::addColumn<QString>("written");
        QTest::newRow("empty") << QString();
        QTest::newRow("month 13") << QStringLiteral("2026-13-07T14:05:06.000Z");
        QTest::newRow("hour 24") << QStringLiteral("2026-12-07T24:05:06.000Z");
        QTest::newRow("a letter") << QStringLiteral("2026-12-0xT14:05:06.000Z");
        QTest::newRow("February 30") << QStringLiteral("2026-02-30T14:05:06.000Z");
    }

    void nonsenseIsNoInstant()
    {
        QFETCH(QString, written);
        QVERIFY(!text::fromIsoUtc(written).isValid());
    }

    void newIdsAreTimeOrderedUuids()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString first = text::newUuid();
        const QUuid id = QUuid::fromString(first);
        QVERIFY(!id.isNull());
        QCOMPARE(first, id.toString(QUuid::WithoutBraces));
        QCOMPARE(id.variant(), QUuid::DCE);
        QCOMPARE(first.at(14), QLatin1Char('7')); // the version; Qt 6.4 names only 1 to 5
        // The first 48 bits are the moment it was made.
        const qint64 made = first.left(8).append(first.mid(9, 4)).toLongLong(nullptr, 16);
        QVERIFY(made >= before && made <= QDateTime::currentMSecsSinceEpoch());
        QTest::qWait(3);
        QVERIFY(text::newUuid() > first); // later ids sort after, as text too
        QSet<QString> many;
        for (int i = 0; i < 10000; ++i)
            many.insert(text::newUuid());
        QCOMPARE(many.size(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestText)
#include "tst_text.moc"
