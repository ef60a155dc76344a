#include "ServerHarness.h"
#include "SyncEvents.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// astro-server's retailer accounts (--accounts), device-bound tokens, the /token/ throttle and
// --listen (docs/sync-protocol.md, "The reference server"), against the real binary over HTTP
// (ServerHarness.h). Only loopback addresses are ever used.
class TestAstroAccounts : public QObject, public SyncEvents
{
    Q_OBJECT

    using Answer = ServerHarness::Answer;

    QTemporaryDir m_dir;
    int m_files = 0;
    ServerHarness m_server{60000};

    QString newPath(const QString& suffix)
    {
        return m_dir.filePath(QStringLiteral("f%1%2").arg(++m_files).arg(suffix));
    }

    // Two retailers, one user each: Kat's in Toronto, Rivals in Buffalo (both locations are in
    // the demo catalog).
    static QJsonObject twoAccounts()
    {
        const auto user = [](const char* name, const char* password, const QJsonArray& clients,
                             const char* location) {
            return QJsonObject{{QStringLiteral("username"), QLatin1String(name)},
                               {QStringLiteral("password"), QLatin1String(password)},
                               {QStringLiteral("client_ids"), clients},
                               {QStringLiteral("location"), QLatin1String(location)}};
        };
        return QJsonObject{
            {QStringLiteral("format"), QStringLiteral("astro-accounts")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("accounts"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("kats")},
                                    {QStringLiteral("name"), QStringLiteral("Kat's Pet Food Shop")},
                                    {QStringLiteral("locations"), QJsonArray{"LOC-TORONTO"}},
                                    {QStringLiteral("users"),
                                     QJsonArray{user("kats-toronto", "kats-secret",
                                                     QJsonArray{"astro-counter"}, "LOC-TORONTO")}}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("rivals")},
                                    {QStringLiteral("name"), QStringLiteral("Rivals Pet Supply")},
                                    {QStringLiteral("locations"), QJsonArray{"LOC-BUFFALO"}},
                                    {QStringLiteral("users"),
                                     QJsonArray{user("rivals-buffalo", "rivals-secret",
                                                     QJsonArray{"astro-counter", "demo"},
                                                     "LOC-BUFFALO")}}}}}};
    }

    QString writeFile(const QByteArray& content)
    {
        const QString path = newPath(QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        file.close();
        // As documented: the file holds passwords, only the server's user reads it.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    QString writeAccounts(const QJsonObject& accounts)
    {
        return writeFile(QJsonDocument(accounts).toJson());
    }

    // Starts astro-server and reads its "listening on" line (m_server.base()).
    bool start(const QStringList& extra, const QString& db = {})
    {
        return m_server.start(extra, db.isEmpty() ? newPath(QStringLiteral(".sqlite")) : db);
    }

    void stop() { m_server.stop(); }

    static int run(const QStringList& args, QByteArray* err)
    {
        return ServerHarness::run(args, err);
    }

    Answer token(const QString& username, const QString& password, const QString& clientId)
    {
        return m_server.token(username, password, clientId);
    }

    Answer call(const QByteArray& bearer, const QString& endpoint, const QJsonObject& jsonData)
    {
        return m_server.call(endpoint, jsonData, bearer);
    }

    Answer push(const QByteArray& bearer, const QString& device, const QJsonArray& events)
    {
        return call(bearer, QStringLiteral("ext_pushEvents"), pushBody(device, events));
    }

    Answer list(const QByteArray& bearer, const QString& device)
    {
        return call(bearer, QStringLiteral("ext_listEvents"), listBody(device, 0, 500));
    }

    QByteArray katsToken()
    {
        return token(QStringLiteral("kats-toronto"), QStringLiteral("kats-secret"),
                     QStringLiteral("astro-counter"))
            .accessToken();
    }

    QByteArray rivalsToken()
    {
        return token(QStringLiteral("rivals-buffalo"), QStringLiteral("rivals-secret"),
                     QStringLiteral("astro-counter"))
            .accessToken();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup() { stop(); }

    void eachAccountSeesOnlyItsOwnStore()
    {
        const QString db = m_dir.filePath(QStringLiteral("shop.sqlite"));
        QVERIFY(start({QStringLiteral("--accounts"), writeAccounts(twoAccounts())}, db));
        // One file per account, named after --db.
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("shop-kats.sqlite"))));
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("shop-rivals.sqlite"))));

        const QByteArray a = katsToken();
        const QByteArray b = rivalsToken();
        QVERIFY(!a.isEmpty());
        QVERIFY(!b.isEmpty());
        // With an accounts file, the built-in demo account is gone.
        QCOMPARE(token(QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("demo")).http,
                 400);

        const QString customer = uuid();
        const QJsonObject added{{QStringLiteral("customerID"), customer},
                                {QStringLiteral("first_name"), QStringLiteral("Ada")},
                                {QStringLiteral("last_name"), QStringLiteral("Lovelace")},
                                {QStringLiteral("phone"), QStringLiteral("4165550199")}};
        const Answer add = call(a, QStringLiteral("addCustomer"), added);
        QVERIFY2(add.status() == 100, add.describe());
        const QJsonObject which{{QStringLiteral("customerID"), customer}};
        QCOMPARE(call(a, QStringLiteral("customerStatus"), which).status(), 100);
        QCOMPARE(call(b, QStringLiteral("customerStatus"), which).status(), 310);
        QCOMPARE(call(b, QStringLiteral("searchCustomer"),
                      {{QStringLiteral("phone"), QStringLiteral("4165550199")}})
                     .status(),
                 310);

        // Events pushed to A reach A's other counters, never B's.
        const QJsonArray events{customerAdded(uuid(), QStringLiteral("4165550101"))};
        const Answer pushed = push(a, QStringLiteral("kats-1"), events);
        QVERIFY2(pushed.status() == 100, pushed.describe());
        const Answer forB = list(b, QStringLiteral("rivals-1"));
        QVERIFY2(forB.status() == 100, forB.describe());
        QVERIFY(forB.data().value(QStringLiteral("events")).toArray().isEmpty());
        const Answer forA2 = list(katsToken(), QStringLiteral("kats-2"));
        QCOMPARE(uuidsOf(forA2.data().value(QStringLiteral("events")).toArray()), uuidsOf(events));

        // A purchase through B's token, at B's location, is B's alone.
        const QString other = uuid();
        QCOMPARE(call(b, QStringLiteral("addCustomer"),
                      {{QStringLiteral("customerID"), other},
                       {QStringLiteral("first_name"), QStringLiteral("Bo")},
                       {QStringLiteral("last_name"), QStringLiteral("Diddley")}})
                     .status(),
                 100);
        QCOMPARE(call(a, QStringLiteral("customerStatus"), {{QStringLiteral("customerID"), other}})
                     .status(),
                 310);
    }

    void oneAccountKeepsTheDbFile()
    {
        QJsonObject accounts = twoAccounts();
        QJsonArray list = accounts.value(QStringLiteral("accounts")).toArray();
        list.removeLast();
        accounts.insert(QStringLiteral("accounts"), list);
        const QString db = newPath(QStringLiteral(".sqlite"));
        QVERIFY(start({QStringLiteral("--accounts"), writeAccounts(accounts)}, db));
        QVERIFY(QFileInfo::exists(db));
        QVERIFY(!katsToken().isEmpty());
        QCOMPARE(rivalsToken(), QByteArray());
    }

    void publicCallsActAtTheUsersLocation()
    {
        // One account, a user in Toronto and one in Buffalo; the demo store takes part in
        // Coastline's program (New York and Pennsylvania) in Buffalo only.
        const auto user = [](const char* name, const char* location) {
            return QJsonObject{{QStringLiteral("username"), QLatin1String(name)},
                               {QStringLiteral("password"), QStringLiteral("pw-123")},
                               {QStringLiteral("client_ids"), QJsonArray{"astro-counter"}},
                               {QStringLiteral("location"), QLatin1String(location)}};
        };
        const QJsonObject accounts{
            {QStringLiteral("format"), QStringLiteral("astro-accounts")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("accounts"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("kats")},
                 {QStringLiteral("name"), QStringLiteral("Kat's Pet Food Shop")},
                 {QStringLiteral("locations"), QJsonArray{"LOC-TORONTO", "LOC-BUFFALO"}},
                 {QStringLiteral("users"), QJsonArray{user("kats-toronto", "LOC-TORONTO"),
                                                      user("kats-buffalo", "LOC-BUFFALO")}}}}}};
        QVERIFY(start({QStringLiteral("--accounts"), writeAccounts(accounts)}));
        const QString client = QStringLiteral("astro-counter");
        const QByteArray toronto =
            token(QStringLiteral("kats-toronto"), QStringLiteral("pw-123"), client).accessToken();
        const QByteArray buffalo =
            token(QStringLiteral("kats-buffalo"), QStringLiteral("pw-123"), client).accessToken();
        QVERIFY(!toronto.isEmpty() && !buffalo.isEmpty());

        const QString customer = uuid();
        QCOMPARE(call(toronto, QStringLiteral("addCustomer"),
                      {{QStringLiteral("customerID"), customer},
                       {QStringLiteral("first_name"), QStringLiteral("Ada")},
                       {QStringLiteral("last_name"), QStringLiteral("Lovelace")}})
                     .status(),
                 100);
        const auto buy = [&](const QByteArray& bearer) {
            const Answer a =
                call(bearer, QStringLiteral("addTransactionBatch"),
                     {{QStringLiteral("customerID"), customer},
                      {QStringLiteral("transactions"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("transactionID"), uuid()},
                           {QStringLiteral("item_code"), QStringLiteral("081207500050")},
                           {QStringLiteral("item_qty"), QStringLiteral("1")},
                           {QStringLiteral("item_transaction_date"),
                            QDate::currentDate().toString(Qt::ISODate)}}}}});
            return a.json()
                .value(QStringLiteral("returnData"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("transaction_status"))
                .toInt(-1);
        };
        QCOMPARE(buy(buffalo), 100);
        QCOMPARE(buy(toronto), 700);
    }

    void theDemoAccountTakesTheCountersClientId()
    {
        QVERIFY(start({}));
        for (const char* client : {"demo", "astro-counter"}) {
            const Answer t =
                token(QStringLiteral("demo"), QStringLiteral("demo"), QLatin1String(client));
            QVERIFY2(t.http == 200, t.describe());
        }
        QCOMPARE(
            token(QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("other")).http,
            400);
    }

    void aTokenBelongsToItsClientAndDevice()
    {
        QVERIFY(start({QStringLiteral("--accounts"), writeAccounts(twoAccounts())}));
        // Issued per client id: Kat's user has no client "demo".
        const Answer otherClient = token(QStringLiteral("kats-toronto"),
                                         QStringLiteral("kats-secret"), QStringLiteral("demo"));
        QCOMPARE(otherClient.http, 400);
        QCOMPARE(otherClient.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QVERIFY(otherClient.accessToken().isEmpty());

        const QByteArray t = katsToken();
        const QJsonArray first{customerAdded(uuid(), QStringLiteral("4165550102"))};
        QCOMPARE(push(t, QStringLiteral("d1"), first).status(), 100);
        // The same token under another device is refused, and nothing is stored.
        const QJsonArray second{customerAdded(uuid(), QStringLiteral("4165550103"))};
        const Answer refused = push(t, QStringLiteral("d2"), second);
        QCOMPARE(refused.http, 403);
        QVERIFY(refused.status() != 100);
        QVERIFY2(refused.json()
                     .value(QStringLiteral("astro_status_message"))
                     .toString()
                     .contains(QStringLiteral("\"d1\"")),
                 refused.describe());
        QCOMPARE(list(t, QStringLiteral("d2")).http, 403);
        QCOMPARE(list(t, QStringLiteral("d1")).status(), 100);
        QCOMPARE(push(t, QStringLiteral("d1"), first).status(), 100); // a repeat: fine

        const Answer seen = list(katsToken(), QStringLiteral("d3"));
        QCOMPARE(uuidsOf(seen.data().value(QStringLiteral("events")).toArray()), uuidsOf(first));
        // A token of its own for d2 works.
        QCOMPARE(push(katsToken(), QStringLiteral("d2"), second).status(), 100);
    }

    void wrongPasswordsSlowTheTokenDown()
    {
        QVERIFY(start({QStringLiteral("--accounts"), writeAccounts(twoAccounts())}));
        const QString user = QStringLiteral("kats-toronto");
        const QString client = QStringLiteral("astro-counter");
        for (int i = 1; i <= 5; ++i) {
            const Answer wrong = token(user, QStringLiteral("guess-%1").arg(i), client);
            QCOMPARE(wrong.http, 400);
            QCOMPARE(wrong.json().value(QStringLiteral("error")).toString(),
                     QStringLiteral("invalid_grant"));
        }
        QElapsedTimer timer;
        timer.start();
        const Answer sixth = token(user, QStringLiteral("guess-6"), client);
        const qint64 sixthMs = timer.elapsed();
        QCOMPARE(sixth.http, 400);
        QCOMPARE(sixth.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        QVERIFY2(sixthMs >= 1000, QByteArray::number(sixthMs));

        // The right password is delayed too (2 s now), and still works; it ends the slowdown.
        timer.restart();
        const Answer right = token(user, QStringLiteral("kats-secret"), client);
        const qint64 rightMs = timer.elapsed();
        QVERIFY2(right.http == 200, right.describe());
        QVERIFY(!right.accessToken().isEmpty());
        QVERIFY2(rightMs >= 1000, QByteArray::number(rightMs));
        QCOMPARE(call(right.accessToken(), QStringLiteral("listOffers"), {}).status(), 100);
        QCOMPARE(token(user, QStringLiteral("kats-secret"), client).http, 200);
    }

    void listensOnAnotherLoopbackAddress()
    {
        QVERIFY(start({QStringLiteral("--listen"), QStringLiteral("127.0.0.2")}));
        QVERIFY2(m_server.base().startsWith(QStringLiteral("http://127.0.0.2:")),
                 qPrintable(m_server.base()));
        QCOMPARE(token(QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("demo")).http,
                 200);
    }

    void listensOnIpv6Loopback()
    {
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
                QSKIP("IPv6 loopback (::1) is not available here.");
        }
        QVERIFY(start({QStringLiteral("--listen"), QStringLiteral("::1")}));
        QVERIFY2(m_server.base().startsWith(QStringLiteral("http://[::1]:")),
                 qPrintable(m_server.base()));
        QCOMPARE(token(QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("demo")).http,
                 200);
    }

    void listenRefusesWhatIsNotAnAddress()
    {
        for (const char* bad : {"nonsense", "localhost", "127.0.0.300"}) {
            QByteArray err;
            QCOMPARE(run({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                          newPath(QStringLiteral(".sqlite")), QStringLiteral("--listen"),
                          QLatin1String(bad)},
                         &err),
                     2);
            QVERIFY2(err.contains("--listen"), err.constData());
        }
    }

    void badAccountsFileExitsWith2()
    {
        QJsonObject noPassword = twoAccounts();
        QJsonArray accounts = noPassword.value(QStringLiteral("accounts")).toArray();
        QJsonObject kats = accounts[0].toObject();
        QJsonArray users = kats.value(QStringLiteral("users")).toArray();
        QJsonObject first = users[0].toObject();
        first.remove(QStringLiteral("password"));
        users[0] = first;
        kats.insert(QStringLiteral("users"), users);
        accounts[0] = kats;
        noPassword.insert(QStringLiteral("accounts"), accounts);

        QJsonObject sameUser = twoAccounts();
        accounts = sameUser.value(QStringLiteral("accounts")).toArray();
        QJsonObject rivals = accounts[1].toObject();
        users = rivals.value(QStringLiteral("users")).toArray();
        QJsonObject clash = users[0].toObject();
        clash.insert(QStringLiteral("username"), QStringLiteral("kats-toronto"));
        users[0] = clash;
        rivals.insert(QStringLiteral("users"), users);
        accounts[1] = rivals;
        sameUser.insert(QStringLiteral("accounts"), accounts);

        QJsonObject elsewhere = twoAccounts();
        accounts = elsewhere.value(QStringLiteral("accounts")).toArray();
        kats = accounts[0].toObject();
        kats.insert(QStringLiteral("locations"), QJsonArray{"LOC-TORONTO", "LOC-NOWHERE"});
        accounts[0] = kats;
        elsewhere.insert(QStringLiteral("accounts"), accounts);

        const struct
        {
            QString file;
            QByteArray expected;
        } cases[] = {
            {writeFile("{not json"), "not JSON"},
            {writeFile(R"({"format": "astro-catalog", "version": 1, "accounts": []})"), "format"},
            {writeAccounts(noPassword), "accounts[0].users[0].password"},
            {writeAccounts(sameUser), "accounts[1].users[0].username"},
            {writeAccounts(elsewhere), "LOC-NOWHERE"},
            {m_dir.filePath(QStringLiteral("no-such-accounts.json")), "cannot be read"},
        };
        for (const auto& c : cases) {
            QByteArray err;
            QCOMPARE(run({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                          newPath(QStringLiteral(".sqlite")), QStringLiteral("--accounts"), c.file},
                         &err),
                     2);
            QVERIFY2(err.contains(c.expected), err.constData());
            QVERIFY2(err.contains(QFileInfo(c.file).fileName().toUtf8()), err.constData());
            QVERIFY2(!err.contains("secret"), err.constData()); // never a password
        }
    }
};

QTEST_GUILESS_MAIN(TestAstroAccounts)
#include "tst_astro_accounts.moc"
