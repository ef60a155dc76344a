#include "BridgeClient.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// What the POS bridge refuses, beyond the public-API suites it shares with astro-server: calls
// without a good token, extension endpoints, a removed account's tokens, tokens from before a
// restart, and calls while the database is locked.
class TestBridgeApi : public QObject, public BridgeClient
{
    Q_OBJECT

    int scansWithUuid(const QString& uuid)
    {
        int n = -1;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"count"_qs);
            sql.setDatabaseName(m_db);
            if (sql.open()) {
                QSqlQuery q(sql);
                q.prepare(u"SELECT count(*) FROM scans WHERE uuid = ?"_qs);
                q.addBindValue(uuid);
                if (q.exec() && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"count"_qs);
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { stop(); }

    void refusesCallsWithoutAGoodToken()
    {
        QVERIFY(start());
        const QJsonObject body{{u"phone"_qs, u"4165550123"_qs}};
        const Answer none = m_server.call(u"searchCustomer"_qs, body, {});
        QCOMPARE(none.http, 401);
        QCOMPARE(none.status(), 400);
        const Answer wrong = m_server.call(u"searchCustomer"_qs, body, "not-a-token");
        QCOMPARE(wrong.http, 401);
        QCOMPARE(wrong.status(), 400);
        QCOMPARE(token(u"wrong password"_qs).http, 400);
        VERIFY_OK(m_server.call(u"searchCustomer"_qs, body, m_token));
    }

    void answersOnlyAstrosPublicEndpoints()
    {
        QVERIFY(start());
        for (const char* name :
             {"ext_pushEvents", "ext_listEvents", "ext_downloadCatalog", "noSuchEndpoint"}) {
            const Answer a = call(name, {{"device_id", u"x"_qs}});
            VERIFY_IN(a.http == 400 && a.status() == 300, a);
        }
    }

    void aRemovedAccountLosesItsTokens()
    {
        QVERIFY(start());
        VERIFY_OK(call("searchCustomer", {{"phone", u"4165550123"_qs}}));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ASTRO_USER"_qs, u"Alex Martin"_qs);
        env.insert(u"ASTRO_PIN"_qs, u"1111"_qs);
        QCOMPARE(cli({u"pos-user"_qs, u"remove"_qs, m_username}, nullptr, env), 0);
        const Answer after = call("searchCustomer", {{"phone", u"4165550123"_qs}});
        VERIFY_IN(after.http == 401 && after.status() == 400, after);
        QCOMPARE(token(m_password).http, 400);
    }

    void aRestartAsksForANewToken()
    {
        QVERIFY(start());
        const QByteArray before = m_token;
        QVERIFY(startBridge()); // the same store, a new process
        const Answer old =
            m_server.call(u"searchCustomer"_qs, {{u"phone"_qs, u"4165550123"_qs}}, before);
        VERIFY_IN(old.http == 401 && old.status() == 400, old);
        VERIFY_OK(call("searchCustomer", {{"phone", u"4165550123"_qs}}));
    }

    // Another program holds the database's write lock past the wait: an error answer, nothing
    // recorded; the POS's retry afterwards records the line once.
    void aLockedDatabaseAnswersAnErrorAndRecordsNothing()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        QJsonObject body = line("LOCKED-1", upc, u"1"_qs);
        body.insert(u"customerID"_qs, customer);
        {
            QSqlDatabase lock = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"lock"_qs);
            lock.setDatabaseName(m_db);
            QVERIFY(lock.open());
            QSqlQuery q(lock);
            QVERIFY(q.exec(u"BEGIN IMMEDIATE"_qs));
            const Answer locked = callJson("addTransaction", body);
            VERIFY_IN(locked.http == 500 && locked.status() == 900, locked);
            QVERIFY(q.exec(u"ROLLBACK"_qs));
        }
        QSqlDatabase::removeDatabase(u"lock"_qs);
        QCOMPARE(scansWithUuid(u"LOCKED-1"_qs), 0);
        VERIFY_SHAPE(added(callJson("addTransaction", body), -1, "LOCKED-1"));
        QCOMPARE(scansWithUuid(u"LOCKED-1"_qs), 1);
    }
};

QTEST_GUILESS_MAIN(TestBridgeApi)
#include "tst_bridge_api.moc"
