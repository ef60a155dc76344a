#include "engine/CardReplay.h"

#include <QTest>

using namespace astro;

namespace {

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

// `quantity` units of one punch: a punch of quantity 3 is three units with the same time.
void punch(std::vector<PunchUnit>& units, qint64 punchId, const QDateTime& when, int quantity = 1,
           qint64 productId = 1)
{
    for (int i = 0; i < quantity; ++i)
        units.push_back(PunchUnit{punchId, when, productId, QStringLiteral("00070000000007"), 1000,
                                  SizeClass::M});
}

QList<qint64> punchIds(const std::vector<PunchUnit>& units)
{
    QList<qint64> ids;
    for (const PunchUnit& u : units)
        ids << u.punchId;
    return ids;
}

} // namespace

class TestCardReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingPunchedNothingEarned()
    {
        const CardState s = CardReplay::play({}, 3, 6, at(2026, 11, 16));
        QVERIFY(s.completed.empty());
        QVERIFY(s.counting.empty());
        QVERIFY(s.expired.empty());
        QVERIFY(s.expiredHistory.empty());
    }

    void completesAtExactlyBuyUnits()
    {
        std::vector<PunchUnit> units;
        punch(units, 1, at(2026, 11, 1));
        punch(units, 2, at(2026, 11, 2));
        CardState s = CardReplay::play(units, 3, 0, at(2026, 11, 16));
        QCOMPARE(s.completed.size(), std::size_t(0));
        QCOMPARE(s.counting.size(), std::size_t(2));

        punch(units, 3, at(2026, 11, 3));
        s = CardReplay::play(units, 3, 0, at(2026, 11, 16));
        QCOMPARE(s.completed.size(), std::size_t(1));
        QCOMPARE(punchIds(s.completed[0].units), (QList<qint64>{1, 2, 3}));
        QVERIFY(s.counting.empty());
        QVERIFY(s.expired.empty());
    }

    void quantityCompletesInOnePunch()
    {
        std::vector<PunchUnit> units;
        punch(units, 7, at(2026, 11, 1), 3);
        const CardState s = CardReplay::play(units, 3, 0, at(2026, 11, 16));
        QCOMPARE(s.completed.size(), std::size_t(1));
        QCOMPARE(s.completed[0].units.size(), std::size_t(3));
        QVERIFY(s.counting.empty());
    }

    void overflowRollsOntoTheNextCard()
    {
        // Buy 12: eleven single punches, then a punch of quantity 3.
        std::vector<PunchUnit> units;
        for (int i = 1; i <= 11; ++i)
            punch(units, i, at(2026, 1, 1).addDays(i));
        punch(units, 12, at(2026, 3, 1), 3);
        const CardState s = CardReplay::play(units, 12, 0, at(2026, 11, 16));
        QCOMPARE(s.completed.size(), std::size_t(1));
        QCOMPARE(s.completed[0].units.size(), std::size_t(12));
        QCOMPARE(s.completed[0].units.back().punchId, qint64(12));
        QCOMPARE(s.completed[0].units.front().punchId, qint64(1));
        // The two extra units of punch 12 start the next card.
        QCOMPARE(punchIds(s.counting), (QList<qint64>{12, 12}));
        QCOMPARE(s.completed[0].earnedAt, at(2026, 3, 1));
    }

    void severalCardsInARow()
    {
        std::vector<PunchUnit> units;
        for (int i = 1; i <= 7; ++i)
            punch(units, i, at(2026, 2, i));
        const CardState s = CardReplay::play(units, 3, 0, at(2026, 11, 16));
        QCOMPARE(s.completed.size(), std::size_t(2));
        QCOMPARE(punchIds(s.completed[0].units), (QList<qint64>{1, 2, 3}));
        QCOMPARE(punchIds(s.completed[1].units), (QList<qint64>{4, 5, 6}));
        QCOMPARE(punchIds(s.counting), (QList<qint64>{7}));
        QCOMPARE(s.completed[0].earnedAt, at(2026, 2, 3));
        QCOMPARE(s.completed[1].earnedAt, at(2026, 2, 6));
    }

    void bigQuantityCompletesSeveralCards()
    {
        std::vector<PunchUnit> units;
        punch(units, 1, at(2026, 5, 5), 7);
        const CardState s = CardReplay::play(units, 3, 0, at(2026, 11, 16));
        QCOMPARE(s.completed.size(), std::size_t(2));
        QCOMPARE(s.counting.size(), std::size_t(1));
        QCOMPARE(s.completed[0].earnedAt, at(2026, 5, 5));
        QCOMPARE(s.completed[1].earnedAt, at(2026, 5, 5));
    }

    void earnedAtIsTheCompletingPunchNotNow()
    {
        std::vector<PunchUnit> units;
        punch(units, 1, at(2025, 4, 1));
        punch(units, 2, at(2025, 4, 9));
        punch(units, 3, QDateTime(QDate(2025, 4, 20), QTime(17, 42, 13), Qt::UTC));
        punch(units, 4, at(2025, 5, 1));
        const CardState s = CardReplay::play(units, 3, 0, at(2026, 11, 16));
        QCOMPARE(s.completed.size(), std::size_t(1));
        QCOMPARE(s.completed[0].earnedAt,
                 QDateTime(QDate(2025, 4, 20), QTime(17, 42, 13), Qt::UTC));
    }

    void rollingWindowDropsOldUnits()
    {
        // Limit 6 months, buy 3: Jan 1 and Feb 1, then Aug 15 (window from Feb 15): both
        // earlier units fall off before Aug 15 is added, so Sep 1 does not complete the card.
        std::vector<PunchUnit> units;
        punch(units, 1, at(2026, 1, 1));
        punch(units, 2, at(2026, 2, 1));
        punch(units, 3, at(2026, 8, 15));
        punch(units, 4, at(2026, 9, 1));
        const QDateTime now = at(2026, 9, 2);
        const CardState s = CardReplay::play(units, 3, 6, now);
        QCOMPARE(s.completed.size(), std::size_t(0));
        QCOMPARE(punchIds(s.counting), (QList<qint64>{3, 4}));
        QCOMPARE(punchIds(s.expired), (QList<qint64>{1, 2}));
        QCOMPARE(punchIds(s.expiredHistory), (QList<qint64>{1, 2}));

        // Without the limit the same punches complete the card at Aug 15.
        const CardState unlimited = CardReplay::play(units, 3, 0, now);
        QCOMPARE(unlimited.completed.size(), std::size_t(1));
        QCOMPARE(unlimited.completed[0].earnedAt, at(2026, 8, 15));
        QVERIFY(unlimited.expiredHistory.empty());
    }

    void windowIsRelativeToTheAddingUnit()
    {
        // Jan 1 is older than 6 months before Jul 15, but Mar 1 is not: only Jan 1 falls off.
        std::vector<PunchUnit> units;
        punch(units, 1, at(2026, 1, 1));
        punch(units, 2, at(2026, 3, 1));
        punch(units, 3, at(2026, 7, 15));
        const CardState s = CardReplay::play(units, 3, 6, at(2026, 7, 16));
        QCOMPARE(s.completed.size(), std::size_t(0));
        QCOMPARE(punchIds(s.counting), (QList<qint64>{2, 3}));
        QCOMPARE(punchIds(s.expired), (QList<qint64>{1}));

        // All three inside six months of the third: the card completes.
        std::vector<PunchUnit> inside;
        punch(inside, 1, at(2026, 1, 1));
        punch(inside, 2, at(2026, 3, 1));
        punch(inside, 3, at(2026, 6, 30));
        const CardState done = CardReplay::play(inside, 3, 6, at(2026, 7, 1));
        QCOMPARE(done.completed.size(), std::size_t(1));
        QVERIFY(done.expiredHistory.empty());
    }

    void unitExactlyAtTheLimitStillCounts()
    {
        // "Within N months before": a unit exactly six months older is still inside the window.
        std::vector<PunchUnit> units;
        punch(units, 1, at(2026, 1, 10));
        punch(units, 2, at(2026, 7, 10));
        const CardState s = CardReplay::play(units, 2, 6, at(2026, 7, 10));
        QCOMPARE(s.completed.size(), std::size_t(1));
        QVERIFY(s.expiredHistory.empty());
    }

    void unitsOlderThanTheWindowAtTheEndAreExpired()
    {
        // Nothing new was punched, but time went on: at Dec 1, with 6 months, units before
        // Jun 1 are expired and the rest still count.
        std::vector<PunchUnit> units;
        punch(units, 1, at(2026, 3, 1));
        punch(units, 2, at(2026, 5, 31));
        punch(units, 3, at(2026, 7, 1));
        const CardState s = CardReplay::play(units, 5, 6, at(2026, 12, 1));
        QCOMPARE(punchIds(s.expired), (QList<qint64>{1, 2}));
        QCOMPARE(punchIds(s.expiredHistory), (QList<qint64>{1, 2}));
        QCOMPARE(punchIds(s.counting), (QList<qint64>{3}));

        // The same punches seen earlier (Jul 2) have nothing expired yet.
        const CardState before = CardReplay::play(units, 5, 6, at(2026, 7, 2));
        QVERIFY(before.expired.empty());
        QCOMPARE(before.counting.size(), std::size_t(3));
    }

    void completedCardsDoNotExpire()
    {
        // A completed card is a reward: time does not take it back.
        std::vector<PunchUnit> units;
        punch(units, 1, at(2024, 1, 1));
        punch(units, 2, at(2024, 1, 2));
        const CardState s = CardReplay::play(units, 2, 6, at(2026, 11, 16));
        QCOMPARE(s.completed.size(), std::size_t(1));
        QVERIFY(s.counting.empty());
        QVERIFY(s.expired.empty());
        QVERIFY(s.expiredHistory.empty());
    }

    void expiredHistoryKeepsWhatTheNextCardForgets()
    {
        // Limit 6, buy 2: Jan 1 falls off when Sep 1 is added; Sep 1 + Sep 2 complete a card.
        // The open card then starts clean (nothing expired on it), but the history keeps Jan 1.
        std::vector<PunchUnit> units;
        punch(units, 1, at(2026, 1, 1));
        punch(units, 2, at(2026, 9, 1));
        punch(units, 3, at(2026, 9, 2));
        punch(units, 4, at(2026, 9, 3));
        const CardState s = CardReplay::play(units, 2, 6, at(2026, 9, 4));
        QCOMPARE(s.completed.size(), std::size_t(1));
        QCOMPARE(punchIds(s.completed[0].units), (QList<qint64>{2, 3}));
        QCOMPARE(punchIds(s.counting), (QList<qint64>{4}));
        QVERIFY(s.expired.empty());
        QCOMPARE(punchIds(s.expiredHistory), (QList<qint64>{1}));
    }

    void expiredHistoryAccumulatesAcrossCards()
    {
        std::vector<PunchUnit> units;
        punch(units, 1, at(2024, 1, 1)); // falls off before 2
        punch(units, 2, at(2024, 9, 1));
        punch(units, 3, at(2024, 9, 2)); // completes with 2
        punch(units, 4, at(2025, 1, 1)); // falls off before 5
        punch(units, 5, at(2025, 9, 1)); // still counting, expires by now
        const CardState s = CardReplay::play(units, 2, 6, at(2026, 11, 16));
        QCOMPARE(s.completed.size(), std::size_t(1));
        QVERIFY(s.counting.empty());
        QCOMPARE(punchIds(s.expired), (QList<qint64>{4, 5}));
        QCOMPARE(punchIds(s.expiredHistory), (QList<qint64>{1, 4, 5}));
    }

    void noLimitWhenZero()
    {
        std::vector<PunchUnit> units;
        punch(units, 1, at(2015, 1, 1));
        punch(units, 2, at(2020, 6, 1));
        punch(units, 3, at(2026, 11, 1));
        punch(units, 4, at(2026, 11, 2));
        const CardState s = CardReplay::play(units, 3, 0, at(2040, 1, 1));
        QCOMPARE(s.completed.size(), std::size_t(1));
        QCOMPARE(s.completed[0].earnedAt, at(2026, 11, 1));
        QCOMPARE(punchIds(s.counting), (QList<qint64>{4}));
        QVERIFY(s.expired.empty());
        QVERIFY(s.expiredHistory.empty());
    }

    void unitsKeepTheirDetails()
    {
        std::vector<PunchUnit> units;
        units.push_back(PunchUnit{11, at(2026, 11, 1), 5, QStringLiteral("00012345678905"), 1299,
                                  SizeClass::XL});
        units.push_back(
            PunchUnit{12, at(2026, 11, 2), 6, QStringLiteral("00036000291452"), 899, SizeClass::S});
        const CardState s = CardReplay::play(units, 2, 0, at(2026, 11, 16));
        QCOMPARE(s.completed.size(), std::size_t(1));
        const PunchUnit& first = s.completed[0].units[0];
        QCOMPARE(first.productId, qint64(5));
        QCOMPARE(first.gtin, QStringLiteral("00012345678905"));
        QCOMPARE(first.unitPriceCents, qint64(1299));
        QCOMPARE(first.sizeClass, SizeClass::XL);
        QCOMPARE(s.completed[0].units[1].sizeClass, SizeClass::S);
    }
};

QTEST_GUILESS_MAIN(TestCardReplay)
#include "tst_cardreplay.moc"
