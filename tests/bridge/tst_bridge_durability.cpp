#include "BridgeClient.h"
#include "ServerProcess.h"

#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "users/UserStore.h"

#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace astro;

namespace {

// One line's scan and event on a store file, counted with plain SQL.
struct Counts
{
    int scans = 0;
    int events = 0;
};

Counts countsOf(const QString& db, const QString& transactionId)
{
    Counts c;
    const QString name = QStringLiteral("check-%1").arg(transactionId);
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        sql.setDatabaseName(db);
        if (sql.open()) {
            QSqlQuery q(sql);
            q.prepare(QStringLiteral("SELECT count(*) FROM scans WHERE uuid = ?"));
            q.addBindValue(transactionId);
            if (q.exec() && q.next())
                c.scans = q.value(0).toInt();
            q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE type = 'scan.added' "
                                     "AND payload LIKE ?"));
            q.addBindValue(QStringLiteral("%\"%1\"%").arg(transactionId));
            if (q.exec() && q.next())
                c.events = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return c;
}

} // namespace

// What only a counter answering the API must do: a call answered is on disk even if the
// counter dies the next instant, and what the POS recorded offline reaches Astro exactly once.
class TestBridgeDurability : public QObject, public BridgeClient
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { stop(); }

    // kill -9 in the middle of a stream of POS calls: every call answered 100 is in the store
    // and its event log, none twice; a replay after the restart records nothing again.
    void killDuringAStreamLosesNothingAnswered()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        QNetworkAccessManager net;
        QHash<QNetworkReply*, QString> inFlight;
        QStringList answered;
        int sent = 0;
        const auto post = [&] {
            const QString id = u"KILL-%1"_qs.arg(++sent);
            QNetworkRequest request(QUrl(m_server.base() + u"/addTransaction/"_qs));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            request.setRawHeader("Authorization", "Bearer " + m_token);
            QJsonObject body = line("", upc, u"1"_qs);
            body.insert(u"transactionID"_qs, id);
            body.insert(u"customerID"_qs, customer);
            inFlight.insert(
                net.post(request, ServerHarness::jsonDataForm(
                                      QJsonDocument(body).toJson(QJsonDocument::Compact))),
                id);
        };
        QObject::connect(&net, &QNetworkAccessManager::finished, [&](QNetworkReply* reply) {
            const QString id = inFlight.take(reply);
            const QJsonObject envelope = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() == QNetworkReply::NoError &&
                envelope.value(u"astro_status"_qs).toInt() == 100 &&
                envelope.value(u"returnData"_qs)
                        .toObject()
                        .value(u"transaction_status"_qs)
                        .toInt() == 100)
                answered << id;
            reply->deleteLater();
        });
        for (int i = 0; i < 6; ++i) // six calls always in flight, as a busy POS would
            post();
        QObject::connect(&net, &QNetworkAccessManager::finished, [&] {
            if (answered.size() < 40)
                post();
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 40, 60000);
        m_server.kill(); // calls still in flight die with it
        QTRY_VERIFY_WITH_TIMEOUT(inFlight.isEmpty(), 10000);

        for (const QString& id : answered) {
            const Counts c = countsOf(m_db, id);
            QVERIFY2(c.scans == 1 && c.events == 1,
                     qPrintable(u"%1: %2 scans, %3 events"_qs.arg(id).arg(c.scans).arg(c.events)));
        }
        for (int i = 1; i <= sent; ++i) { // those never answered: at most once
            const Counts c = countsOf(m_db, u"KILL-%1"_qs.arg(i));
            QVERIFY(c.scans <= 1 && c.events == c.scans);
        }

        // The POS sends them all again after the restart: nothing twice.
        QVERIFY(startBridge());
        for (int i = 1; i <= sent; ++i) {
            QJsonObject body = line("", upc, u"1"_qs);
            body.insert(u"transactionID"_qs, u"KILL-%1"_qs.arg(i));
            body.insert(u"customerID"_qs, customer);
            VERIFY_OK(callJson("addTransaction", body));
            const Counts c = countsOf(m_db, u"KILL-%1"_qs.arg(i));
            QCOMPARE(c.scans, 1);
            QCOMPARE(c.events, 1);
        }
    }

    // The POS rings sales up while Astro cannot be reached; once it can, the counter's sync
    // sends each line to Astro exactly once.
    void offlineThenOnlineReachesAstroOnce()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        const QStringList ids{u"OFF-1"_qs, u"OFF-2"_qs, u"OFF-3"_qs};
        VERIFY_SHAPE(
            added(batch(customer, {line("OFF-1", upc, u"1"_qs), line("OFF-2", upc, u"2"_qs)}), 0,
                  "OFF-1"));
        VERIFY_SHAPE(added(batch(customer, {line("OFF-3", upc, u"1"_qs)}), 0, "OFF-3"));

        auto store = Store::open(m_db);
        QVERIFY(store.ok());
        sync::SyncEngine engine(**store);
        const Actor admin = *(*store)->users().authenticate(u"Alex Martin"_qs, u"1111"_qs, {});
        // Nothing listens on port 9 of this computer: the sync is offline.
        QVERIFY(engine
                    .configure(admin,
                               sync::SyncConfig{QUrl(u"http://127.0.0.1:9/api/json"_qs), u"demo"_qs,
                                                u"demo"_qs},
                               u"demo"_qs, false)
                    .ok());
        auto offline = engine.run();
        QVERIFY(!offline.ok());
        QCOMPARE(offline.error().code, ErrorCode::Network);

        test::ServerProcess astro;
        QVERIFY(astro.start());
        QVERIFY(engine
                    .configure(admin, sync::SyncConfig{astro.url(), u"demo"_qs, u"demo"_qs},
                               u"demo"_qs, false)
                    .ok());
        for (int round = 0; round < 3; ++round) { // again and again: still once
            auto online = engine.run();
            QVERIFY2(online.ok(), qPrintable(online.ok() ? QString() : online.error().message));
        }
        for (const QString& id : ids) {
            const Counts c = countsOf(astro.databasePath(), id);
            QVERIFY2(c.scans == 1,
                     qPrintable(u"%1 reached Astro %2 times"_qs.arg(id).arg(c.scans)));
        }
    }
};

QTEST_GUILESS_MAIN(TestBridgeDurability)
#include "tst_bridge_durability.moc"
