#include "ClientUnderTest.h"

#include <QTest>

// Astro's public API, purchases and rewards: transaction batches, single lines and removals,
// rewards and their redemption, eligible items, offers (PublicApiClient.h).
class TestAstroPublicApiRewards : public QObject, public Client
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Every test has its own server.
    void cleanup() { stop(); }

    void cleanupTestCase() { stop(); }

    void transactionsBatch()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        const QJsonArray lines{line("TXN-001", upc, u"1"_qs), line("TXN-002", upc, u"2"_qs)};
        const Answer first = batch(customer, lines);
        VERIFY_IN(first.list().size() == 2, first);
        VERIFY_SHAPE(added(first, 0, "TXN-001"));
        VERIFY_SHAPE(added(first, 1, "TXN-002"));
        VERIFY_IN(txnId(first, 0) != txnId(first, 1), first);
        const QString program = text(first.entry(0), "astro_program_id");
        QCOMPARE(purchases(customer, program), 3);

        // A replay (the answer was lost): the same ids, nothing recorded twice.
        const Answer replay = batch(customer, lines);
        VERIFY_IN(ok(replay) && replay.list().size() == 2, replay);
        for (qsizetype i = 0; i < 2; ++i)
            VERIFY_IN(txnId(replay, i) == txnId(first, i) &&
                          at(replay.entry(i), "transaction_status").toInt() == 100,
                      replay);
        QCOMPARE(purchases(customer, program), 3);

        // One good line and one unknown UPC: the good one is recorded, the other refused.
        const Answer mixed = batch(
            customer, {line("TXN-003", upc, u"1"_qs), line("TXN-004", unknownUpc(), u"1"_qs)});
        VERIFY_IN(mixed.list().size() == 2, mixed);
        VERIFY_SHAPE(added(mixed, 0, "TXN-003"));
        const QJsonObject refused = mixed.entry(1);
        VERIFY_IN(at(refused, "transaction_status").isDouble() &&
                      at(refused, "transaction_status").toInt() != 100 &&
                      !text(refused, "transaction_status_message").isEmpty() &&
                      text(refused, "transactionID") == u"TXN-004"_qs,
                  mixed);
        QCOMPARE(purchases(customer, program), 4);
    }

    void addTransactionSingle()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        QJsonObject body = line("TXN-001", upc, u"1"_qs);
        body.insert(u"customerID"_qs, customer);
        const Answer a = callJson("addTransaction", body);
        VERIFY_IN(a.returned().isObject(), a); // one object, not an array
        VERIFY_SHAPE(added(a, -1, "TXN-001"));
        QCOMPARE(purchases(customer, a.str("astro_program_id")), 1);
    }

    void removeTransaction()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        const Answer bought =
            batch(customer, {line("TXN-1", upc, u"1"_qs), line("TXN-2", upc, u"2"_qs)});
        VERIFY_SHAPE(added(bought, 0, "TXN-1"));
        const QString program = text(bought.entry(0), "astro_program_id");
        QCOMPARE(purchases(customer, program), 3);
        const Answer gone =
            callFor("removeTransaction", customer, {{"transactionID", u"TXN-1"_qs}});
        VERIFY_SHAPE(removed(gone, "TXN-1", txnId(bought, 0)));
        QCOMPARE(purchases(customer, program), 2);

        // Part of a line: one unit of two.
        const Answer part = callFor("removeTransaction", customer,
                                    {{"transactionID", u"TXN-2"_qs}, {"item_qty", u"1"_qs}});
        VERIFY_IN(ok(part) && part.list().size() == 1 &&
                      at(part.entry(0), "transaction_status").toInt() == 100,
                  part);
        QCOMPARE(purchases(customer, program), 1);
    }

    void rewardsAndRedemption()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        const Answer firstBuy = batch(customer, {line("TXN-001", upc, u"1"_qs)});
        VERIFY_SHAPE(added(firstBuy, 0, "TXN-001"));
        const QString program = text(firstBuy.entry(0), "astro_program_id");
        const QJsonObject started = card(customer, program);
        const int required = count(at(started, "purchases_required"));
        QVERIFY2(required >= 1, qPrintable(compact(started)));
        if (required > 1) { // the rest of the card
            const Answer rest =
                batch(customer, {line("TXN-002", upc, QString::number(required - 1))});
            VERIFY_SHAPE(added(rest, 0, "TXN-002"));
        }
        const QJsonObject done = card(customer, program);
        QVERIFY2(count(at(done, "free_goods_earned")) >= 1 &&
                     count(at(done, "free_goods_available")) >= 1,
                 qPrintable(compact(done)));
        const Answer rewards = callFor("customerRewardStatus", customer);
        VERIFY_IN(ok(rewards) && rewards.returned().isArray(), rewards);
        QJsonObject reward;
        for (const QJsonValue& v : rewards.list()) {
            const QJsonObject r = v.toObject();
            VERIFY_SHAPE(shape(r,
                               u"astro_reward_id:id astro_program_id:id astro_program_title:text "
                               u"reward_qty:count reward_status:id earned_date:id "
                               u"eligible_items:array"_qs));
            for (const QJsonValue& item : at(r, "eligible_items").toArray())
                VERIFY_SHAPE(shape(item.toObject(),
                                   u"astro_item_id:id item_code:id item_description:text"_qs));
            if (reward.isEmpty() && text(r, "astro_program_id") == program &&
                text(r, "reward_status") == u"available"_qs)
                reward = r;
        }
        const QJsonArray items = at(reward, "eligible_items").toArray();
        VERIFY_IN(!items.isEmpty(), rewards);
        const QString rewardId = text(reward, "astro_reward_id");
        const QJsonObject item = items.at(0).toObject();
        QSet<QString> eligible;
        for (const QJsonValue& i : items)
            eligible.insert(text(i.toObject(), "item_code"));
        const Answer yes =
            callFor("checkRedemptionEligibility", customer, {{"item_code", at(item, "item_code")}});
        VERIFY_IN(ok(yes) && at(yes.data(), "isEligible") == QJsonValue(true), yes);
        const Answer no =
            callFor("checkRedemptionEligibility", customer, {{"item_code", catalogUpc(eligible)}});
        VERIFY_IN(ok(no) && at(no.data(), "isEligible") == QJsonValue(false), no);
        const Fields redeem{{"astro_reward_id", rewardId},
                            {"astro_item_id", at(item, "astro_item_id")}};
        VERIFY_OK(callFor("addRedemption", customer, redeem));
        QCOMPARE(rewardStatus(customer, rewardId), u"redeemed"_qs);
        VERIFY_OK(callFor("addRedemption", customer, redeem)); // the same again: idempotent
        QCOMPARE(rewardStatus(customer, rewardId), u"redeemed"_qs);
        VERIFY_OK(callFor("removeRedemption", customer, {{"astro_reward_id", rewardId}}));
        QCOMPARE(rewardStatus(customer, rewardId), u"available"_qs);
        VERIFY_STATUS(callFor("addRedemption", customer,
                              {{"astro_reward_id", u"987654321"_qs},
                               {"astro_item_id", at(item, "astro_item_id")}}),
                      700);
    }

    void eligiblePurchaseItems()
    {
        QVERIFY(start());
        const QString upc = qualifyingUpc();
        QVERIFY2(!upc.isEmpty(), "no candidate UPC is eligible");
        const Answer a = call("eligiblePurchaseItems", {{"item_code", upc}});
        VERIFY_IN(ok(a) && a.returned().isArray() && !a.list().isEmpty(), a);
        for (const QJsonValue& p : a.list())
            VERIFY_SHAPE(shape(p.toObject(), u"astro_program_id:id astro_program_title:text "
                                             u"astro_mfg_id:id astro_mfg_name:text"_qs));
        VERIFY_STATUS(call("eligiblePurchaseItems", {{"item_code", unknownUpc()}}), 700);
    }

    void listOffersShape()
    {
        QVERIFY(start());
        const Answer a = call("listOffers", {});
        VERIFY_OK(a);
        VERIFY_SHAPE(shape(a.data(), u"program_list:array"_qs));
        const QJsonArray offers = at(a.data(), "program_list").toArray();
        for (const QJsonValue& v : offers)
            VERIFY_SHAPE(shape(v.toObject(),
                               u"astro_mfg_id:id astro_mfg_name:text astro_program_id:id "
                               u"astro_program_title:text astro_program_long_description:text "
                               u"astro_program_image:text in_store_only:set "
                               u"astro_program_start_date:id astro_program_end_date:id"_qs));
        VERIFY_IN(runningOffer().isEmpty() || !offers.isEmpty(), a); // the catalog has one today
    }

    void offerTransactions()
    {
        QVERIFY(start());
        const QJsonObject offer = runningOffer();
        if (offer.isEmpty())
            QSKIP("No offer of the demo catalog runs today.");
        const QString customer = addCustomer();
        QVERIFY(!customer.isEmpty());
        VERIFY_OK(callFor("addOfferTransaction", customer,
                          {{"transactionID", u"OFR-TXN-001"_qs},
                           {"item_code", at(offer, "products").toArray().at(0)},
                           {"item_qty", QString::number(qMax(1, at(offer, "buy").toInt()))}}));
        const Answer gone =
            callFor("removeOfferTransaction", customer, {{"transactionID", u"OFR-TXN-001"_qs}});
        VERIFY_SHAPE(removed(gone, "OFR-TXN-001"));
        QSet<QString> inOffers; // for a product in no offer at all
        for (const QJsonValue& o : catalog("offers"))
            for (const QJsonValue& p : at(o.toObject(), "products").toArray())
                inOffers.insert(p.toString());
        VERIFY_STATUS(callFor("addOfferTransaction", customer,
                              {{"transactionID", u"OFR-TXN-002"_qs},
                               {"item_code", catalogUpc(inOffers)},
                               {"item_qty", u"1"_qs}}),
                      700);
    }
};

QTEST_GUILESS_MAIN(TestAstroPublicApiRewards)
#include "tst_astro_publicapi_rewards.moc"
