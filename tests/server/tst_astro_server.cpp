#include "AstroServerFixture.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

// Drives the real astro-server over HTTP the way a counter does (docs/sync-protocol.md): the
// token, refused requests, pushing and listing events, the catalog, credits and conflicts,
// program requests, and the public calls against what counters pushed. Each test starts its own
// server on a free port with a database of its own (AstroServerFixture.h); the injected faults
// and the way the server ends are tst_astro_server_faults.
class TestAstroServer : public AstroServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup() { stop(); }

    void tokenGrant()
    {
        QVERIFY(start());
        const Answer ok = token(QStringLiteral("demo"));
        QCOMPARE(ok.http, 200);
        QVERIFY(!ok.json().value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(ok.json().value(QStringLiteral("token_type")).toString(),
                 QStringLiteral("bearer"));
        // Strings, as Astro sends them.
        QCOMPARE(ok.json().value(QStringLiteral("expires")).toString(), QStringLiteral("1800"));
        QVERIFY(ok.json().value(QStringLiteral("created")).toString().toLongLong() > 0);

        const Answer wrong = token(QStringLiteral("not-demo"));
        QCOMPARE(wrong.http, 400);
        QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QVERIFY(wrong.json().value(QStringLiteral("access_token")).isUndefined());
    }

    void callsNeedAValidToken()
    {
        QVERIFY(start());
        const QByteArray form = "jsonData=" + QUrl::toPercentEncoding(QStringLiteral("{}"));
        const Answer none = post(QStringLiteral("/listOffers/"), form, {});
        QCOMPARE(none.http, 401);
        QCOMPARE(none.status(), 400);
        const Answer unknown = post(QStringLiteral("/listOffers/"), form, "not-a-token");
        QCOMPARE(unknown.http, 401);
        QCOMPARE(unknown.status(), 400);
        const Answer good = post(QStringLiteral("/listOffers/"), form, m_token);
        QCOMPARE(good.http, 200);
        QCOMPARE(good.status(), 100);
        QCOMPARE(good.json().value(QStringLiteral("astro_status_message")).toString(),
                 QStringLiteral("Success"));
        QVERIFY(good.data().value(QStringLiteral("program_list")).isArray());
    }

    void badRequestsAreRefused()
    {
        QVERIFY(start());
        const Answer notJson = callForm(QStringLiteral("ext_listEvents"),
                                        "jsonData=" + QUrl::toPercentEncoding("{oops"));
        QCOMPARE(notJson.http, 400);
        QCOMPARE(notJson.status(), 300);
        QVERIFY(!notJson.json().value(QStringLiteral("astro_status_message")).toString().isEmpty());

        const Answer missing = callForm(QStringLiteral("ext_listEvents"), "other=1");
        QCOMPARE(missing.http, 400);
        QCOMPARE(missing.status(), 300);

        const Answer noDevice = call(QStringLiteral("ext_listEvents"), {});
        QCOMPARE(noDevice.status(), 300);

        const Answer noSuchEndpoint = call(QStringLiteral("dropTables"), {});
        QCOMPARE(noSuchEndpoint.status(), 300);

        // Form encoding: '+' is a space, "%2B" a plus.
        const Answer plus =
            callForm(QStringLiteral("ext_requestProgram"), "jsonData={\"request\":\"req+one\"}");
        QCOMPARE(plus.status(), 100);
        QCOMPARE(plus.data().value(QStringLiteral("request")).toString(),
                 QStringLiteral("req one"));
        const Answer encoded = callForm(QStringLiteral("ext_requestProgram"),
                                        "jsonData=%7B%22request%22%3A%22req%2Btwo%22%7D");
        QCOMPARE(encoded.data().value(QStringLiteral("request")).toString(),
                 QStringLiteral("req+two"));
    }

    void publicEndpointsRefuseAnEventBatch()
    {
        QVERIFY(start());
        const QString customer = uuid();
        const QJsonObject added = customerAdded(customer, QStringLiteral("4165550100"));
        // One wire: a public endpoint takes its public body only, never a batch of events.
        for (const char* endpoint : {"addCustomer", "addTransactionBatch", "addRedemption"}) {
            const Answer refused =
                call(QLatin1String(endpoint),
                     QJsonObject{{QStringLiteral("device_id"), QStringLiteral("counter-a")},
                                 {QStringLiteral("events"), QJsonArray{added}}});
            QCOMPARE(refused.http, 400);
            QCOMPARE(refused.status(), 300);
            QVERIFY2(refused.json()
                         .value(QStringLiteral("astro_status_message"))
                         .toString()
                         .contains(QStringLiteral("customerID")),
                     refused.describe());
        }

        // An event lacking a field is refused whole by ext_pushEvents.
        QJsonObject noUuid = customerAdded(uuid(), QStringLiteral("4165550101"));
        noUuid.remove(QStringLiteral("uuid"));
        QCOMPARE(push(QStringLiteral("counter-a"), {noUuid}).status(), 300);

        const Answer seen = list(QStringLiteral("counter-b"), 0);
        QCOMPARE(seen.status(), 100);
        QVERIFY(seen.data().value(QStringLiteral("events")).toArray().isEmpty());
        QCOMPARE(call(QStringLiteral("customerStatus"),
                      QJsonObject{{QStringLiteral("customerID"), customer}})
                     .status(),
                 310);
    }

    void pushedTwiceComesBackAsDuplicates()
    {
        QVERIFY(start());
        const QJsonArray events{customerAdded(uuid(), QStringLiteral("4165550102")),
                                customerAdded(uuid(), QStringLiteral("4165550103"))};
        const Answer first = push(QStringLiteral("counter-a"), events);
        QVERIFY2(first.status() == 100, first.describe());
        QCOMPARE(uuidsOf(first.data().value(QStringLiteral("accepted")).toArray()),
                 uuidsOf(events));
        QVERIFY(first.data().value(QStringLiteral("duplicates")).toArray().isEmpty());
        QVERIFY(first.data().value(QStringLiteral("conflicts")).toArray().isEmpty());

        const Answer again = push(QStringLiteral("counter-a"), events);
        QCOMPARE(again.status(), 100);
        QVERIFY(again.data().value(QStringLiteral("accepted")).toArray().isEmpty());
        QCOMPARE(uuidsOf(again.data().value(QStringLiteral("duplicates")).toArray()),
                 uuidsOf(events));

        // Stored once: another counter sees each event once.
        const Answer seen = list(QStringLiteral("counter-b"), 0);
        QCOMPARE(uuidsOf(seen.data().value(QStringLiteral("events")).toArray()), uuidsOf(events));

        // More than 500 events in one request is refused.
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(event(QStringLiteral("user.changed"), {}));
        QCOMPARE(push(QStringLiteral("counter-a"), tooMany).status(), 300);
    }

    void listEventsPagesOtherDevicesEvents()
    {
        QVERIFY(start());
        QJsonArray fromA;
        for (int i = 0; i < 3; ++i)
            fromA.append(customerAdded(uuid(), QStringLiteral("416555011%1").arg(i)));
        const QJsonArray fromB{event(QStringLiteral("user.changed"), {}),
                               event(QStringLiteral("user.changed"), {})};
        QCOMPARE(push(QStringLiteral("counter-a"), fromA).status(), 100);
        QCOMPARE(push(QStringLiteral("counter-b"), fromB).status(), 100);

        // Counter A sees only B's events, one page at a time.
        const Answer page1 = list(QStringLiteral("counter-a"), 0, 1);
        QCOMPARE(page1.status(), 100);
        const QJsonArray events1 = page1.data().value(QStringLiteral("events")).toArray();
        QCOMPARE(uuidsOf(events1), uuidsOf(QJsonArray{fromB[0]}));
        QVERIFY(page1.data().value(QStringLiteral("more")).toBool());
        const qint64 next1 = page1.data().value(QStringLiteral("next")).toInteger();
        const QJsonObject first = events1[0].toObject();
        QCOMPARE(next1, first.value(QStringLiteral("server_seq")).toInteger());
        QCOMPARE(first.value(QStringLiteral("device_id")).toString(), QStringLiteral("counter-b"));
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("user.changed"));
        QCOMPARE(first.value(QStringLiteral("user_id")).toInt(), 3);
        QVERIFY(first.value(QStringLiteral("payload")).isObject());
        QCOMPARE(first.value(QStringLiteral("at")).toString(),
                 fromB[0].toObject().value(QStringLiteral("at")).toString());

        const Answer page2 = list(QStringLiteral("counter-a"), next1, 1);
        QCOMPARE(uuidsOf(page2.data().value(QStringLiteral("events")).toArray()),
                 uuidsOf(QJsonArray{fromB[1]}));
        QVERIFY(!page2.data().value(QStringLiteral("more")).toBool());
        const qint64 next2 = page2.data().value(QStringLiteral("next")).toInteger();
        QVERIFY(next2 > next1);
        const Answer page3 = list(QStringLiteral("counter-a"), next2);
        QVERIFY(page3.data().value(QStringLiteral("events")).toArray().isEmpty());
        QVERIFY(!page3.data().value(QStringLiteral("more")).toBool());

        // Counter B sees A's, in order, and never its own.
        const Answer forB = list(QStringLiteral("counter-b"), 0);
        const QJsonArray eventsB = forB.data().value(QStringLiteral("events")).toArray();
        QCOMPARE(uuidsOf(eventsB), uuidsOf(fromA));
        qint64 previous = 0;
        for (const QJsonValue& e : eventsB) {
            const qint64 seq = e.toObject().value(QStringLiteral("server_seq")).toInteger();
            QVERIFY(seq > previous);
            previous = seq;
        }
    }

    void catalogDeltas()
    {
        QVERIFY(start());
        const Answer full = call(QStringLiteral("ext_downloadCatalog"), {});
        QVERIFY2(full.status() == 100, full.describe());
        const QJsonObject doc = full.data();
        QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("astro-catalog"));
        QCOMPARE(doc.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(!doc.value(QStringLiteral("generated_at")).toString().isEmpty());
        const QJsonObject demo = QJsonDocument::fromJson(demoCatalog()).object();
        QVERIFY(!demo.isEmpty());
        for (const char* section :
             {"locations", "manufacturers", "products", "programs", "offers", "distributors"})
            QCOMPARE(doc.value(QLatin1String(section)).toArray().size(),
                     demo.value(QLatin1String(section)).toArray().size());
        QCOMPARE(doc.value(QStringLiteral("retailer")).toObject(),
                 demo.value(QStringLiteral("retailer")).toObject());
        const QString cursor = doc.value(QStringLiteral("cursor")).toString();
        QVERIFY(!cursor.isEmpty());

        const Answer same = call(QStringLiteral("ext_downloadCatalog"),
                                 QJsonObject{{QStringLiteral("cursor"), cursor}});
        QCOMPARE(same.data().value(QStringLiteral("cursor")).toString(), cursor);
        for (const char* section :
             {"locations", "manufacturers", "products", "programs", "offers", "distributors"})
            QVERIFY2(same.data().value(QLatin1String(section)).toArray().isEmpty(), section);

        // A cursor the server never gave out gets everything.
        const Answer unknown =
            call(QStringLiteral("ext_downloadCatalog"),
                 QJsonObject{{QStringLiteral("cursor"), QStringLiteral("9999")}});
        QCOMPARE(unknown.data().value(QStringLiteral("products")).toArray().size(),
                 demo.value(QStringLiteral("products")).toArray().size());

        // Publishing the catalog with one product changed: the delta is that product.
        QJsonObject changed = demo;
        QJsonArray products = changed.value(QStringLiteral("products")).toArray();
        QJsonObject product = products[5].toObject();
        product.insert(QStringLiteral("price_cents"),
                       product.value(QStringLiteral("price_cents")).toInt() + 100);
        products[5] = product;
        changed.insert(QStringLiteral("products"), products);
        const Answer published = call(QStringLiteral("ext_publishCatalog"), changed);
        QVERIFY2(published.status() == 100, published.describe());
        QCOMPARE(published.data().value(QStringLiteral("changed")).toInt(), 1);

        const Answer delta = call(QStringLiteral("ext_downloadCatalog"),
                                  QJsonObject{{QStringLiteral("cursor"), cursor}});
        QCOMPARE(delta.status(), 100);
        QVERIFY(delta.data().value(QStringLiteral("cursor")).toString() != cursor);
        const QJsonArray deltaProducts = delta.data().value(QStringLiteral("products")).toArray();
        QCOMPARE(deltaProducts.size(), 1);
        QCOMPARE(deltaProducts[0].toObject(), product);
        for (const char* section : {"locations", "manufacturers", "programs", "offers"})
            QVERIFY2(delta.data().value(QLatin1String(section)).toArray().isEmpty(), section);

        // Publishing the same document again changes nothing.
        const Answer again = call(QStringLiteral("ext_publishCatalog"), changed);
        QCOMPARE(again.data().value(QStringLiteral("changed")).toInt(), 0);
        QCOMPARE(again.data().value(QStringLiteral("cursor")).toString(),
                 delta.data().value(QStringLiteral("cursor")).toString());

        // A wrong document is refused with the parser's message, and changes nothing.
        QJsonObject wrong = changed;
        wrong.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        const Answer refused = call(QStringLiteral("ext_publishCatalog"), wrong);
        QCOMPARE(refused.status(), 300);
        QVERIFY(refused.json()
                    .value(QStringLiteral("astro_status_message"))
                    .toString()
                    .contains(QStringLiteral("astro-catalog")));

        // The catalog survives a restart; loading the same demo file again keeps the cursor of
        // everything that did not change, and puts back the demo price.
        const QString db = m_dir.filePath(QStringLiteral("server-%1.sqlite").arg(m_servers));
        QVERIFY(start({}, db));
        const Answer afterRestart = call(QStringLiteral("ext_downloadCatalog"),
                                         QJsonObject{{QStringLiteral("cursor"), cursor}});
        const QJsonArray restored = afterRestart.data().value(QStringLiteral("products")).toArray();
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored[0].toObject(),
                 demo.value(QStringLiteral("products")).toArray().at(5).toObject());
    }

    void creditsAndConflictsReachCounters()
    {
        QVERIFY(start());
        const QString customer = uuid();
        QCOMPARE(push(QStringLiteral("counter-a"),
                      {customerAdded(customer, QStringLiteral("4165550120"))})
                     .status(),
                 100);
        // A redemption of a reward the server never saw earned: stored, and flagged.
        const QString redemption = uuid();
        const QJsonObject redeemed =
            event(QStringLiteral("redemption.added"),
                  {{QStringLiteral("redemption"), redemption},
                   {QStringLiteral("customer"), customer},
                   {QStringLiteral("card"), QStringLiteral("CRD-NW-DOG-KIB-LG")},
                   {QStringLiteral("program"), QStringLiteral("PRG-NORTHWIND-FB")},
                   {QStringLiteral("offer"), QString()},
                   {QStringLiteral("item_code"), QStringLiteral("00084721100218")},
                   {QStringLiteral("item_qty"), 1},
                   {QStringLiteral("cost_cents"), 4999},
                   {QStringLiteral("location"), QStringLiteral("LOC-TORONTO")},
                   {QStringLiteral("fulfillment"), QStringLiteral("distributor")},
                   {QStringLiteral("credit_status"), QStringLiteral("uncredited")}});
        const Answer pushed = push(QStringLiteral("counter-a"), {redeemed});
        QVERIFY2(pushed.status() == 100, pushed.describe());
        QCOMPARE(uuidsOf(pushed.data().value(QStringLiteral("accepted")).toArray()),
                 uuidsOf(QJsonArray{redeemed}));
        const QJsonArray conflicts = pushed.data().value(QStringLiteral("conflicts")).toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].toObject().value(QStringLiteral("event")).toString(),
                 redeemed.value(QStringLiteral("uuid")).toString());
        QCOMPARE(conflicts[0].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("double_redemption"));

        QCOMPARE(call(QStringLiteral("ext_recordCredit"),
                      QJsonObject{{QStringLiteral("redemption"), uuid()},
                                  {QStringLiteral("status"), QStringLiteral("credited")}})
                     .status(),
                 310);
        QCOMPARE(call(QStringLiteral("ext_recordCredit"),
                      QJsonObject{{QStringLiteral("redemption"), redemption},
                                  {QStringLiteral("status"), QStringLiteral("lost")}})
                     .status(),
                 300);
        const Answer declined =
            call(QStringLiteral("ext_recordCredit"),
                 QJsonObject{{QStringLiteral("redemption"), redemption},
                             {QStringLiteral("status"), QStringLiteral("declined")},
                             {QStringLiteral("reason"), QStringLiteral("No proof of purchase")}});
        QVERIFY2(declined.status() == 100, declined.describe());

        // The counter that pushed sees the server's events, not its own.
        const QJsonArray events =
            list(QStringLiteral("counter-a"), 0).data().value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        const QJsonObject flagged = events[0].toObject();
        QCOMPARE(flagged.value(QStringLiteral("type")).toString(),
                 QStringLiteral("conflict.flagged"));
        QCOMPARE(flagged.value(QStringLiteral("device_id")).toString(), QStringLiteral("server"));
        const QJsonObject flaggedPayload = flagged.value(QStringLiteral("payload")).toObject();
        QCOMPARE(flaggedPayload.value(QStringLiteral("event")).toString(),
                 redeemed.value(QStringLiteral("uuid")).toString());
        QCOMPARE(flaggedPayload.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("double_redemption"));
        QCOMPARE(flaggedPayload.value(QStringLiteral("customer")).toString(), customer);
        QVERIFY(!flaggedPayload.value(QStringLiteral("conflict")).toString().isEmpty());
        const QJsonObject credit = events[1].toObject();
        QCOMPARE(credit.value(QStringLiteral("type")).toString(),
                 QStringLiteral("credit.declined"));
        QCOMPARE(credit.value(QStringLiteral("device_id")).toString(), QStringLiteral("server"));
        const QJsonObject creditPayload = credit.value(QStringLiteral("payload")).toObject();
        QCOMPARE(creditPayload.value(QStringLiteral("redemption")).toString(), redemption);
        QCOMPARE(creditPayload.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("No proof of purchase"));
        QVERIFY(!creditPayload.value(QStringLiteral("at")).toString().isEmpty());
    }

    void programRequestsAreIdempotent()
    {
        QVERIFY(start());
        const QString request = uuid();
        const QJsonObject body{{QStringLiteral("request"), request},
                               {QStringLiteral("brands"), QStringLiteral("Tiny Paws")},
                               {QStringLiteral("parent_company"), QStringLiteral("TP Foods")}};
        const Answer first = call(QStringLiteral("ext_requestProgram"), body);
        QVERIFY2(first.status() == 100, first.describe());
        QCOMPARE(first.data().value(QStringLiteral("request")).toString(), request);
        QCOMPARE(first.data().value(QStringLiteral("state")).toString(),
                 QStringLiteral("received"));
        const QString ticket = first.data().value(QStringLiteral("ticket")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^HD-\\d+$")).match(ticket).hasMatch(),
                 qPrintable(ticket));
        QCOMPARE(call(QStringLiteral("ext_requestProgram"), body).data(), first.data());

        const Answer other = call(QStringLiteral("ext_requestProgram"),
                                  QJsonObject{{QStringLiteral("request"), uuid()}});
        QVERIFY(other.data().value(QStringLiteral("ticket")).toString() != ticket);
        QCOMPARE(call(QStringLiteral("ext_requestProgram"), {}).status(), 300);
    }

    void pushedPurchasesAreThePublicOnes()
    {
        QVERIFY(start());
        const QString customer = uuid();
        const QString visit = uuid();
        const QString scan = uuid();
        QCOMPARE(push(QStringLiteral("counter-a"),
                      {customerAdded(customer, QStringLiteral("4165550130"))})
                     .status(),
                 100);
        // Three large bags of Northwind dog kibble on its "buy 12" card.
        const QJsonArray visitEvents{
            event(QStringLiteral("visit.opened"),
                  {{QStringLiteral("visit"), visit},
                   {QStringLiteral("customer"), customer},
                   {QStringLiteral("transaction"), QStringLiteral("POS-1")},
                   {QStringLiteral("location"), QStringLiteral("LOC-TORONTO")}}),
            event(QStringLiteral("scan.added"),
                  {{QStringLiteral("scan"), scan},
                   {QStringLiteral("visit"), visit},
                   {QStringLiteral("transaction"), QStringLiteral("POS-1")},
                   {QStringLiteral("customer"), customer},
                   {QStringLiteral("item_code"), QStringLiteral("00084721100218")},
                   {QStringLiteral("item_qty"), 3},
                   {QStringLiteral("item_amount_cents"), 5999},
                   {QStringLiteral("location"), QStringLiteral("LOC-TORONTO")},
                   {QStringLiteral("cards"), QJsonArray{QStringLiteral("CRD-NW-DOG-KIB-LG")}},
                   {QStringLiteral("exception_reason"), QString()}})};
        const Answer pushed = push(QStringLiteral("counter-a"), visitEvents);
        QVERIFY2(pushed.status() == 100, pushed.describe());
        QVERIFY2(pushed.data().value(QStringLiteral("conflicts")).toArray().isEmpty(),
                 pushed.describe());

        // The public calls see what the counter pushed, and a purchase line sent again under
        // its transactionID is the same line: recorded once.
        const Answer status = call(QStringLiteral("customerStatus"),
                                   QJsonObject{{QStringLiteral("customerID"), customer}});
        QVERIFY2(status.status() == 100, status.describe());
        const QJsonArray cards = status.data().value(QStringLiteral("cards")).toArray();
        QCOMPARE(cards.size(), 1);
        const QJsonObject card = cards[0].toObject();
        QCOMPARE(card.value(QStringLiteral("astro_program_id")).toString(),
                 QStringLiteral("CRD-NW-DOG-KIB-LG"));
        QCOMPARE(card.value(QStringLiteral("purchases")).toInt(), 3);
        QCOMPARE(card.value(QStringLiteral("purchases_required")).toInt(), 12);

        const Answer again =
            call(QStringLiteral("addTransactionBatch"),
                 QJsonObject{{QStringLiteral("customerID"), customer},
                             {QStringLiteral("transactions"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("transactionID"), scan},
                                  {QStringLiteral("item_code"), QStringLiteral("084721100218")},
                                  {QStringLiteral("item_qty"), QStringLiteral("3")},
                                  {QStringLiteral("item_transaction_date"),
                                   QDate::currentDate().toString(Qt::ISODate)}}}}});
        QVERIFY2(again.status() == 100, again.describe());
        const QJsonObject line =
            again.json().value(QStringLiteral("returnData")).toArray().first().toObject();
        QCOMPARE(line.value(QStringLiteral("transaction_status")).toInt(), 100);
        QCOMPARE(line.value(QStringLiteral("astro_program_id")).toString(),
                 QStringLiteral("CRD-NW-DOG-KIB-LG"));
        QVERIFY(!line.value(QStringLiteral("astro_transaction_id")).toString().isEmpty());
        const Answer after = call(QStringLiteral("customerStatus"),
                                  QJsonObject{{QStringLiteral("customerID"), customer}});
        QCOMPARE(after.data()
                     .value(QStringLiteral("cards"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("purchases"))
                     .toInt(),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestAstroServer)
#include "tst_astro_server.moc"
