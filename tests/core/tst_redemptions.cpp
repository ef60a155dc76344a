// Redeeming earned rewards: the items each rule allows, limits, cost, and undo.
#include "TestStore.h"

#include "batches/BatchService.h"
#include "credits/CreditService.h"
#include "engine/CardService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/EventLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

// The small catalog with one field of one card changed.
QByteArray catalogWithCard(const QString& cardId, const QString& key, const QJsonValue& value)
{
    QJsonObject doc = QJsonDocument::fromJson(smallCatalog()).object();
    QJsonArray programs = doc.value(QStringLiteral("programs")).toArray();
    for (int i = 0; i < programs.size(); ++i) {
        QJsonObject program = programs[i].toObject();
        QJsonArray cards = program.value(QStringLiteral("cards")).toArray();
        for (int j = 0; j < cards.size(); ++j) {
            QJsonObject card = cards[j].toObject();
            if (card.value(QStringLiteral("id")).toString() == cardId) {
                card.insert(key, value);
                cards[j] = card;
            }
        }
        program.insert(QStringLiteral("cards"), cards);
        programs[i] = program;
    }
    doc.insert(QStringLiteral("programs"), programs);
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

// "ANY-1", "ANY-1*3" (quantity), "LV-1@1500" (price paid in cents), "LV-1*2@1500".
ScanLine line(const QString& spec)
{
    ScanLine l;
    QString name = spec;
    const int at = name.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        l.priceCents = name.mid(at + 1).toLongLong();
        name.truncate(at);
    }
    const int times = name.indexOf(QLatin1Char('*'));
    if (times >= 0) {
        l.quantity = name.mid(times + 1).toInt();
        name.truncate(times);
    }
    l.code = upc(name.toLatin1().constData());
    return l;
}

// Opens a visit for the customer and scans every line.
Result<Visit> visitWith(TestStore& ts, const Actor& who, qint64 customer, const QStringList& scans)
{
    auto visit = ts->visits().open(who, customer);
    if (!visit)
        return visit.error();
    for (const QString& s : scans)
        if (auto out = ts->visits().scan(who, visit->id, line(s)); !out)
            return out.error();
    return visit;
}

Result<Redemption> redeem(TestStore& ts, const Actor& who, qint64 customer, const char* card,
                          const char* item, qint64 visitId = 0, int quantity = 1)
{
    RedeemRequest r;
    r.customerId = customer;
    r.cardId = QLatin1String(card);
    r.code = upc(item);
    r.quantity = quantity;
    r.visitId = visitId;
    return ts->redemptions().redeem(who, r);
}

QStringList gtinsOf(const QStringList& names)
{
    QStringList out;
    for (const QString& n : names)
        out << QStringLiteral("00") + upc(n.toLatin1().constData());
    out.sort();
    return out;
}

QStringList gtinsOf(const std::vector<Product>& products)
{
    QStringList out;
    for (const Product& p : products)
        out << p.gtin;
    out.sort();
    return out;
}

qint64 count(TestStore& ts, const char* sql)
{
    auto n = ts->db().scalar(QLatin1String(sql));
    return n ? n->toLongLong() : -1;
}

} // namespace

class TestRedemptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choicesFollowTheRule_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QStringList>("scans");
        QTest::addColumn<QStringList>("allowed");

        QTest::newRow("any") << "CRD-ANY" << QStringList{"ANY-1*3"}
                             << QStringList{"ANY-1", "ANY-2", "ANY-3", "SHARED-1"};
        // Least value compares with the prices paid, not the catalog prices: LV-2 was sold at
        // $15 (catalog $20), so only LV-3 ($10) is allowed, and LV-2 itself is not.
        QTest::newRow("least value, prices paid")
            << "CRD-LEAST" << QStringList{"LV-1@3000", "LV-2@1500", "LV-4@2500"}
            << QStringList{"LV-3"};
        QTest::newRow("least value, catalog prices")
            << "CRD-LEAST" << QStringList{"LV-1", "LV-2", "LV-4"} << QStringList{"LV-2", "LV-3"};
        QTest::newRow("same size, small")
            << "CRD-SIZE" << QStringList{"SZ-S1*2", "SZ-S2"} << QStringList{"SZ-S1", "SZ-S2"};
        QTest::newRow("same size, large")
            << "CRD-SIZE" << QStringList{"SZ-L1*3"} << QStringList{"SZ-L1", "SZ-L2"};
        QTest::newRow("purchased prior")
            << "CRD-PRIOR" << QStringList{"PP-1", "PP-2", "PP-1"} << QStringList{"PP-1", "PP-2"};
        QTest::newRow("most frequent")
            << "CRD-FREQ" << QStringList{"MF-1*2", "MF-2"} << QStringList{"MF-1"};
        QTest::newRow("most frequent, ties") << "CRD-FREQ" << QStringList{"MF-1", "MF-2", "MF-3"}
                                             << QStringList{"MF-1", "MF-2", "MF-3"};
    }

    void choicesFollowTheRule()
    {
        QFETCH(QString, card);
        QFETCH(QStringList, scans);
        QFETCH(QStringList, allowed);
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        ASTRO_VERIFY_OK(visitWith(ts, ts.cashier(), customer, scans));
        TAKE(choice, ts->redemptions().choices(customer, card));
        QCOMPARE(choice.card.id, card);
        QCOMPARE(choice.reward.unitsLeft(), 1);
        QVERIFY(choice.limitReached.isEmpty());
        QCOMPARE(gtinsOf(choice.items), gtinsOf(allowed));
    }

    void ruleUsesOnlyTheUnitsThatEarnedTheReward()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"PP-1*3", "PP-2*3"}));
        {
            TAKE(first, ts->redemptions().choices(customer, QStringLiteral("CRD-PRIOR")));
            QCOMPARE(gtinsOf(first.items), gtinsOf(QStringList{"PP-1"}));
        }
        ASTRO_VERIFY_OK(redeem(ts, ts.cashier(), customer, "CRD-PRIOR", "PP-1", visit.id));
        TAKE(second, ts->redemptions().choices(customer, QStringLiteral("CRD-PRIOR")));
        QCOMPARE(gtinsOf(second.items), gtinsOf(QStringList{"PP-2"}));
    }

    void redeemingAnAllowedItemUsesTheReward()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"ANY-1*3"}));
        TAKE(before, ts->redemptions().choices(customer, QStringLiteral("CRD-ANY")));
        TAKE(r, redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-2", visit.id));

        QVERIFY(r.id > 0);
        QCOMPARE(r.rewardId, before.reward.id);
        QCOMPARE(r.customerId, customer);
        QCOMPARE(r.cardId, QStringLiteral("CRD-ANY"));
        QCOMPARE(r.programId, QStringLiteral("PRG-DIST"));
        QCOMPARE(r.manufacturerId, QStringLiteral("M1"));
        QCOMPARE(r.gtin, QStringLiteral("00") + upc("ANY-2"));
        QCOMPARE(r.description, QStringLiteral("Test item ANY-2"));
        QCOMPARE(r.quantity, 1);
        QCOMPARE(r.visitId, visit.id);
        QCOMPARE(r.locationId, QStringLiteral("LOC-A"));
        QCOMPARE(r.userId, ts.cashier().userId);
        QCOMPARE(r.at, ts->now());
        QVERIFY(!r.undone());

        const auto after = ts->redemptions().choices(customer, QStringLiteral("CRD-ANY"));
        QVERIFY(!after.ok());
        QCOMPARE(after.error().code, ErrorCode::NotFound);
        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(view.rewardsEarned, 1);
        QVERIFY(view.openRewards.empty());
        auto events = ts->events().recent(10, QStringLiteral("redemption.added"));
        ASTRO_VERIFY_OK(events);
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(events->front().payload.value(QStringLiteral("redemption")).toString(), r.uuid);

        const auto second = redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-2", visit.id);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::NotFound);
    }

    void notAllowedItemIsRefusedWithTheRule()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"PP-1*3"}));
        const auto refused = redeem(ts, ts.cashier(), customer, "CRD-PRIOR", "PP-3", visit.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(explanation(RewardRule::PurchasedPrior)),
                 qPrintable(refused.error().message));
        // An item of another card is not allowed either.
        const auto foreign = redeem(ts, ts.cashier(), customer, "CRD-PRIOR", "ANY-1", visit.id);
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, ErrorCode::Invalid);

        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions"), qint64(0));
        TAKE(choice, ts->redemptions().choices(customer, QStringLiteral("CRD-PRIOR")));
        QCOMPARE(choice.reward.unitsLeft(), 1);
    }

    void leastValueRefusalExplainsTheRule()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"LV-1@3000", "LV-2@1500", "LV-4"}));
        const auto refused = redeem(ts, ts.cashier(), customer, "CRD-LEAST", "LV-2", visit.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(explanation(RewardRule::LeastValue)),
                 qPrintable(refused.error().message));
        ASTRO_VERIFY_OK(redeem(ts, ts.cashier(), customer, "CRD-LEAST", "LV-3", visit.id));
    }

    void noRewardIsNotFound()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        {
            const auto none = ts->redemptions().choices(customer, QStringLiteral("CRD-ANY"));
            QVERIFY(!none.ok());
            QCOMPARE(none.error().code, ErrorCode::NotFound);
        }
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"ANY-1*2"}));
        const auto almost = ts->redemptions().choices(customer, QStringLiteral("CRD-ANY"));
        QVERIFY(!almost.ok());
        QCOMPARE(almost.error().code, ErrorCode::NotFound);
        const auto redeemed = redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", visit.id);
        QVERIFY(!redeemed.ok());
        QCOMPARE(redeemed.error().code, ErrorCode::NotFound);
        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions"), qint64(0));
    }

    void maxPerCustomerLimitsRewards()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"TL-1*6"}));
        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-TIME")));
        QCOMPARE(view.openRewards.size(), std::size_t(2));

        ASTRO_VERIFY_OK(redeem(ts, ts.cashier(), customer, "CRD-TIME", "TL-1", visit.id));
        TAKE(choice, ts->redemptions().choices(customer, QStringLiteral("CRD-TIME")));
        QVERIFY(!choice.limitReached.isEmpty());
        const auto second = redeem(ts, ts.cashier(), customer, "CRD-TIME", "TL-1", visit.id);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::LimitReached);
        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions"), qint64(1));

        // Another customer has their own limit.
        const qint64 other = ts.addCustomer(QStringLiteral("Other"), QStringLiteral("Person"));
        TAKE(otherVisit, visitWith(ts, ts.cashier(), other, {"TL-1*3"}));
        ASTRO_VERIFY_OK(redeem(ts, ts.cashier(), other, "CRD-TIME", "TL-1", otherVisit.id));
    }

    void maxPerProgramLimitsAllCustomers()
    {
        TestStore ts;
        ready(ts);
        const qint64 first = ts.addCustomer();
        const qint64 second = ts.addCustomer(QStringLiteral("Other"), QStringLiteral("Person"));
        TAKE(v1, visitWith(ts, ts.cashier(), first, {"CAP-1*2"}));
        TAKE(v2, visitWith(ts, ts.cashier(), second, {"CAP-1*2"}));
        {
            TAKE(choice, ts->redemptions().choices(second, QStringLiteral("CRD-CAP")));
            QVERIFY(choice.limitReached.isEmpty());
        }
        ASTRO_VERIFY_OK(redeem(ts, ts.cashier(), first, "CRD-CAP", "CAP-1", v1.id));
        TAKE(choice, ts->redemptions().choices(second, QStringLiteral("CRD-CAP")));
        QVERIFY(!choice.limitReached.isEmpty());
        const auto refused = redeem(ts, ts.cashier(), second, "CRD-CAP", "CAP-1", v2.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::LimitReached);
        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions"), qint64(1));
    }

    void costComesFromTheCardBySize()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"ANY-1*6"}));
        TAKE(small, redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-3", visit.id)); // S
        QCOMPARE(small.cost.cents, qint64(1000));
        TAKE(large, redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-2", visit.id)); // L
        QCOMPARE(large.cost.cents, qint64(4000));
        // The cost by size, not the item's price ($40.00 for ANY-2, $35.00 for SHARED-1).
        TAKE(more, visitWith(ts, ts.cashier(), customer, {"ANY-1*3"}));
        TAKE(shared, redeem(ts, ts.cashier(), customer, "CRD-ANY", "SHARED-1", more.id)); // L
        QCOMPARE(shared.cost.cents, qint64(4000));
    }

    void costIsMultipliedByQuantity()
    {
        TestStore ts;
        ready(ts, catalogWithCard(QStringLiteral("CRD-ANY"), QStringLiteral("get"), 2));
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"ANY-1*3"}));
        TAKE(choice, ts->redemptions().choices(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(choice.reward.unitsLeft(), 2);
        const auto tooMany = redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", visit.id, 3);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().code, ErrorCode::Invalid);
        TAKE(r, redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", visit.id, 2));
        QCOMPARE(r.quantity, 2);
        QCOMPARE(r.cost.cents, qint64(2 * 4000));
    }

    void undoInsideTheOpenVisitByCashier()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"ANY-1*3"}));
        TAKE(r, redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", visit.id));
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.cashier(), r.id, UndoMode::RemoveAndReselect));
        TAKE(undone, ts->redemptions().get(r.id));
        QVERIFY(undone.undone());
        TAKE(view, ts->cards().view(customer, QStringLiteral("CRD-ANY")));
        QCOMPARE(view.openRewards.size(), std::size_t(1));
    }

    void undoAfterTheVisitNeedsManager()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"ANY-1*3"}));
        TAKE(r, redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", visit.id));
        ASTRO_VERIFY_OK(ts->visits().finish(ts.cashier(), visit.id, QStringLiteral("paper card")));

        const auto byCashier = ts->redemptions().undo(ts.cashier(), r.id, UndoMode::RemoveOnly);
        QVERIFY(!byCashier.ok());
        QCOMPARE(byCashier.error().code, ErrorCode::Forbidden);
        {
            TAKE(still, ts->redemptions().get(r.id));
            QVERIFY(!still.undone());
        }
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.manager(), r.id, UndoMode::RemoveOnly));
        TAKE(undone, ts->redemptions().get(r.id));
        QVERIFY(undone.undone());

        // After the visit, undo is an admin change: it is in the audit log.
        AuditFilter filter;
        filter.text = QStringLiteral("redemption:%1").arg(r.id);
        TAKE(audit, ts->auditLog().entries(filter));
        QCOMPARE(audit.size(), std::size_t(1));
        QCOMPARE(audit[0].field, QStringLiteral("undone"));
        QCOMPARE(audit[0].userName, ts.manager().userName);
        QCOMPARE(audit[0].newValue, QStringLiteral("remove_only"));
    }

    void redemptionWithoutVisitNeedsManagerToUndo()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        ASTRO_VERIFY_OK(visitWith(ts, ts.cashier(), customer, {"ANY-1*3"}));
        TAKE(r, redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1")); // redeemed "later"
        const auto byCashier = ts->redemptions().undo(ts.cashier(), r.id, UndoMode::RemoveOnly);
        QVERIFY(!byCashier.ok());
        QCOMPARE(byCashier.error().code, ErrorCode::Forbidden);
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.admin(), r.id, UndoMode::RemoveOnly));
    }

    void undoneRewardCanBeRedeemedAgain()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        // CRD-TIME allows one reward per customer: an undone redemption does not count.
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"TL-1*3"}));
        TAKE(first, redeem(ts, ts.cashier(), customer, "CRD-TIME", "TL-1", visit.id));
        ASTRO_VERIFY_OK(
            ts->redemptions().undo(ts.cashier(), first.id, UndoMode::RemoveAndReselect));
        TAKE(choice, ts->redemptions().choices(customer, QStringLiteral("CRD-TIME")));
        QCOMPARE(choice.reward.id, first.rewardId);
        QVERIFY(choice.limitReached.isEmpty());
        TAKE(again, redeem(ts, ts.cashier(), customer, "CRD-TIME", "TL-1", visit.id));
        QCOMPARE(again.rewardId, first.rewardId);
        QVERIFY(again.id != first.id);
        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions"), qint64(2));
        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions WHERE undone_at IS NULL"), qint64(1));
    }

    void undoRefusedOnceCredited()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"ANY-1*3"}));
        TAKE(r, redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", visit.id));
        QCOMPARE(r.creditStatus, CreditStatus::Uncredited);
        ASTRO_VERIFY_OK(ts->credits().markCredited(ts.manager(), r.id));
        const auto undone = ts->redemptions().undo(ts.manager(), r.id, UndoMode::RemoveOnly);
        QVERIFY(!undone.ok());
        QCOMPARE(undone.error().code, ErrorCode::Conflict);
        TAKE(still, ts->redemptions().get(r.id));
        QVERIFY(!still.undone());
        QCOMPARE(still.creditStatus, CreditStatus::Credited);
    }

    void undoRefusedOnceItsBatchIsSubmitted()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"PP-1*6"}));
        TAKE(kept, redeem(ts, ts.cashier(), customer, "CRD-PRIOR", "PP-1", visit.id));
        TAKE(r, redeem(ts, ts.cashier(), customer, "CRD-PRIOR", "PP-1", visit.id));
        QVERIFY(r.batchId > 0);
        QCOMPARE(kept.batchId, r.batchId);
        // Still open: the undo goes through.
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.cashier(), r.id, UndoMode::RemoveOnly));

        ASTRO_VERIFY_OK(ts->batches().submit(ts.manager(), kept.batchId));
        const auto undone = ts->redemptions().undo(ts.manager(), kept.id, UndoMode::RemoveOnly);
        QVERIFY(!undone.ok());
        QCOMPARE(undone.error().code, ErrorCode::Conflict);
        TAKE(still, ts->redemptions().get(kept.id));
        QVERIFY(!still.undone());
        TAKE(batch, ts->batches().get(kept.batchId));
        QCOMPARE(batch.lineCount, 1);
    }

    void undoWritesAnEventAndKeepsTheRow()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, {"ANY-1*3"}));
        TAKE(r, redeem(ts, ts.cashier(), customer, "CRD-ANY", "ANY-1", visit.id));
        ts.clock().advance(60);
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.cashier(), r.id, UndoMode::RemoveAndReselect));

        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions"), qint64(1));
        TAKE(undone, ts->redemptions().get(r.id));
        QVERIFY(undone.undone());
        QCOMPARE(undone.undoneAt, ts->now());
        QCOMPARE(undone.productId, r.productId);
        TAKE(history, ts->redemptions().ofCustomer(customer));
        QCOMPARE(history.size(), std::size_t(1));
        QVERIFY(history[0].undone());

        auto events = ts->events().recent(10, QStringLiteral("redemption.undone"));
        ASTRO_VERIFY_OK(events);
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(events->front().payload.value(QStringLiteral("redemption")).toString(), r.uuid);
        QCOMPARE(events->front().payload.value(QStringLiteral("mode")).toString(),
                 QStringLiteral("remove_and_reselect"));

        const auto twice = ts->redemptions().undo(ts.cashier(), r.id, UndoMode::RemoveOnly);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, ErrorCode::Conflict);
        auto after = ts->events().recent(10, QStringLiteral("redemption.undone"));
        ASTRO_VERIFY_OK(after);
        QCOMPARE(after->size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestRedemptions)
#include "tst_redemptions.moc"
