// Monthly offers: earned and redeemed in one visit, limits, caps, email, dates and enrollment.
#include "TestStore.h"

#include "catalog/CatalogRepository.h"
#include "customers/CustomerStore.h"
#include "engine/OfferService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace astro;
using namespace astro::test;

namespace {

const QString bogo = QStringLiteral("OFR-BOGO");
const QString rebate = QStringLiteral("OFR-REBATE");

Result<Visit> visitWith(TestStore& ts, const Actor& who, qint64 customer, const char* item,
                        int quantity = 1)
{
    auto visit = ts->visits().open(who, customer);
    if (!visit)
        return visit.error();
    if (auto out = ts->visits().scan(who, visit->id, line(item, quantity)); !out)
        return out.error();
    return visit;
}

std::optional<OfferChance> chanceOf(TestStore& ts, qint64 visitId, const QString& offerId)
{
    auto chances = ts->offers().inVisit(visitId);
    if (!chances)
        return std::nullopt;
    for (const OfferChance& c : *chances)
        if (c.offer.id == offerId)
            return c;
    return std::nullopt;
}

qint64 count(TestStore& ts, const char* sql)
{
    auto n = ts->db().scalar(QLatin1String(sql));
    return n ? n->toLongLong() : -1;
}

qint64 productId(TestStore& ts, const char* name)
{
    auto p = ts->catalog().productByGtin(QStringLiteral("00") + upc(name));
    return p && p->has_value() ? (*p)->id : 0;
}

qint64 customerWithEmail(TestStore& ts, const QString& first, const QString& email)
{
    auto c = ts->customers().add(Actor::system(),
                                 CustomerInput{first, QStringLiteral("Tremblay"), {}, email});
    return c ? c->id : 0;
}

} // namespace

