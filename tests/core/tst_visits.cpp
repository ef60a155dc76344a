// Punching: what a scan does to a customer's cards, what it refuses, and what it records; typed
// scan lines.
#include "VisitsKit.h"

#include "engine/CardService.h"

#include <QJsonArray>
#include <QTest>

using namespace astro;
using namespace astro::test;
using namespace visittests;

namespace {

const CardPunch* punchOn(const ScanOutcome& out, const QString& cardId)
{
    for (const CardPunch& p : out.punches)
        if (p.cardId == cardId)
            return &p;
    return nullptr;
}

} // namespace

class TestVisits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanPunchesEveryEnrolledCard()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, line("SHARED-1")));

        QCOMPARE(cardIdsOf(out),
                 (QStringList{QStringLiteral("CRD-ANY"), QStringLiteral("CRD-PRIOR")}));
        const CardPunch* any = punchOn(out, QStringLiteral("CRD-ANY"));
        const CardPunch* prior = punchOn(out, QStringLiteral("CRD-PRIOR"));
        QVERIFY(any && prior);
        QCOMPARE(any->programId, QStringLiteral("PRG-DIST"));
        QCOMPARE(prior->programId, QStringLiteral("PRG-RET"));
        QCOMPARE(any->units, 1);
        QCOMPARE(any->progress, 1);
        QCOMPARE(any->buy, 3);
        QCOMPARE(prior->progress, 1);
        QCOMPARE(any->rewardsEarned, 0);
        QVERIFY(!any->held);
        QVERIFY(out.warnings.isEmpty());
        QCOMPARE(out.product.gtin, QStringLiteral("00") + upc("SHARED-1"));
        QCOMPARE(out.unitPriceCents, qint64(3500)); // the catalog price by default

        TAKE(records, ts->visits().scans(visit.id));
        QCOMPARE(records.size(), std::size_t(1));
        QStringList recorded = records[0].cardIds;
        recorded.sort();
        QCOMPARE(recorded, cardIdsOf(out));
        QCOMPARE(count(ts, "SELECT count(*) FROM punches"), qint64(2));

        TAKE(anyView, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        TAKE(priorView, ts->cards().view(customer, QStringLiteral("CRD-PRIOR")));
        QCOMPARE(anyView.progress, 1);
        QCOMPARE(priorView.progress, 1);
    }

    void progressCountsUnits()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(first, ts->visits().scan(ts.cashier(), visit.id, line("ANY-1")));
        QCOMPARE(first.punches.size(), std::size_t(1));
        QCOMPARE(first.punches[0].progress, 1);
        TAKE(second, ts->visits().scan(ts.cashier(), visit.id, line("ANY-2")));
        QCOMPARE(second.punches[0].progress, 2);
        QCOMPARE(second.punches[0].rewardsEarned, 0);

        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(view.progress, 2);
        QCOMPARE(view.rewardsEarned, 0);
        QVERIFY(view.openRewards.empty());
        // Another customer's card is untouched.
        const qint64 other = ts.addCustomer(QStringLiteral("Other"), QStringLiteral("Person"));
        TAKE(otherView, ts->cards().view(other, QStringLiteral("CRD-ANY")));
        QCOMPARE(otherView.progress, 0);
    }

    void completionEarnsRewardExactlyAtBuy()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(two, ts->visits().scan(ts.cashier(), visit.id, line("ANY-1", 2)));
        QCOMPARE(two.punches[0].rewardsEarned, 0);
        QCOMPARE(two.punches[0].progress, 2);
        {
            TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
            QCOMPARE(view.rewardsEarned, 0);
        }
        TAKE(third, ts->visits().scan(ts.cashier(), visit.id, line("ANY-3")));
        QCOMPARE(third.punches[0].rewardsEarned, 1);
        QCOMPARE(third.punches[0].progress, 0);

        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(view.progress, 0);
        QCOMPARE(view.rewardsEarned, 1);
        QCOMPARE(view.openRewards.size(), std::size_t(1));
        QCOMPARE(view.openRewards[0].units, 1); // get 1
        QCOMPARE(view.openRewards[0].unitsLeft(), 1);
        QCOMPARE(eventCount(ts, QStringLiteral("reward.earned")), qint64(1));
    }

    void overflowRollsOntoNextCard()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, line("ANY-1", 4)));
        QCOMPARE(out.punches.size(), std::size_t(1));
        QCOMPARE(out.punches[0].units, 4);
        QCOMPARE(out.punches[0].rewardsEarned, 1);
        QCOMPARE(out.punches[0].progress, 1);

        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(view.rewardsEarned, 1);
        QCOMPARE(view.progress, 1);

        // Two more complete the second card.
        TAKE(more, ts->visits().scan(ts.cashier(), visit.id, line("ANY-2", 2)));
        QCOMPARE(more.punches[0].rewardsEarned, 1);
        QCOMPARE(more.punches[0].progress, 0);
        TAKE(after, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(after.rewardsEarned, 2);
        QCOMPARE(after.openRewards.size(), std::size_t(2));
    }

    void timeLimitExpiresOldPunches()
    {
        const QDateTime now(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC);
        TestStore ts(now.addMonths(-7));
        ready(ts);
        const qint64 customer = ts.addCustomer();
        {
            TAKE(visit, ts->visits().open(ts.cashier(), customer));
            ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, line("TL-1", 2)));
            ASTRO_VERIFY_OK(
                ts->visits().finish(ts.cashier(), visit.id, QStringLiteral("paper card")));
        }
        ts.clock().set(now);
        {
            TAKE(before, ts->cards().view(customer, QStringLiteral("CRD-TIME")));
            QCOMPARE(before.progress, 0);
            QCOMPARE(before.expiredUnits, 2);
        }
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, line("TL-1")));
        QCOMPARE(out.punches.size(), std::size_t(1));
        QCOMPARE(out.punches[0].rewardsEarned, 0);
        QCOMPARE(out.punches[0].progress, 1);

        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-TIME")));
        QCOMPARE(view.progress, 1);
        QCOMPARE(view.expiredUnits, 2);
        QCOMPARE(view.rewardsEarned, 0);
        QCOMPARE(view.nextExpiry, now.addMonths(6));
        // The expired punches stay in history.
        QCOMPARE(count(ts, "SELECT count(*) FROM punches WHERE voided = 0"), qint64(2));
    }

    void timeLimitCompletesInsideWindow()
    {
        const QDateTime now(QDate(2026, 11, 16), QTime(15, 0), Qt::UTC);
        TestStore ts(now.addMonths(-5));
        ready(ts);
        const qint64 customer = ts.addCustomer();
        {
            TAKE(visit, ts->visits().open(ts.cashier(), customer));
            ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, line("TL-1", 2)));
            ASTRO_VERIFY_OK(
                ts->visits().finish(ts.cashier(), visit.id, QStringLiteral("paper card")));
        }
        ts.clock().set(now);
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, line("TL-1")));
        QCOMPARE(out.punches[0].rewardsEarned, 1);
        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-TIME")));
        QCOMPARE(view.expiredUnits, 0);
        QCOMPARE(view.rewardsEarned, 1);
    }

    void backDatedPosTimeIsRecordedAsGiven()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        const QDateTime sold = ts->now().addDays(-3).addSecs(-1234);
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ScanLine l = line("ANY-1");
        l.at = sold;
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, l));
        QCOMPARE(out.at, sold);
        TAKE(records, ts->visits().scans(visit.id));
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].at, sold);
        auto punchAt = ts->db().scalar(QStringLiteral("SELECT at FROM punches"));
        ASTRO_VERIFY_OK(punchAt);
        QCOMPARE(QDateTime::fromString(punchAt->toString(), Qt::ISODateWithMs), sold);
        auto events = ts->events().recent(10, QStringLiteral("scan.added"));
        ASTRO_VERIFY_OK(events);
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(events->front().at, sold);
    }

    void rewardEventCarriesTheCompletionTime()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ScanLine l = line("ANY-1", 3);
        l.at = ts->now().addSecs(-2 * 3600);
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, l));
        auto events = ts->events().recent(10, QStringLiteral("reward.earned"));
        ASTRO_VERIFY_OK(events);
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(events->front().at, l.at);
        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(view.openRewards.size(), std::size_t(1));
        QCOMPARE(view.openRewards[0].earnedAt, l.at);
    }

    void futureTimeIsRefused()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ScanLine l = line("ANY-1");
        l.at = ts->now().addSecs(3600);
        const auto out = ts->visits().scan(ts.cashier(), visit.id, l);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::Invalid);
        QVERIFY2(out.error().message.contains(QStringLiteral("future")),
                 qPrintable(out.error().message));
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(0));
        QCOMPARE(count(ts, "SELECT count(*) FROM punches"), qint64(0));
    }

    void futureToleranceIsFiveMinutes()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ScanLine atLimit = line("ANY-1");
        atLimit.at = ts->now().addSecs(300);
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, atLimit));
        QCOMPARE(out.at, atLimit.at);
        ScanLine beyond = line("ANY-1");
        beyond.at = ts->now().addSecs(301);
        const auto refused = ts->visits().scan(ts.cashier(), visit.id, beyond);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(1));
    }

    void quantityAndPriceAreChecked()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        for (int quantity : {0, -1, 1000}) {
            const auto out = ts->visits().scan(ts.cashier(), visit.id, line("ANY-1", quantity));
            QVERIFY2(!out.ok(), qPrintable(QString::number(quantity)));
            QCOMPARE(out.error().code, ErrorCode::Invalid);
        }
        ScanLine negative = line("ANY-1");
        negative.priceCents = -1;
        const auto out = ts->visits().scan(ts.cashier(), visit.id, negative);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::Invalid);
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(0));
        TAKE(most, ts->visits().scan(ts.cashier(), visit.id, line("ANY-1", 999)));
        QCOMPARE(most.punches[0].rewardsEarned, 333);
    }

    void cardOutsideItsDatesDoesNotPunch()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        const auto out = ts->visits().scan(ts.cashier(), visit.id, line("END-1"));
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::NotFound);
        QVERIFY2(out.error().message.contains(QStringLiteral("Ended card")),
                 qPrintable(out.error().message));
        QVERIFY2(out.error().message.contains(QStringLiteral("not running")),
                 qPrintable(out.error().message));
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(0));
        QCOMPARE(count(ts, "SELECT count(*) FROM punches"), qint64(0));

        // While the card ran (a back-dated sale in June), the same item punches.
        ScanLine june = line("END-1");
        june.at = QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
        TAKE(inJune, ts->visits().scan(ts.cashier(), visit.id, june));
        QCOMPARE(cardIdsOf(inJune), QStringList{QStringLiteral("CRD-ENDED")});
    }

    void programNotEnrolledDoesNotPunch()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        const auto out = ts->visits().scan(ts.cashier(), visit.id, line("NE-1"));
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::NotFound);
        QVERIFY2(out.error().message.contains(QStringLiteral("Program PRG-NE")),
                 qPrintable(out.error().message));
        QVERIFY2(out.error().message.contains(QStringLiteral("not enrolled")),
                 qPrintable(out.error().message));
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(0));
        QCOMPARE(count(ts, "SELECT count(*) FROM punches"), qint64(0));
    }

    void itemOnNoCardIsRefusedAndNothingRecorded()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        const qint64 eventsBefore = eventCount(ts, {});
        const auto out = ts->visits().scan(ts.cashier(), visit.id, line("NOCARD-1"));
        QVERIFY(!out.ok());
        QVERIFY2(out.error().message.contains(QStringLiteral("Test item NOCARD-1")),
                 qPrintable(out.error().message));
        QVERIFY2(out.error().message.contains(QStringLiteral("not on any")),
                 qPrintable(out.error().message));
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(0));
        QCOMPARE(count(ts, "SELECT count(*) FROM punches"), qint64(0));
        QCOMPARE(count(ts, "SELECT count(*) FROM rewards"), qint64(0));
        QCOMPARE(eventCount(ts, {}), eventsBefore);
        QCOMPARE(eventCount(ts, QStringLiteral("scan.added")), qint64(0));
        TAKE(records, ts->visits().scans(visit.id));
        QVERIFY(records.empty());
    }

    void unknownUpcAndWrongCheckDigitAreRefusedDistinctly()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));

        ScanLine unknown;
        unknown.code = QStringLiteral("036000291452"); // valid check digit, not in the catalog
        const auto a = ts->visits().scan(ts.cashier(), visit.id, unknown);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, ErrorCode::NotFound);
        QVERIFY2(a.error().message.contains(QStringLiteral("036000291452")),
                 qPrintable(a.error().message));

        ScanLine wrong;
        const QString good = upc("ANY-1");
        const int check = good.right(1).toInt();
        wrong.code = good.left(11) + QString::number((check + 1) % 10);
        const auto b = ts->visits().scan(ts.cashier(), visit.id, wrong);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code, ErrorCode::Invalid);
        QVERIFY2(b.error().message.contains(QStringLiteral("check digit")),
                 qPrintable(b.error().message));

        QVERIFY(a.error().message != b.error().message);
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(0));
    }

    void temporaryHoldingPunchesWithWarning()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, line("HOLD-1")));
        QCOMPARE(cardIdsOf(out), QStringList{QStringLiteral("CRD-HOLD")});
        QVERIFY(out.punches[0].held);
        QCOMPARE(out.punches[0].progress, 1);
        QCOMPARE(out.warnings.size(), qsizetype(1));
        QVERIFY2(out.warnings[0].contains(QStringLiteral("Temporary Holding")),
                 qPrintable(out.warnings[0]));
        QVERIFY2(out.warnings[0].contains(QStringLiteral("Program PRG-HOLD")),
                 qPrintable(out.warnings[0]));
        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-HOLD")));
        QCOMPARE(view.progress, 1);

        TAKE(plain, ts->visits().scan(ts.cashier(), visit.id, line("ANY-1")));
        QVERIFY(plain.warnings.isEmpty());
        QVERIFY(!plain.punches[0].held);
    }

    void parsesScanLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<qlonglong>("priceCents"); // -1: no price given

        QTest::newRow("UPC only") << "012345678905"
                                  << "012345678905" << 1 << -1LL;
        QTest::newRow("quantity") << "012345678905x2"
                                  << "012345678905" << 2 << -1LL;
        QTest::newRow("upper X") << "012345678905X3"
                                 << "012345678905" << 3 << -1LL;
        QTest::newRow("star") << "012345678905*4"
                              << "012345678905" << 4 << -1LL;
        QTest::newRow("quantity and price") << "012345678905x2@12.99"
                                            << "012345678905" << 2 << 1299LL;
        QTest::newRow("comma decimal") << "012345678905x2@12,99"
                                       << "012345678905" << 2 << 1299LL;
        QTest::newRow("one decimal") << "012345678905@12.5"
                                     << "012345678905" << 1 << 1250LL;
        QTest::newRow("whole dollars") << "012345678905@12"
                                       << "012345678905" << 1 << 1200LL;
        QTest::newRow("spaces") << "  012345678905 x 2 @ 0.99 "
                                << "012345678905" << 2 << 99LL;
    }

    void parsesScanLines()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(int, quantity);
        QFETCH(qlonglong, priceCents);
        const auto parsed = ScanLine::parse(text);
        ASTRO_VERIFY_OK(parsed);
        QCOMPARE(parsed->code.trimmed(), code);
        QCOMPARE(parsed->quantity, quantity);
        if (priceCents < 0) {
            QVERIFY(!parsed->priceCents.has_value());
        } else {
            QVERIFY(parsed->priceCents.has_value());
            QCOMPARE(qlonglong(*parsed->priceCents), priceCents);
        }
        QVERIFY(!parsed->at.isValid());
        QVERIFY(parsed->exceptionCardId.isEmpty());
    }

    void refusesBadScanLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("letters") << "abc";
        QTest::newRow("no quantity") << "012345678905x";
        QTest::newRow("no price") << "012345678905x2@";
        QTest::newRow("three decimals") << "012345678905@1.999";
        QTest::newRow("negative price") << "012345678905@-1";
    }

    void refusesBadScanLines()
    {
        QFETCH(QString, text);
        const auto parsed = ScanLine::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    }

    void parsedPriceIsThePricePaid()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(l, ScanLine::parse(upc("ANY-1") + QStringLiteral("x2@12.99")));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, l));
        QCOMPARE(out.quantity, 2);
        QCOMPARE(out.unitPriceCents, qint64(1299));
        QCOMPARE(out.punches[0].units, 2);
        TAKE(records, ts->visits().scans(visit.id));
        QCOMPARE(records[0].unitPriceCents, qint64(1299));
        QCOMPARE(records[0].quantity, 2);
    }

    void finishedVisitRefusesScans()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, line("ANY-1")));
        ASTRO_VERIFY_OK(ts->visits().finish(ts.cashier(), visit.id));
        const auto out = ts->visits().scan(ts.cashier(), visit.id, line("ANY-2"));
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::Conflict);
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(1));
        const auto again = ts->visits().finish(ts.cashier(), visit.id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
    }

    void eachScanWritesOneEvent()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), visit.id, line("ANY-1")));
        QCOMPARE(eventCount(ts, QStringLiteral("scan.added")), qint64(1));
        QVERIFY(!ts->visits().scan(ts.cashier(), visit.id, line("NOCARD-1")).ok());
        QCOMPARE(eventCount(ts, QStringLiteral("scan.added")), qint64(1));
        ScanLine priced = line("SHARED-1", 2);
        priced.priceCents = 3399;
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, priced));
        QCOMPARE(eventCount(ts, QStringLiteral("scan.added")), qint64(2));
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(2));

        auto events = ts->events().recent(1, QStringLiteral("scan.added"));
        ASTRO_VERIFY_OK(events);
        const QJsonObject p = events->front().payload;
        QCOMPARE(p.value(QStringLiteral("item_code")).toString(), out.product.gtin);
        QCOMPARE(p.value(QStringLiteral("item_qty")).toInt(), 2);
        QCOMPARE(p.value(QStringLiteral("item_amount_cents")).toInteger(), qint64(3399));
        QCOMPARE(p.value(QStringLiteral("visit")).toString(), visit.uuid);
        QCOMPARE(p.value(QStringLiteral("transaction")).toString(), visit.transactionId);
        QCOMPARE(p.value(QStringLiteral("location")).toString(), QStringLiteral("LOC-A"));
        QStringList cards;
        for (const auto& c : p.value(QStringLiteral("cards")).toArray())
            cards << c.toString();
        cards.sort();
        QCOMPARE(cards, (QStringList{QStringLiteral("CRD-ANY"), QStringLiteral("CRD-PRIOR")}));
        QVERIFY(!events->front().sent);
    }
};

QTEST_GUILESS_MAIN(TestVisits)
#include "tst_visits.moc"
