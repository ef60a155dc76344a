// Counters and the real astro-server on a loopback port: the catalog, convergence, exactly-once
// delivery through injected faults, a killed client, conflicts and garbage answers.
#include "ServerProcess.h"
#include "SyncTestKit.h"
#include "TestStore.h"

#include "catalog/CatalogRepository.h"
#include "common/Text.h"
#include "customers/CustomerStore.h"
#include "domain/Gtin.h"
#include "engine/CardService.h"
#include "engine/RedemptionService.h"
#include "enrollment/EnrollmentService.h"
#include "programs/ProgramRequestService.h"
#include "sync/ApiClient.h"
#include "sync/ConflictLog.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace astro;
using namespace astro::test;

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("ASTRO_KEYCHAIN", "none"); }

    void catalogFullThenDelta()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errors()));
        Counter a;
        ASTRO_VERIFY_OK(a.configure(server.url()));
        const qint64 waitingBefore = a.unsent(); // the setup's own changes
        TAKE(first, a.sync());
        QVERIFY(first.catalogEntries >= 150);
        QVERIFY(waitingBefore > 0);
        // The server's catalog is no change of this counter's: after a good round nothing waits.
        QCOMPARE(a.unsent(), 0);
        TAKE(product, a.ts->catalog().productByGtin(Gtin::parse(treat)->gtin14()));
        QVERIFY(product.has_value());

        TAKE(again, a.sync());
        QCOMPARE(again.catalogEntries, 0); // nothing changed: an empty delta

        // The brand renames one product: only it comes down.
        QFile demo(QStringLiteral(":/astro/demo/catalog.json"));
        QVERIFY(demo.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(demo.readAll()).object();
        QJsonArray products = doc.value(QStringLiteral("products")).toArray();
        QJsonObject renamed = products.at(0).toObject();
        renamed[QStringLiteral("description")] = QStringLiteral("Renamed kibble 4 lb");
        products.replace(0, renamed);
        doc[QStringLiteral("products")] = products;
        Observer observer(server.url());
        ASTRO_VERIFY_OK(observer.call(QStringLiteral("ext_publishCatalog"), doc));

        TAKE(delta, a.sync());
        QCOMPARE(delta.catalogEntries, 1);
        TAKE(changed, a.ts->catalog().productByGtin(
                          Gtin::parse(renamed[QStringLiteral("upc")].toString())->gtin14()));
        QVERIFY(changed.has_value());
        QCOMPARE(changed->description, QStringLiteral("Renamed kibble 4 lb"));
    }

    void twoCountersPunchingOneCustomerConverge()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errors()));
        Counter a, b;
        ASTRO_VERIFY_OK(a.configure(server.url()));
        ASTRO_VERIFY_OK(b.configure(server.url()));
        ASTRO_VERIFY_OK(a.sync());
        ASTRO_VERIFY_OK(b.sync());
        enroll(a);
        const qint64 onA = a.ts.addCustomer(QStringLiteral("Élodie"), QStringLiteral("Gagnon"));
        const QString uuid = a.ts->customers().get(onA)->uuid;
        ASTRO_VERIFY_OK(a.sync());
        ASTRO_VERIFY_OK(b.sync());
        const qint64 onB = customerOn(b, uuid);
        QVERIFY(onB > 0);

        buy(a, onA, 3);
        buy(b, onB, 4);
        ASTRO_VERIFY_OK(a.sync());
        ASTRO_VERIFY_OK(b.sync());
        ASTRO_VERIFY_OK(a.sync());
        QCOMPARE(a.unsent(), 0);
        QCOMPARE(b.unsent(), 0);

        TAKE(viewA, a.ts->cards().view(onA, card));
        TAKE(viewB, b.ts->cards().view(onB, card));
        QCOMPARE(viewA.rewardsEarned, 1); // 3 + 4 = 7 units: one card of 5 complete
        QCOMPARE(viewA.progress, 2);
        QCOMPARE(viewB.rewardsEarned, viewA.rewardsEarned);
        QCOMPARE(viewB.progress, viewA.progress);

        // The server's own replay agrees.
        Observer observer(server.url());
        TAKE(status, observer.call(QStringLiteral("customerStatus"),
                                   QJsonObject{{QStringLiteral("customerID"), uuid}}));
        bool found = false;
        for (const QJsonValue& v : status.toObject().value(QStringLiteral("cards")).toArray())
            if (v[QStringLiteral("astro_program_id")].toString() == card) {
                found = true;
                QCOMPARE(v[QStringLiteral("purchases")].toInt(), 2);
                QCOMPARE(v[QStringLiteral("free_goods_available")].toInt(), 1);
            }
        QVERIFY(found);
        // Each counter sent its own line through Astro's public call (the other's came to it
        // through the store's events, already sent).
        for (Counter* c : {&a, &b}) {
            TAKE(lines, c->ts->db().scalar(QStringLiteral(
                            "SELECT count(*) FROM scans WHERE astro_transaction_id <> ''")));
            QCOMPARE(lines.toInt(), 1);
        }
    }

    void tenThousandEventsArriveExactlyOnceThroughFaults()
    {
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--fail-share"), QStringLiteral("0.3"),
                               QStringLiteral("--cut-share"), QStringLiteral("0.3"),
                               QStringLiteral("--seed"), QStringLiteral("7")}),
                 qPrintable(server.errors()));
        Counter a;
        ASTRO_VERIFY_OK(a.configure(server.url()));
        // A busy day of 10,000 events: 100 customers, each with a visit of 97 scans, written the
        // way CustomerStore::add and VisitService write them (rows + events), in one
        // transaction so the setup stays quick.
        a.ts.importCatalog(demoCatalog());
        {
            const Actor cashier = a.ts.cashier(location);
            TAKE(product, a.ts->catalog().productByGtin(Gtin::parse(treat)->gtin14()));
            QVERIFY(product.has_value());
            Transaction transaction(a.ts->db());
            for (int i = 0; i < 100; ++i) {
                Customer c;
                c.uuid = text::newUuid();
                c.firstName = QStringLiteral("Client");
                c.lastName = QString::number(i);
                c.createdAt = a.ts->now();
                TAKE(id, a.ts->customers().upsert(c));
                ASTRO_VERIFY_OK(
                    a.ts->events().append(cashier, c.createdAt, QStringLiteral("customer.added"),
                                          QJsonObject{{QStringLiteral("customer"), c.uuid},
                                                      {QStringLiteral("first_name"), c.firstName},
                                                      {QStringLiteral("last_name"), c.lastName}}));
                const QString visit = text::newUuid();
                const QJsonObject visitIds{{QStringLiteral("visit"), visit},
                                           {QStringLiteral("customer"), c.uuid},
                                           {QStringLiteral("transaction"), visit}};
                TAKE(visitId,
                     a.ts->db().insert(
                         QStringLiteral("INSERT INTO visits (uuid, customer_id, "
                                        "location_id, user_id, transaction_id, "
                                        "started_at) VALUES (?,?,?,?,?,?)"),
                         {visit, id, location, cashier.userId, visit, text::isoUtc(c.createdAt)}));
                ASTRO_VERIFY_OK(a.ts->events().append(cashier, c.createdAt,
                                                      QStringLiteral("visit.opened"), visitIds));
                for (int n = 0; n < 97; ++n) {
                    const QString scan = text::newUuid();
                    ASTRO_VERIFY_OK(a.ts->db().insert(
                        QStringLiteral("INSERT INTO scans (uuid, visit_id, customer_id, "
                                       "product_id, quantity, unit_price_cents, at, location_id, "
                                       "user_id) VALUES (?,?,?,?,?,?,?,?,?)"),
                        {scan, visitId, id, product->id, 1, product->price.cents,
                         text::isoUtc(c.createdAt), location, cashier.userId}));
                    QJsonObject payload = visitIds;
                    payload.insert(QStringLiteral("scan"), scan);
                    payload.insert(QStringLiteral("item_code"), product->gtin);
                    payload.insert(QStringLiteral("item_qty"), 1);
                    payload.insert(QStringLiteral("item_amount_cents"), product->price.cents);
                    payload.insert(QStringLiteral("location"), location);
                    payload.insert(QStringLiteral("cards"), QJsonArray{card});
                    ASTRO_VERIFY_OK(a.ts->events().append(cashier, c.createdAt,
                                                          QStringLiteral("scan.added"), payload));
                }
                ASTRO_VERIFY_OK(a.ts->events().append(cashier, c.createdAt,
                                                      QStringLiteral("visit.finished"), visitIds));
            }
            ASTRO_VERIFY_OK(transaction.commit());
        }
        const qint64 before = a.unsent();
        QVERIFY(before >= 10000);

        int failures = 0;
        int duplicates = 0;
        int pushed = 0;
        for (int attempt = 0; attempt < 300 && a.unsent() > 0; ++attempt) {
            auto report = a.sync();
            if (!report) {
                QCOMPARE(report.error().code, ErrorCode::Network);
                ++failures;
                continue;
            }
            duplicates += report->duplicates;
            pushed += report->pushed;
        }
        QCOMPARE(a.unsent(), 0);
        QVERIFY2(failures > 0, "the injected faults never hit");
        // Every event of the log, the catalog import's included.
        TAKE(all, a.ts->db().scalar(QStringLiteral("SELECT count(*) FROM events")));
        const int total = all.toInt();
        QVERIFY(total >= before);
        qInfo("%d failed rounds, %d events re-sent after a cut and answered as duplicates",
              failures, duplicates);

        server.stop();
        QVERIFY(server.start()); // the same database, without faults
        Observer observer(server.url());
        const QStringList mine = observer.eventsByDevice().value(a.ts->deviceId());
        QCOMPARE(mine.size(), total);
        QCOMPARE(QSet<QString>(mine.begin(), mine.end()).size(), total);
        QVERIFY(pushed <= total); // some were pushed by rounds that failed later on

        // Every purchase line reached Astro's public call, recorded there once.
        TAKE(lines, a.ts->db().scalar(QStringLiteral(
                        "SELECT count(DISTINCT astro_transaction_id) FROM scans WHERE "
                        "astro_transaction_id <> ''")));
        QCOMPARE(lines.toInt(), 9700);
        TAKE(someone, a.ts->db().scalar(QStringLiteral("SELECT uuid FROM customers LIMIT 1")));
        TAKE(status,
             observer.call(QStringLiteral("customerStatus"),
                           QJsonObject{{QStringLiteral("customerID"), someone.toString()}}));
        const QJsonObject onCard =
            status.toObject().value(QStringLiteral("cards")).toArray().first().toObject();
        // 97 treats on a "buy 5 get 1" card: 19 rewards and 2 toward the next, not twice that.
        QCOMPARE(onCard.value(QStringLiteral("free_goods_earned")).toInt(), 19);
        QCOMPARE(onCard.value(QStringLiteral("purchases")).toInt(), 2);
    }

    void killedClientResendsWithoutDuplicates()
    {
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--delay-ms"), QStringLiteral("4000")}),
                 qPrintable(server.errors()));
        Counter a;
        ASTRO_VERIFY_OK(a.configure(server.url()));
        ASTRO_VERIFY_OK(a.sync()); // the catalog
        enroll(a);
        const qint64 customer = a.ts.addCustomer();
        buy(a, customer, 2);
        const qint64 before = a.unsent();
        TAKE(all, a.ts->db().scalar(QStringLiteral("SELECT count(*) FROM events")));

        // The CLI syncs the same database and is killed while the server holds its answer.
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ASTRO_KEYCHAIN"), QStringLiteral("none"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ASTRO_CLI),
                  {QStringLiteral("--db"), a.ts.path(), QStringLiteral("sync")});
        QVERIFY(cli.waitForStarted());
        QTest::qWait(2500);
        cli.kill();
        cli.waitForFinished();
        QCOMPARE(a.unsent(), before); // nothing was confirmed

        server.stop();
        QVERIFY(server.start());
        ASTRO_VERIFY_OK(a.configure(server.url()));
        TAKE(report, a.sync());
        QCOMPARE(a.unsent(), 0);
        QVERIFY(report.duplicates > 0); // the killed attempt had arrived
        Observer observer(server.url());
        const QStringList mine = observer.eventsByDevice().value(a.ts->deviceId());
        QCOMPARE(mine.size(), all.toInt());
        QCOMPARE(QSet<QString>(mine.begin(), mine.end()).size(), all.toInt());
    }

    void doubleRedemptionIsFlaggedToManagers()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errors()));
        Counter a, b;
        ASTRO_VERIFY_OK(a.configure(server.url()));
        ASTRO_VERIFY_OK(b.configure(server.url()));
        ASTRO_VERIFY_OK(a.sync());
        ASTRO_VERIFY_OK(b.sync());
        enroll(a);
        const qint64 onA = a.ts.addCustomer();
        buy(a, onA, 5); // one reward
        ASTRO_VERIFY_OK(a.sync());
        ASTRO_VERIFY_OK(b.sync());
        const qint64 onB = customerOn(b, a.ts->customers().get(onA)->uuid);
        QVERIFY(onB > 0);

        // Both counters offline give out the same reward.
        for (auto [counter, customer] : {std::pair{&a, onA}, std::pair{&b, onB}}) {
            RedeemRequest request;
            request.customerId = customer;
            request.cardId = card;
            request.code = treat;
            ASTRO_VERIFY_OK(
                counter->ts->redemptions().redeem(counter->ts.cashier(location), request));
        }
        TAKE(first, a.sync());
        QCOMPARE(first.conflicts, 0);
        TAKE(second, b.sync());
        QCOMPARE(second.conflicts, 1);
        ASTRO_VERIFY_OK(a.sync());
        ASTRO_VERIFY_OK(b.sync());

        for (Counter* c : {&a, &b}) {
            sync::ConflictLog conflicts(c->ts.store());
            TAKE(open, conflicts.list(true));
            QCOMPARE(int(open.size()), 1);
            QCOMPARE(open.front().kind, QStringLiteral("double_redemption"));
            // Both redemptions stay on record.
            TAKE(kept, c->ts->db().scalar(QStringLiteral("SELECT count(*) FROM redemptions")));
            QCOMPARE(kept.toInt(), 2);
            QVERIFY(!conflicts.resolve(c->ts.cashier(location), open.front().id));
            ASTRO_VERIFY_OK(conflicts.resolve(c->ts.manager(location), open.front().id));
            QCOMPARE(*conflicts.openCount(), 0);
        }
    }

    void garbageAnswersLoseNothing()
    {
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--garbage-share"), QStringLiteral("1")}),
                 qPrintable(server.errors()));
        Counter a;
        ASTRO_VERIFY_OK(a.configure(server.url()));
        const qint64 customer = a.ts.addCustomer();
        const qint64 before = a.unsent();
        auto report = a.sync();
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Network);
        QVERIFY2(report.error().message.contains(QStringLiteral("unusable")),
                 qPrintable(report.error().message));
        QCOMPARE(a.unsent(), before);
        QVERIFY(a.ts->customers().get(customer));

        server.stop();
        QVERIFY(server.start());
        ASTRO_VERIFY_OK(a.configure(server.url()));
        ASTRO_VERIFY_OK(a.sync());
        ASTRO_VERIFY_OK(a.sync()); // and the catalog import's own event
        QCOMPARE(a.unsent(), 0);
    }

    void aServerThatIsDownIsAFailureToRetry()
    {
        Counter a;
        a.engine = std::make_unique<sync::SyncEngine>(a.ts.store());
        ASTRO_VERIFY_OK(a.engine->configure(
            a.ts.admin(location),
            sync::SyncConfig{QUrl(QStringLiteral("http://127.0.0.1:9/api/json")),
                             QStringLiteral("demo"), QStringLiteral("demo")},
            QStringLiteral("demo"), false));
        a.ts.addCustomer();
        auto report = a.sync();
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Network);
        QVERIFY(a.unsent() > 0);
    }

    void plainHttpOnlyToThisComputer()
    {
        QVERIFY(sync::ApiClient::checkUrl(QUrl(QStringLiteral("https://api.astroloyalty.com"))));
        QVERIFY(sync::ApiClient::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/api"))));
        QVERIFY(sync::ApiClient::checkUrl(QUrl(QStringLiteral("http://localhost/api"))));
        QVERIFY(!sync::ApiClient::checkUrl(QUrl(QStringLiteral("http://api.astroloyalty.com"))));
        QVERIFY(!sync::ApiClient::checkUrl(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
    }

    // Closing the app while the server holds its answer must not wait for the answer (the sync
    // thread's transfer is abandoned; the events stay unsent for the next start).
    void quittingDoesNotWaitForASlowServer()
    {
        ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--delay-ms"), QStringLiteral("60000")}),
                 qPrintable(server.errors()));
        Counter a;
        a.engine = std::make_unique<sync::SyncEngine>(a.ts.store());
        ASTRO_VERIFY_OK(a.engine->configure(
            a.ts.admin(location),
            sync::SyncConfig{server.url(), QStringLiteral("demo"), QStringLiteral("demo")},
            QStringLiteral("demo"), false));
        a.ts.addCustomer();
        const qint64 unsent = a.unsent();
        QVERIFY(unsent > 0);

        auto service = std::make_unique<sync::SyncService>(a.ts.path());
        bool syncing = false;
        connect(service.get(), &sync::SyncService::statusChanged, this,
                [&](const sync::SyncStatus& status) {
                    syncing = syncing || status.state == sync::SyncStatus::State::Syncing;
                });
        service->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(syncing, 20000);
        QTest::qWait(500); // inside the request now
        QElapsedTimer closing;
        closing.start();
        service.reset();
        QVERIFY2(closing.elapsed() < 20000, qPrintable(QString::number(closing.elapsed())));
        QCOMPARE(a.unsent(), unsent);
    }

    // The store's sign-in to the server is an Admin's: a Manager's attempt changes nothing.
    void onlyAnAdminSetsUpTheServer()
    {
        Counter a;
        auto engine = std::make_unique<sync::SyncEngine>(a.ts.store());
        const sync::SyncConfig config{QUrl(QStringLiteral("http://127.0.0.1:9/api/json")),
                                      QStringLiteral("demo"), QStringLiteral("demo")};
        auto refused =
            engine->configure(a.ts.manager(location), config, QStringLiteral("demo"), false);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        auto saved = sync::SyncConfig::load(a.ts.store());
        QVERIFY(saved);
        QVERIFY(saved->url.isEmpty());
        ASTRO_VERIFY_OK(
            engine->configure(a.ts.admin(location), config, QStringLiteral("demo"), false));
        QCOMPARE(sync::SyncConfig::load(a.ts.store())->url, config.url);
    }

    void programRequestReachesTheServer()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errors()));
        Counter a;
        ASTRO_VERIFY_OK(a.configure(server.url()));
        ProgramRequest request;
        request.brands = {QStringLiteral("Acana")};
        request.parentCompany = QStringLiteral("Champion Petfoods");
        request.itemTypes = {QStringLiteral("kibble")};
        request.buy = 12;
        request.get = 1;
        request.buildOption = QStringLiteral("A");
        request.repName = QStringLiteral("Dana Leblanc");
        request.repEmail = QStringLiteral("dana@example.com");
        ProgramRequestService requests(a.ts.store());
        TAKE(submitted, requests.submit(a.ts.manager(location), request));
        const QString uuid = submitted.request.uuid;

        TAKE(first, a.sync());
        QCOMPARE(first.programRequests, 1);
        TAKE(stored, requests.get(uuid));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->state, QStringLiteral("received"));
        QVERIFY2(stored->ticket.startsWith(QStringLiteral("HD-")), qPrintable(stored->ticket));
        QVERIFY(stored->sent());

        TAKE(second, a.sync());
        QCOMPARE(second.programRequests, 0);

        // Another counter of the store lists it, with who asked and the ticket, and never sends it.
        Counter b;
        ASTRO_VERIFY_OK(b.configure(server.url()));
        TAKE(fromB, b.sync());
        QCOMPARE(fromB.programRequests, 0);
        ProgramRequestService seenByB(b.ts.store());
        TAKE(listed, seenByB.get(uuid));
        QVERIFY(listed.has_value());
        QCOMPARE(listed->request.brands, request.brands);
        QCOMPARE(listed->createdBy, a.ts.manager(location).userName);
        QCOMPARE(listed->state, QStringLiteral("received"));
        QCOMPARE(listed->ticket, stored->ticket);
        QVERIFY(listed->sent());
        server.stop();
        // The server filed it once, with the form as the counter sent it.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("serverFile"));
        db.setDatabaseName(server.databasePath());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT uuid, ticket, json FROM "
                                          "server_program_requests")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), uuid);
            QCOMPARE(q.value(1).toString(), stored->ticket);
            const QJsonObject body = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
            QCOMPARE(body.value(QStringLiteral("brands")).toString(), QStringLiteral("Acana"));
            QCOMPARE(body.value(QStringLiteral("fulfillment")).toString(),
                     QStringLiteral("retailer"));
            QVERIFY(!q.next());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("serverFile"));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync_integration.moc"