class TestOffers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bogoScanMakesOneAvailable()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, line("BOGO-1")));
        QCOMPARE(out.offerIds, QStringList{bogo});
        QVERIFY(out.punches.empty());

        const auto chance = chanceOf(ts, visit.id, bogo);
        QVERIFY(chance.has_value());
        QCOMPARE(chance->qualifyingUnits, 1);
        QCOMPARE(chance->earned, 1);
        QCOMPARE(chance->redeemed, 0);
        QCOMPARE(chance->available, 1);
        QVERIFY(chance->blockedReason.isEmpty());
        TAKE(items, ts->offers().choices(visit.id, bogo));
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].gtin, QStringLiteral("00") + upc("BOGO-1"));
    }

    void bogoRedemptionGivesTheItem()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, "BOGO-1"));
        const auto wrongItem = ts->offers().redeem(ts.cashier(), visit.id, bogo, upc("ANY-1"), {});
        QVERIFY(!wrongItem.ok());
        QCOMPARE(wrongItem.error().code, ErrorCode::Invalid);

        TAKE(r, ts->offers().redeem(ts.cashier(), visit.id, bogo, upc("BOGO-1"), {}));
        QCOMPARE(r.offerId, bogo);
        QCOMPARE(r.programId, bogo);
        QCOMPARE(r.rewardId, qint64(0));
        QCOMPARE(r.customerId, customer);
        QCOMPARE(r.visitId, visit.id);
        QCOMPARE(r.gtin, QStringLiteral("00") + upc("BOGO-1"));
        QCOMPARE(r.quantity, 1);
        QCOMPARE(r.cost.cents, qint64(1200));
        QCOMPARE(r.fulfillment, Fulfillment::Distributor);
        QCOMPARE(r.distributorId, QStringLiteral("DST-ON"));
        QCOMPARE(r.accountNumber, QStringLiteral("ON-1001"));
        QCOMPARE(r.creditStatus, CreditStatus::Uncredited);

        const auto chance = chanceOf(ts, visit.id, bogo);
        QVERIFY(chance.has_value());
        QCOMPARE(chance->redeemed, 1);
        QCOMPARE(chance->available, 0);
    }

    void bogoSecondRedemptionIsRefused()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        // Two qualifying units earn two deals, but the limit is one per customer.
        TAKE(visit, visitWith(ts, ts.cashier(), customer, "BOGO-1", 2));
        {
            const auto chance = chanceOf(ts, visit.id, bogo);
            QVERIFY(chance.has_value());
            QCOMPARE(chance->earned, 2);
            QCOMPARE(chance->available, 1);
        }
        ASTRO_VERIFY_OK(ts->offers().redeem(ts.cashier(), visit.id, bogo, upc("BOGO-1"), {}));
        const auto again = ts->offers().redeem(ts.cashier(), visit.id, bogo, upc("BOGO-1"), {});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::LimitReached);
        ASTRO_VERIFY_OK(ts->visits().finish(ts.cashier(), visit.id));

        // A later visit: still refused for this customer.
        TAKE(later, visitWith(ts, ts.cashier(), customer, "BOGO-1"));
        const auto chance = chanceOf(ts, later.id, bogo);
        QVERIFY(chance.has_value());
        QCOMPARE(chance->earned, 1);
        QCOMPARE(chance->available, 0);
        QVERIFY(!chance->blockedReason.isEmpty());
        const auto refused = ts->offers().redeem(ts.cashier(), later.id, bogo, upc("BOGO-1"), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::LimitReached);
        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions"), qint64(1));

        // Another customer is not limited by the first one.
        const qint64 other = ts.addCustomer(QStringLiteral("Other"), QStringLiteral("Person"));
        TAKE(theirs, visitWith(ts, ts.cashier(), other, "BOGO-1"));
        ASTRO_VERIFY_OK(ts->offers().redeem(ts.cashier(), theirs.id, bogo, upc("BOGO-1"), {}));
    }

    void offerIsRedeemedInTheVisitThatEarnedIt()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, visitWith(ts, ts.cashier(), customer, "BOGO-1"));
        ASTRO_VERIFY_OK(ts->visits().finish(ts.cashier(), visit.id));
        const auto finished = ts->offers().redeem(ts.cashier(), visit.id, bogo, upc("BOGO-1"), {});
        QVERIFY(!finished.ok());
        QCOMPARE(finished.error().code, ErrorCode::Conflict);

        // The next visit did not buy the item: it does not qualify.
        TAKE(next, ts->visits().open(ts.cashier(), customer));
        const auto later = ts->offers().redeem(ts.cashier(), next.id, bogo, upc("BOGO-1"), {});
        QVERIFY(!later.ok());
        QCOMPARE(later.error().code, ErrorCode::Invalid);
        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions"), qint64(0));
    }

    void rebateRequiresEmail()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer(); // no email
        TAKE(one, visitWith(ts, ts.cashier(), customer, "REB-1"));
        {
            const auto chance = chanceOf(ts, one.id, rebate);
            QVERIFY(chance.has_value());
            QCOMPARE(chance->earned, 0);
            QCOMPARE(chance->unitsToNext, 1);
            const auto early = ts->offers().redeem(ts.cashier(), one.id, rebate, {},
                                                   QStringLiteral("a@example.com"));
            QVERIFY(!early.ok());
            QCOMPARE(early.error().code, ErrorCode::Invalid);
        }
        ASTRO_VERIFY_OK(ts->visits().scan(ts.cashier(), one.id, line("REB-1")));

        const auto noEmail = ts->offers().redeem(ts.cashier(), one.id, rebate, {}, {});
        QVERIFY(!noEmail.ok());
        QCOMPARE(noEmail.error().code, ErrorCode::Invalid);
        QVERIFY2(noEmail.error().message.contains(QStringLiteral("email")),
                 qPrintable(noEmail.error().message));
        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions"), qint64(0));

        TAKE(r, ts->offers().redeem(ts.cashier(), one.id, rebate, {},
                                    QStringLiteral("  Pet.Owner@Example.COM ")));
        QCOMPARE(r.email, QStringLiteral("pet.owner@example.com"));
        QCOMPARE(r.cost.cents, qint64(500));
        QCOMPARE(r.quantity, 1);
        QCOMPARE(r.gtin, QStringLiteral("00") + upc("REB-1"));
        QCOMPARE(r.fulfillment, Fulfillment::Retailer);
        QCOMPARE(r.creditStatus, CreditStatus::Batched);
        QVERIFY(r.batchId > 0);
    }

    void rebateUsesTheCustomersEmail()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer =
            customerWithEmail(ts, QStringLiteral("Lucie"), QStringLiteral("lucie@example.ca"));
        QVERIFY(customer > 0);
        TAKE(visit, visitWith(ts, ts.cashier(), customer, "REB-1", 2));
        TAKE(r, ts->offers().redeem(ts.cashier(), visit.id, rebate, upc("REB-1"), {}));
        QCOMPARE(r.email, QStringLiteral("lucie@example.ca"));
    }

    void rebateCapIsProgramWide()
    {
        TestStore ts;
        ready(ts);
        const char* names[] = {"Ana", "Ben", "Chloé"};
        std::vector<qint64> visits;
        for (const char* n : names) {
            const qint64 c = customerWithEmail(ts, QString::fromUtf8(n),
                                               QStringLiteral("%1@example.com").arg(visits.size()));
            QVERIFY(c > 0);
            TAKE(v, visitWith(ts, ts.cashier(), c, "REB-1", 2));
            visits.push_back(v.id);
        }
        ASTRO_VERIFY_OK(ts->offers().redeem(ts.cashier(), visits[0], rebate, {}, {}));
        ASTRO_VERIFY_OK(ts->offers().redeem(ts.cashier(), visits[1], rebate, {}, {}));
        const auto chance = chanceOf(ts, visits[2], rebate);
        QVERIFY(chance.has_value());
        QCOMPARE(chance->available, 0);
        QVERIFY(!chance->blockedReason.isEmpty());
        const auto third = ts->offers().redeem(ts.cashier(), visits[2], rebate, {}, {});
        QVERIFY(!third.ok());
        QCOMPARE(third.error().code, ErrorCode::LimitReached);
        auto given = ts->db().scalar(
            QStringLiteral("SELECT sum(cost_cents) FROM redemptions WHERE offer_id = ?"), {rebate});
        ASTRO_VERIFY_OK(given);
        QCOMPARE(given->toLongLong(), qint64(1000));
    }

    void freeGoodCapIsInUnits()
    {
        TestStore ts;
        QJsonObject doc = QJsonDocument::fromJson(smallCatalog()).object();
        QJsonArray offers = doc.value(QStringLiteral("offers")).toArray();
        for (int i = 0; i < offers.size(); ++i) {
            QJsonObject o = offers[i].toObject();
            if (o.value(QStringLiteral("id")).toString() == bogo) {
                o.insert(QStringLiteral("cap_units"), 1);
                offers[i] = o;
            }
        }
        doc.insert(QStringLiteral("offers"), offers);
        ts.importCatalog(QJsonDocument(doc).toJson(QJsonDocument::Compact));
        ts.enrollDefaults();

        const qint64 first = ts.addCustomer();
        const qint64 second = ts.addCustomer(QStringLiteral("Other"), QStringLiteral("Person"));
        TAKE(v1, visitWith(ts, ts.cashier(), first, "BOGO-1"));
        TAKE(v2, visitWith(ts, ts.cashier(), second, "BOGO-1"));
        ASTRO_VERIFY_OK(ts->offers().redeem(ts.cashier(), v1.id, bogo, upc("BOGO-1"), {}));
        const auto chance = chanceOf(ts, v2.id, bogo);
        QVERIFY(chance.has_value());
        QCOMPARE(chance->available, 0);
        QVERIFY(!chance->blockedReason.isEmpty());
        const auto refused = ts->offers().redeem(ts.cashier(), v2.id, bogo, upc("BOGO-1"), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::LimitReached);
    }

    void voidOfQualifyingScanAfterRedeemingIsRefused()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        TAKE(out, ts->visits().scan(ts.cashier(), visit.id, line("BOGO-1")));
        TAKE(r, ts->offers().redeem(ts.cashier(), visit.id, bogo, upc("BOGO-1"), {}));

        const auto voided = ts->visits().voidScan(ts.cashier(), out.scanId);
        QVERIFY(!voided.ok());
        QCOMPARE(voided.error().code, ErrorCode::Conflict);
        TAKE(records, ts->visits().scans(visit.id));
        QVERIFY(!records[0].voided);
        TAKE(still, ts->redemptions().get(r.id));
        QVERIFY(!still.undone());

        // Undo the redemption first: then the void goes through.
        ASTRO_VERIFY_OK(ts->redemptions().undo(ts.cashier(), r.id, UndoMode::RemoveOnly));
        ASTRO_VERIFY_OK(ts->visits().voidScan(ts.cashier(), out.scanId));
    }

    void offersOutsideTheirDatesAreNotOffered()
    {
        TestStore ts;
        ready(ts);
        const qint64 bogoItem = productId(ts, "BOGO-1");
        QVERIFY(bogoItem > 0);
        {
            TAKE(lastDay, ts->offers().runningOffersFor(bogoItem, QStringLiteral("LOC-A"),
                                                        QDate(2026, 11, 30)));
            QCOMPARE(lastDay, QStringList{bogo});
            TAKE(december, ts->offers().runningOffersFor(bogoItem, QStringLiteral("LOC-A"),
                                                         QDate(2026, 12, 1)));
            QVERIFY(december.isEmpty());
            TAKE(october, ts->offers().runningOffersFor(bogoItem, QStringLiteral("LOC-A"),
                                                        QDate(2026, 10, 31)));
            QVERIFY(october.isEmpty());
        }

        ts.clock().set(QDateTime(QDate(2026, 12, 5), QTime(15, 0), Qt::UTC));
        const qint64 customer = ts.addCustomer();
        TAKE(visit, ts->visits().open(ts.cashier(), customer));
        const auto out = ts->visits().scan(ts.cashier(), visit.id, line("BOGO-1"));
        QVERIFY(!out.ok());
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(0));
        TAKE(chances, ts->offers().inVisit(visit.id));
        QVERIFY(chances.empty());
        const auto redeemed = ts->offers().redeem(ts.cashier(), visit.id, bogo, upc("BOGO-1"), {});
        QVERIFY(!redeemed.ok());
    }

    void offersNotEnrolledAreNotOffered()
    {
        TestStore ts;
        ready(ts);
        const qint64 bogoItem = productId(ts, "BOGO-1");
        TAKE(running,
             ts->offers().runningOffersFor(bogoItem, QStringLiteral("LOC-B"), QDate(2026, 11, 16)));
        QVERIFY(running.isEmpty());

        const qint64 customer = ts.addCustomer();
        const Actor buffalo = ts.cashier(QStringLiteral("LOC-B"));
        TAKE(visit, ts->visits().open(buffalo, customer));
        const auto out = ts->visits().scan(buffalo, visit.id, line("BOGO-1"));
        QVERIFY(!out.ok());
        QCOMPARE(count(ts, "SELECT count(*) FROM scans"), qint64(0));
        const auto redeemed = ts->offers().redeem(buffalo, visit.id, bogo, upc("BOGO-1"), {});
        QVERIFY(!redeemed.ok());
        QCOMPARE(count(ts, "SELECT count(*) FROM redemptions"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestOffers)
#include "tst_offers.moc"
