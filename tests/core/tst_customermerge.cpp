// Duplicate customers: finding those with the same phone or email, and merging one into another
// (punches, rewards and redemptions move over; who may merge, and what cannot be merged).
#include "CustomersKit.h"

#include "engine/CardService.h"
#include "engine/RedemptionService.h"
#include "engine/VisitService.h"

#include <QTest>

#include <algorithm>

using namespace astro;
using namespace astro::test;
using namespace customertests;

namespace {

// One finished visit of `customer` at LOC-A buying `items` ("ANY-1", quantity).
void buy(TestStore& t, qint64 customer, std::initializer_list<std::pair<const char*, int>> items)
{
    const Actor cashier = t.cashier();
    auto visit = t->visits().open(cashier, customer);
    ASTRO_VERIFY_OK(visit);
    for (const auto& [name, quantity] : items) {
        ScanLine line;
        line.code = upc(name);
        line.quantity = quantity;
        ASTRO_VERIFY_OK(t->visits().scan(cashier, visit->id, line));
    }
    ASTRO_VERIFY_OK(t->visits().finish(cashier, visit->id, QStringLiteral("paper card")));
}

std::optional<CardView> cardOf(TestStore& t, qint64 customer, const QString& cardId)
{
    auto cards = t->cards().cardsOf(customer);
    if (!cards)
        return std::nullopt;
    for (const CardView& v : *cards)
        if (v.card.id == cardId)
            return v;
    return std::nullopt;
}

} // namespace

class TestCustomerMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergedCustomersAreNotFound()
    {
        TestStore t;
        const People p = addPeople(t);
        ASTRO_VERIFY_OK(t->customers().merge(t.admin(), p.helene, p.marc));
        for (const char* query : {"coteau", "marc", "marc coteau", "4165550199", "marc@"}) {
            auto found = t->customers().find(QLatin1String(query), 50);
            ASTRO_VERIFY_OK(found);
            QVERIFY2(!idsOf(*found).contains(p.marc), query);
        }
        auto cote = t->customers().find(QStringLiteral("cote"), 50);
        ASTRO_VERIFY_OK(cote);
        QCOMPARE(idsOf(*cote), QList<qint64>{p.helene});
        // Still readable by id, marked as merged.
        auto merged = t->customers().get(p.marc);
        ASTRO_VERIFY_OK(merged);
        QCOMPARE(merged->mergedInto, std::optional<qint64>(p.helene));
    }

    void sameContact()
    {
        TestStore t;
        const People p = addPeople(t);
        CustomerStore& customers = t->customers();

        auto byPhone = customers.sameContact(QStringLiteral("(416) 555-0123"), {});
        ASTRO_VERIFY_OK(byPhone);
        QCOMPARE(idsOf(*byPhone), QList<qint64>{p.helene});
        auto byPlusOne = customers.sameContact(QStringLiteral("+1 416 555 0123"), {});
        ASTRO_VERIFY_OK(byPlusOne);
        QCOMPARE(idsOf(*byPlusOne), QList<qint64>{p.helene});
        auto byEmail = customers.sameContact({}, QStringLiteral(" JT@Example.com "));
        ASTRO_VERIFY_OK(byEmail);
        QCOMPARE(idsOf(*byEmail), QList<qint64>{p.jean});
        // Either one matches.
        auto both =
            customers.sameContact(QStringLiteral("6475550100"), QStringLiteral("marc@coteau.ca"));
        ASTRO_VERIFY_OK(both);
        QList<qint64> bothIds = idsOf(*both);
        std::sort(bothIds.begin(), bothIds.end());
        QCOMPARE(bothIds, (QList<qint64>{p.marc, p.colette}));
        // Editing a customer does not warn about themselves.
        auto self = customers.sameContact(QStringLiteral("4165550123"), {}, p.helene);
        ASTRO_VERIFY_OK(self);
        QVERIFY(self->empty());
        // Empty contact details match nobody (not every customer without an email).
        auto empty = customers.sameContact({}, {});
        ASTRO_VERIFY_OK(empty);
        QVERIFY(empty->empty());
        auto other = customers.sameContact(QStringLiteral("9055550000"), QStringLiteral("x@y.z"));
        ASTRO_VERIFY_OK(other);
        QVERIFY(other->empty());
        // A merged customer is no duplicate any more.
        ASTRO_VERIFY_OK(customers.merge(t.admin(), p.marc, p.helene));
        auto afterMerge = customers.sameContact(QStringLiteral("4165550123"), {});
        ASTRO_VERIFY_OK(afterMerge);
        QVERIFY(afterMerge->empty());
    }

    void mergeMovesPunchesAndRewards()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        t.enrollDefaults();
        const qint64 keep = t.addCustomer(QStringLiteral("Hélène"), QStringLiteral("Côté"));
        const qint64 duplicate = t.addCustomer(QStringLiteral("Helene"), QStringLiteral("Cote"));

        // The duplicate completed CRD-ANY (buy 3) and has 2 on CRD-SIZE; the kept customer has
        // 2 on CRD-ANY and 1 on CRD-SIZE.
        buy(t, duplicate, {{"ANY-1", 3}, {"SZ-L1", 2}});
        t.clock().advance(3600);
        buy(t, keep, {{"ANY-2", 2}, {"SZ-L2", 1}});
        {
            const auto dupAny = cardOf(t, duplicate, QStringLiteral("CRD-ANY"));
            const auto keepAny = cardOf(t, keep, QStringLiteral("CRD-ANY"));
            const auto keepSize = cardOf(t, keep, QStringLiteral("CRD-SIZE"));
            QVERIFY(dupAny && keepAny && keepSize);
            QCOMPARE(dupAny->openRewards.size(), std::size_t(1));
            QCOMPARE(keepAny->progress, 2);
            QCOMPARE(keepAny->rewardsEarned, 0);
            QCOMPARE(keepSize->progress, 1);
        }
        const int keepPunches = rowCount(
            t, QStringLiteral("SELECT count(*) FROM punches WHERE customer_id = ?"), {keep});
        const int duplicatePunches = rowCount(
            t, QStringLiteral("SELECT count(*) FROM punches WHERE customer_id = ?"), {duplicate});
        QCOMPARE(keepPunches, 2);
        QCOMPARE(duplicatePunches, 2);

        t.clock().advance(3600);
        ASTRO_VERIFY_OK(t->customers().merge(t.admin(), keep, duplicate));

        // Everything is on the kept customer now.
        QCOMPARE(rowCount(t, QStringLiteral("SELECT count(*) FROM punches WHERE customer_id = ?"),
                          {keep}),
                 keepPunches + duplicatePunches);
        QCOMPARE(rowCount(t, QStringLiteral("SELECT count(*) FROM punches WHERE customer_id = ?"),
                          {duplicate}),
                 0);
        QCOMPARE(rowCount(t, QStringLiteral("SELECT count(*) FROM visits WHERE customer_id = ?"),
                          {keep}),
                 2);
        QCOMPARE(rowCount(t,
                          QStringLiteral("SELECT count(*) FROM rewards WHERE customer_id = ? AND "
                                         "voided_at IS NULL"),
                          {duplicate}),
                 0);
        auto duplicateCards = t->cards().cardsOf(duplicate);
        ASTRO_VERIFY_OK(duplicateCards);
        QVERIFY(duplicateCards->empty());

        // CRD-ANY: 3 + 2 units: the earned reward moved over, 2 count on the open card.
        const auto any = cardOf(t, keep, QStringLiteral("CRD-ANY"));
        QVERIFY(any.has_value());
        QCOMPARE(any->rewardsEarned, 1);
        QCOMPARE(any->openRewards.size(), std::size_t(1));
        QCOMPARE(any->openRewards.front().unitsLeft(), 1);
        QCOMPARE(any->progress, 2);
        // CRD-SIZE: 2 + 1 units complete a card that neither had alone.
        const auto size = cardOf(t, keep, QStringLiteral("CRD-SIZE"));
        QVERIFY(size.has_value());
        QCOMPARE(size->rewardsEarned, 1);
        QCOMPARE(size->openRewards.size(), std::size_t(1));
        QCOMPARE(size->progress, 0);

        // The duplicate is marked, and recorded.
        auto merged = t->customers().get(duplicate);
        ASTRO_VERIFY_OK(merged);
        QCOMPARE(merged->mergedInto, std::optional<qint64>(keep));
        auto kept = t->customers().get(keep);
        ASTRO_VERIFY_OK(kept);
        QVERIFY(!kept->mergedInto.has_value());
        auto events = t->events().recent(50, QStringLiteral("customer.merged"));
        ASTRO_VERIFY_OK(events);
        QCOMPARE(events->size(), std::size_t(1));
        QCOMPARE(events->front().payload.value(QStringLiteral("customer")).toString(), kept->uuid);
        QCOMPARE(events->front().payload.value(QStringLiteral("merged")).toString(), merged->uuid);
        AuditFilter filter;
        filter.text = QStringLiteral("customer:%1").arg(keep);
        auto audit = t->auditLog().entries(filter);
        ASTRO_VERIFY_OK(audit);
        QCOMPARE(audit->size(), std::size_t(1));
        QCOMPARE(audit->front().field, QStringLiteral("merged"));

        // A merged customer cannot be checked out.
        auto visit = t->visits().open(t.cashier(), duplicate);
        QVERIFY(!visit.ok());
        QCOMPARE(visit.error().code, ErrorCode::Conflict);
    }

    void mergeMovesRedemptions()
    {
        TestStore t;
        t.importCatalog(smallCatalog());
        t.enrollDefaults();
        const qint64 keep = t.addCustomer(QStringLiteral("Ann"), QStringLiteral("Lee"));
        const qint64 duplicate = t.addCustomer(QStringLiteral("Anne"), QStringLiteral("Lee"));
        buy(t, duplicate, {{"ANY-1", 3}});
        RedeemRequest request;
        request.customerId = duplicate;
        request.cardId = QStringLiteral("CRD-ANY");
        request.code = upc("ANY-3");
        auto redeemed = t->redemptions().redeem(t.cashier(), request);
        ASTRO_VERIFY_OK(redeemed);
        t.clock().advance(600);
        buy(t, duplicate, {{"ANY-2", 3}}); // a second reward, not redeemed yet
        t.clock().advance(600);
        buy(t, keep, {{"ANY-3", 1}});

        ASTRO_VERIFY_OK(t->customers().merge(t.admin(), keep, duplicate));

        auto moved = t->redemptions().get(redeemed->id);
        ASTRO_VERIFY_OK(moved);
        QCOMPARE(moved->customerId, keep);
        QVERIFY(!moved->undone());
        auto ofKeep = t->redemptions().ofCustomer(keep);
        ASTRO_VERIFY_OK(ofKeep);
        QCOMPARE(ofKeep->size(), std::size_t(1));
        auto ofDuplicate = t->redemptions().ofCustomer(duplicate);
        ASTRO_VERIFY_OK(ofDuplicate);
        QVERIFY(ofDuplicate->empty());

        // Both rewards are the kept customer's; the redeemed one stays redeemed.
        const auto any = cardOf(t, keep, QStringLiteral("CRD-ANY"));
        QVERIFY(any.has_value());
        QCOMPARE(any->rewardsEarned, 2);
        QCOMPARE(any->openRewards.size(), std::size_t(1));
        QCOMPARE(any->progress, 1);
        auto rewards = t->cards().rewards(keep, QStringLiteral("CRD-ANY"));
        ASTRO_VERIFY_OK(rewards);
        QCOMPARE(rewards->size(), std::size_t(2));
        QCOMPARE(rewards->at(0).unitsRedeemed, 1);
        QCOMPARE(rewards->at(0).id, redeemed->rewardId);
        QCOMPARE(rewards->at(1).unitsRedeemed, 0);
        // The open reward can be redeemed by the kept customer.
        request.customerId = keep;
        ASTRO_VERIFY_OK(t->redemptions().redeem(t.cashier(), request));
        // Not by the merged one.
        request.customerId = duplicate;
        auto refused = t->redemptions().redeem(t.cashier(), request);
        QVERIFY(!refused.ok());
    }

    void mergeRefusals()
    {
        TestStore t;
        const qint64 a = t.addCustomer(QStringLiteral("Ann"), QStringLiteral("Lee"));
        const qint64 b = t.addCustomer(QStringLiteral("Anne"), QStringLiteral("Lee"));
        const qint64 c = t.addCustomer(QStringLiteral("Annie"), QStringLiteral("Lee"));
        const int eventsBefore = rowCount(t, QStringLiteral("SELECT count(*) FROM events"), {});

        auto cashier = t->customers().merge(t.cashier(), a, b);
        QVERIFY(!cashier.ok());
        QCOMPARE(cashier.error().code, ErrorCode::Forbidden);
        QVERIFY(!t->customers().get(b)->mergedInto.has_value());

        auto self = t->customers().merge(t.admin(), a, a);
        QVERIFY(!self.ok());
        QCOMPARE(self.error().code, ErrorCode::Invalid);

        auto unknown = t->customers().merge(t.admin(), a, 9999);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);

        // Creating the users added events; the refusals themselves added none.
        const int afterUsers = rowCount(t,
                                        QStringLiteral("SELECT count(*) FROM events WHERE "
                                                       "type LIKE 'customer.%'"),
                                        {});
        QCOMPARE(afterUsers, 3);
        QVERIFY(eventsBefore > 0);

        // A Manager may merge; a customer merged once cannot be merged again.
        ASTRO_VERIFY_OK(t->customers().merge(t.manager(), a, b));
        auto again = t->customers().merge(t.admin(), c, b);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        auto into = t->customers().merge(t.admin(), b, c);
        QVERIFY(!into.ok());
        QCOMPARE(into.error().code, ErrorCode::Conflict);
        QVERIFY(!t->customers().get(c)->mergedInto.has_value());
    }
};

QTEST_GUILESS_MAIN(TestCustomerMerge)
#include "tst_customermerge.moc"
