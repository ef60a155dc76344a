#include "ClientUnderTest.h"

#include <QTest>

// Astro's public API, customers: the token, a customer's lifecycle, customerStatus's shape,
// bodies that lack a field, and numbers where clients send strings (PublicApiClient.h).
class TestAstroPublicApiCustomers : public QObject, public Client
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The rows of the data-driven test share one server; every other test has its own.
    void cleanup()
    {
        if (qstrcmp(QTest::currentTestFunction(), "badBodiesNameTheField") != 0)
            stop();
    }

    void cleanupTestCase() { stop(); }

    void tokenAnswersStrings()
    {
        QVERIFY(start());
        const Answer t = token(m_password);
        const QJsonObject o = t.json();
        VERIFY_IN(t.http == 200, t);
        VERIFY_SHAPE(shape(o, u"access_token:id token_type:id expires:id created:id"_qs));
        VERIFY_IN(text(o, "token_type") == u"bearer"_qs && text(o, "expires") == u"1800"_qs, t);
        const QString created = text(o, "created");
        VERIFY_IN(QRegularExpression(u"^\\d+$"_qs).match(created).hasMatch() &&
                      qAbs(created.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 3600,
                  t);
        QCOMPARE(token(u"not-demo"_qs).http, 400);
    }

    void customerLifecycle()
    {
        QVERIFY(start());
        const QString phone = u"6135550142"_qs, email = u"helene.cote.pos@example.ca"_qs;
        VERIFY_STATUS(call("searchCustomer", {{"phone", phone}}), 310);
        const QString customer = newId();
        const QJsonObject body = obj({{"customerID", customer},
                                      {"first_name", u"Hélène"_qs},
                                      {"last_name", u"Côté"_qs},
                                      {"email_address", email},
                                      {"phone", phone}});
        const Answer first = callJson("addCustomer", body);
        VERIFY_OK(first);
        VERIFY_SHAPE(shape(first.data(), u"astro_customer_id:id"_qs));
        const QString astroId = first.str("astro_customer_id");
        const Answer again = callJson("addCustomer", body); // the same customerID, the same id
        VERIFY_IN(ok(again) && again.str("astro_customer_id") == astroId, again);
        const Answer found = call("searchCustomer", {{"phone", phone}});
        VERIFY_OK(found);
        QCOMPARE(found.data().keys().join(u' '),
                 u"customerID email_address first_name last_name phone"_qs);
        VERIFY_SHAPE(shape(found.data(), u"customerID:id first_name:text last_name:text "
                                         u"email_address:text phone:text"_qs));
        VERIFY_IN(found.str("customerID") == customer && found.str("first_name") == u"Hélène"_qs &&
                      found.str("phone").remove(QRegularExpression(u"\\D"_qs)) == phone,
                  found);
        QCOMPARE(call("searchCustomer", {{"email_address", email}}).str("customerID"), customer);
        VERIFY_OK(callFor("updateCustomer", customer, {{"last_name", u"New"_qs}}));
        QCOMPARE(call("searchCustomer", {{"phone", phone}}).str("last_name"), u"New"_qs);

        // A second POS id for the same Astro customer.
        const QString other = newId("POS-other-");
        const Answer linked = callFor("linkCustomer", other, {{"astro_customer_id", astroId}});
        VERIFY_IN(ok(linked) && linked.str("astro_customer_id") == astroId, linked);
        const Answer status = callFor("customerStatus", other);
        VERIFY_IN(ok(status) && status.str("astro_customer_id") == astroId &&
                      status.str("first_name") == u"Hélène"_qs,
                  status);
        VERIFY_STATUS(callFor("linkCustomer", newId(), {{"astro_customer_id", u"987654321"_qs}}),
                      310);
        QString secondId;
        QVERIFY(!addCustomer(u"4165550124"_qs, &secondId).isEmpty() && secondId != astroId);
        VERIFY_STATUS(callFor("linkCustomer", other, {{"astro_customer_id", secondId}}), 320);
    }

    void customerStatusShape()
    {
        QString upc, customer, astroId;
        QVERIFY(startWithCustomer(upc, customer, &astroId));
        const Answer bought = batch(customer, {line("TXN-001", upc, u"2"_qs)});
        VERIFY_SHAPE(added(bought, 0, "TXN-001"));
        const Answer status = callFor("customerStatus", customer);
        VERIFY_OK(status);
        VERIFY_SHAPE(shape(status.data(), u"customerID:id astro_customer_id:id first_name:text "
                                          u"last_name:text email_address:text phone:text "
                                          u"cards:array"_qs));
        VERIFY_IN(status.str("customerID") == customer &&
                      status.str("astro_customer_id") == astroId,
                  status);
        const QJsonArray cards = at(status.data(), "cards").toArray();
        VERIFY_IN(!cards.isEmpty(), status);
        for (const QJsonValue& c : cards) {
            VERIFY_SHAPE(shape(c.toObject(),
                               u"astro_program_id:id astro_program_title:text "
                               u"purchases:count purchases_required:count "
                               u"free_goods_earned:count free_goods_available:count"_qs));
            VERIFY_IN(count(at(c.toObject(), "purchases_required")) >= 1, status);
        }
        QCOMPARE(purchases(customer, text(bought.entry(0), "astro_program_id")), 2);
        VERIFY_STATUS(callFor("customerStatus", newId()), 310);
    }

    void badBodiesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("endpoint");
        QTest::addColumn<QByteArray>("customer"); // customerID added: "existing", "new" or none
        QTest::addColumn<QByteArray>("json");     // sent as is when it is not a JSON object
        QTest::addColumn<QString>("field");
        const auto row = [](const char* tag, const char* endpoint, const char* customer,
                            const char* json, const char* field) {
            QTest::newRow(tag) << QByteArray(endpoint) << QByteArray(customer) << QByteArray(json)
                               << QString::fromLatin1(field);
        };
        row("addCustomer without customerID", "addCustomer", "",
            R"({"first_name":"Ann","last_name":"Lee","phone":"4165550101"})", "customerID");
        row("addCustomer without first_name", "addCustomer", "new",
            R"({"last_name":"Lee","phone":"4165550102"})", "first_name");
        row("batch without transactions", "addTransactionBatch", "existing", "{}", "transactions");
        row("batch line without item_code", "addTransactionBatch", "existing",
            R"({"transactions":[{"transactionID":"TXN-001","item_qty":"1",)"
            R"("item_transaction_date":"2026-12-06"}]})",
            "item_code");
        row("removeTransaction without transactionID", "removeTransaction", "existing", "{}",
            "transactionID");
        row("addRedemption without astro_reward_id", "addRedemption", "existing",
            R"({"astro_item_id":"1"})", "astro_reward_id");
        row("customerStatus without customerID", "customerStatus", "", "{}", "customerID");
        row("jsonData not JSON", "addCustomer", "", R"({"customerID":)", "");
    }

    void badBodiesNameTheField()
    {
        QFETCH(QByteArray, endpoint);
        QFETCH(QByteArray, customer);
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        if (!m_server.started())
            QVERIFY(start());
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QJsonObject body = document.object();
        if (customer == "existing" || customer == "new") {
            const QString id = customer == "new" ? newId() : addCustomer();
            QVERIFY(!id.isEmpty());
            body.insert(u"customerID"_qs, id);
        }
        const Answer a =
            callJson(endpoint.constData(), body, document.isObject() ? QByteArray() : json);
        VERIFY_IN(a.http == 400 && a.status() != 100, a);
        VERIFY_IN(text(a.json(), "astro_status_message").contains(field), a);
        if (endpoint == "addCustomer" && body.contains(u"phone"_qs)) // nothing was stored
            VERIFY_STATUS(call("searchCustomer", {{"phone", at(body, "phone")}}), 310);
    }

    void numbersAreAcceptedToo()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        const Answer a = batch(customer, {line("TXN-001", upc, 1)}); // item_qty 1, not "1"
        VERIFY_IN(a.list().size() == 1, a);
        VERIFY_SHAPE(added(a, 0, "TXN-001"));
        QCOMPARE(purchases(customer, text(a.entry(0), "astro_program_id")), 1);
    }
};

QTEST_GUILESS_MAIN(TestAstroPublicApiCustomers)
#include "tst_astro_publicapi_customers.moc"
