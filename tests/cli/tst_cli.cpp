#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Drives astro-counter-cli as a script or a POS integration would: real process, real files.
class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonValue json() const
        {
            const QJsonDocument doc = QJsonDocument::fromJson(out);
            return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
    };

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(QStringList args, bool signedIn = true, const QByteArray& input = {},
            const QString& syncPassword = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ASTRO_USER"));
        env.remove(QStringLiteral("ASTRO_PIN"));
        env.remove(QStringLiteral("ASTRO_SYNC_PASSWORD"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        // No D-Bus keychain: the sync password goes to the store's settings.
        env.insert(QStringLiteral("ASTRO_KEYCHAIN"), QStringLiteral("none"));
        if (!syncPassword.isEmpty())
            env.insert(QStringLiteral("ASTRO_SYNC_PASSWORD"), syncPassword);
        p.setProcessEnvironment(env);
        QStringList all{QStringLiteral("--db"), m_db};
        if (signedIn)
            all << QStringLiteral("--user") << QStringLiteral("Alex Martin")
                << QStringLiteral("--pin") << QStringLiteral("1111");
        all << args;
        p.start(QStringLiteral(ASTRO_CLI), all);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("astro-counter-cli did not finish");
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--demo")}, false);
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void versionAndHelp()
    {
        QCOMPARE(cli({QStringLiteral("--version")}).exitCode, 0);
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("scan --customer"));
        QCOMPARE(cli({}).exitCode, 2);
    }

    void findsCustomersAsJson()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("customer"),
                           QStringLiteral("find"), QStringLiteral("cote")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray found = r.json().toArray();
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().toObject().value(QStringLiteral("last_name")).toString(),
                 QStringLiteral("Côté"));
    }

    void scanPunchesCardsAndEarnsReward()
    {
        const Run added = cli(
            {QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("add"),
             QStringLiteral("--first"), QStringLiteral("Zoé"), QStringLiteral("--last"),
             QStringLiteral("Lavoie"), QStringLiteral("--phone"), QStringLiteral("514 555 0199")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString id =
            QString::number(added.json().toObject().value(QStringLiteral("id")).toInt());

        // Tiny Paws food card: buy 5 get 1, retailer fulfilled (from the demo catalog).
        const Run cards0 =
            cli({QStringLiteral("--json"), QStringLiteral("rewards"), QStringLiteral("--customer"),
                 id, QStringLiteral("--card"), QStringLiteral("CRD-TP-FOOD")});
        QCOMPARE(cards0.exitCode, 1); // no reward yet

        const Run noReason = cli({QStringLiteral("scan"), QStringLiteral("--customer"), id,
                                  QStringLiteral("042561100034x5")});
        QCOMPARE(noReason.exitCode, 1);
        QVERIFY(noReason.err.contains("reason"));

        const Run scan =
            cli({QStringLiteral("--json"), QStringLiteral("scan"), QStringLiteral("--customer"), id,
                 QStringLiteral("--reason"), QStringLiteral("Converting paper card"),
                 QStringLiteral("042561100034x5")});
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        const QJsonObject punch = scan.json()
                                      .toObject()
                                      .value(QStringLiteral("scans"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("punches"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(punch.value(QStringLiteral("card")).toString(), QStringLiteral("CRD-TP-FOOD"));
        QCOMPARE(punch.value(QStringLiteral("rewards_earned")).toInt(), 1);

        const Run rewards =
            cli({QStringLiteral("--json"), QStringLiteral("rewards"), QStringLiteral("--customer"),
                 id, QStringLiteral("--card"), QStringLiteral("CRD-TP-FOOD")});
        QCOMPARE(rewards.exitCode, 0);
        const QJsonArray items = rewards.json().toObject().value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        const QString freeUpc = items.first().toObject().value(QStringLiteral("upc")).toString();

        const Run redeem = cli({QStringLiteral("--json"), QStringLiteral("redeem"),
                                QStringLiteral("--customer"), id, QStringLiteral("--card"),
                                QStringLiteral("CRD-TP-FOOD"), QStringLiteral("--upc"), freeUpc});
        QVERIFY2(redeem.exitCode == 0, redeem.err.constData());
        const QJsonObject r = redeem.json().toObject();
        QCOMPARE(r.value(QStringLiteral("credit_status")).toString(), QStringLiteral("batched"));
        QVERIFY(r.value(QStringLiteral("batch")).toInt() > 0);

        // The batch exports as CSV and PDF, and the export closes it for new rewards.
        const QString batch = QString::number(r.value(QStringLiteral("batch")).toInt());
        const QString csv = m_dir.filePath(QStringLiteral("batch.csv"));
        const Run exported =
            cli({QStringLiteral("batch"), QStringLiteral("export"), batch,
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QVERIFY(data.contains("Zoé Lavoie"));
        const QString pdf = m_dir.filePath(QStringLiteral("batch.pdf"));
        const Run printed =
            cli({QStringLiteral("batch"), QStringLiteral("export"), batch,
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QVERIFY2(printed.exitCode == 0, printed.err.constData());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(4) == "%PDF");
        const Run shown =
            cli({QStringLiteral("--json"), QStringLiteral("batch"), QStringLiteral("show"), batch});
        QCOMPARE(shown.json().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("closed"));

        const Run submitted = cli({QStringLiteral("batch"), QStringLiteral("submit"), batch});
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const Run undo = cli({QStringLiteral("undo"), QStringLiteral("--redemption"),
                              QString::number(r.value(QStringLiteral("id")).toInt())});
        QCOMPARE(undo.exitCode, 1); // submitted to the brand: no undo
        QVERIFY(undo.err.contains("submitted"));
    }

    void refusesBadInputClearly()
    {
        const Run checkDigit = cli({QStringLiteral("scan"), QStringLiteral("--customer"),
                                    QStringLiteral("1"), QStringLiteral("084721100288")});
        QCOMPARE(checkDigit.exitCode, 1);
        QVERIFY(checkDigit.err.contains("check digit"));

        const Run unknownUpc = cli({QStringLiteral("scan"), QStringLiteral("--customer"),
                                    QStringLiteral("1"), QStringLiteral("012345678905")});
        QCOMPARE(unknownUpc.exitCode, 1);
        QVERIFY(unknownUpc.err.contains("No product"));

        const Run unknownCustomer =
            cli({QStringLiteral("cards"), QStringLiteral("--customer"), QStringLiteral("999999")});
        QCOMPARE(unknownCustomer.exitCode, 1);
        QVERIFY(unknownCustomer.err.contains("999999"));

        const Run notSignedIn = cli({QStringLiteral("scan"), QStringLiteral("--customer"),
                                     QStringLiteral("1"), QStringLiteral("084721100287")},
                                    false);
        QCOMPARE(notSignedIn.exitCode, 3);

        const Run wrongPin =
            cli({QStringLiteral("--user"), QStringLiteral("Alex Martin"), QStringLiteral("--pin"),
                 QStringLiteral("9999"), QStringLiteral("customer"), QStringLiteral("merge"),
                 QStringLiteral("1"), QStringLiteral("2")},
                false);
        QCOMPARE(wrongPin.exitCode, 3);
        QVERIFY(wrongPin.err.contains("Wrong name or PIN"));

        const Run cashier =
            cli({QStringLiteral("--user"), QStringLiteral("Jordan Okafor"), QStringLiteral("--pin"),
                 QStringLiteral("4444"), QStringLiteral("batch"), QStringLiteral("cadence"),
                 QStringLiteral("monthly")},
                false);
        QCOMPARE(cashier.exitCode, 3);

        QCOMPARE(cli({QStringLiteral("scan"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void importsCatalogAtomically()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format":"astro-catalog","version":1,"manufacturers":[{"id":"MX","name":"X"}],
                  "products":[{"upc":"036000291453","description":"Bad","manufacturer":"MX",
                  "species":"dog","food_type":"kibble","size_class":"S","price_cents":100}]})");
        f.close();
        const Run r = cli({QStringLiteral("catalog"), QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("products[0]"));
        const Run eligible = cli({QStringLiteral("--json"), QStringLiteral("distributors"),
                                  QStringLiteral("eligible"), QStringLiteral("--location"),
                                  QStringLiteral("LOC-TORONTO"), QStringLiteral("--program"),
                                  QStringLiteral("PRG-MAPLERIDGE-FB")});
        QCOMPARE(eligible.exitCode, 0);
        QVERIFY(eligible.json().toArray().size() >= 2);
    }

    void refusesNewerDatabaseUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'x')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        const QString saved = m_db;
        m_db = path;
        const Run r =
            cli({QStringLiteral("cards"), QStringLiteral("--customer"), QStringLiteral("1")});
        m_db = saved;
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("newer version"));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void auditAndEnrollment()
    {
        const Run held =
            cli({QStringLiteral("--json"), QStringLiteral("enrollment"), QStringLiteral("held")});
        QCOMPARE(held.json().toArray().size(), 1);
        const Run set =
            cli({QStringLiteral("--json"), QStringLiteral("enrollment"), QStringLiteral("set"),
                 QStringLiteral("--location"), QStringLiteral("LOC-TORONTO"),
                 QStringLiteral("--program"), QStringLiteral("PRG-MAPLERIDGE-FB"),
                 QStringLiteral("--distributor"), QStringLiteral("DST-LAURENTIAN"),
                 QStringLiteral("--account"), QStringLiteral("LAU-4410")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QCOMPARE(
            cli({QStringLiteral("--json"), QStringLiteral("enrollment"), QStringLiteral("held")})
                .json()
                .toArray()
                .size(),
            0);
        const Run audit = cli({QStringLiteral("--json"), QStringLiteral("audit"),
                               QStringLiteral("--search"), QStringLiteral("PRG-MAPLERIDGE-FB")});
        QCOMPARE(audit.exitCode, 0);
        bool found = false;
        for (const QJsonValue& e : audit.json().toArray())
            found |= e.toObject().value(QStringLiteral("new")).toString() ==
                     QLatin1String("DST-LAURENTIAN");
        QVERIFY(found);
    }

    // Everything about the sync that needs no server, on a database of its own.
    void syncWithoutServer()
    {
        const QString saved = m_db;
        m_db = m_dir.filePath(QStringLiteral("sync.sqlite"));
        auto restore = qScopeGuard([&] { m_db = saved; });
        const Run init = cli({QStringLiteral("init"), QStringLiteral("--demo")}, false);
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const QStringList sync{QStringLiteral("sync")};
        const QStringList setup{QStringLiteral("sync"), QStringLiteral("setup"),
                                QStringLiteral("--sync-user"), QStringLiteral("demo")};
        const QString https = QStringLiteral("https://sync.example.com/api/json");
        const QString closedPort = QStringLiteral("http://127.0.0.1:9/api/json");

        // Not set up: a clear message, and nothing else happens.
        const Run notSetUp = cli(sync, false);
        QCOMPARE(notSetUp.exitCode, 1);
        QVERIFY2(notSetUp.err.contains("Sync is not set up"), notSetUp.err.constData());
        const Run status0 = cli(
            {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")}, false);
        QCOMPARE(status0.exitCode, 0);
        const QJsonObject s0 = status0.json().toObject();
        QCOMPARE(s0.value(QStringLiteral("configured")).toBool(true), false);
        QCOMPARE(s0.value(QStringLiteral("credentials")).toString(), QStringLiteral("settings"));
        QVERIFY(s0.value(QStringLiteral("last_success")).isNull());
        QCOMPARE(s0.value(QStringLiteral("open_conflicts")).toInt(-1), 0);
        const int waiting = s0.value(QStringLiteral("events_waiting")).toInt();
        QVERIFY(waiting > 0); // the demo store's history

        // The password never comes from the command line.
        const Run argvPassword =
            cli(setup + QStringList{QStringLiteral("--url"), https, QStringLiteral("--password"),
                                    QStringLiteral("demo")});
        QCOMPARE(argvPassword.exitCode, 2);
        QVERIFY(argvPassword.err.contains("never given on the command line"));
        const Run noPassword =
            cli(setup + QStringList{QStringLiteral("--url"), https, QStringLiteral("--no-verify")});
        QCOMPARE(noPassword.exitCode, 1);
        QVERIFY(noPassword.err.contains("ASTRO_SYNC_PASSWORD"));

        // Plain http only to this computer; only an Admin sets the server.
        const Run http = cli(setup + QStringList{QStringLiteral("--url"),
                                                 QStringLiteral("http://sync.example.com/api"),
                                                 QStringLiteral("--no-verify")},
                             true, {}, QStringLiteral("demo"));
        QCOMPARE(http.exitCode, 1);
        QVERIFY2(http.err.contains("https://"), http.err.constData());
        const Run cashier = cli(
            QStringList{QStringLiteral("--user"), QStringLiteral("Sam Tremblay"),
                        QStringLiteral("--pin"), QStringLiteral("3333")} +
                setup + QStringList{QStringLiteral("--url"), https, QStringLiteral("--no-verify")},
            false, {}, QStringLiteral("demo"));
        QCOMPARE(cashier.exitCode, 3);
        QCOMPARE(
            cli({QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")}, false)
                .json()
                .toObject()
                .value(QStringLiteral("configured"))
                .toBool(true),
            false);

        // Set up against a port nobody listens on; the password comes on stdin.
        const Run configured = cli(setup + QStringList{QStringLiteral("--url"), closedPort,
                                                       QStringLiteral("--password-stdin"),
                                                       QStringLiteral("--no-verify")},
                                   true, QByteArrayLiteral("demo\n"));
        QVERIFY2(configured.exitCode == 0, configured.err.constData());
        QVERIFY(configured.out.contains("not checked"));
        QVERIFY(configured.out.contains("database's settings"));

        // The round fails as a network failure and sends nothing.
        const Run offline = cli(sync, false);
        QCOMPARE(offline.exitCode, 4);
        QVERIFY2(offline.err.contains("could not be reached"), offline.err.constData());
        QVERIFY(offline.err.contains("Sending this counter's changes"));
        QVERIFY(offline.err.contains("Nothing was lost"));
        const Run offlineJson = cli({QStringLiteral("--json"), QStringLiteral("sync")}, false);
        QCOMPARE(offlineJson.exitCode, 4);
        QVERIFY(
            QJsonDocument::fromJson(offlineJson.err).object().contains(QStringLiteral("error")));

        const Run status = cli(
            {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")}, false);
        const QJsonObject s1 = status.json().toObject();
        QCOMPARE(s1.value(QStringLiteral("configured")).toBool(), true);
        QCOMPARE(s1.value(QStringLiteral("url")).toString(), closedPort);
        QCOMPARE(s1.value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
        QCOMPARE(s1.value(QStringLiteral("events_waiting")).toInt(), waiting);
        QVERIFY(s1.value(QStringLiteral("last_success")).isNull());
        const Run text = cli({QStringLiteral("sync"), QStringLiteral("status")}, false);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Server: " + closedPort.toUtf8()));
        QVERIFY(text.out.contains("Sync user: demo"));
        QVERIFY(text.out.contains("this database's settings"));
        QVERIFY(text.out.contains("Changes waiting to be sent: " + QByteArray::number(waiting)));
        QVERIFY(text.out.contains("Last successful sync: never"));
        QVERIFY(text.out.contains("Open conflicts: 0"));
        const Run events = cli({QStringLiteral("events"), QStringLiteral("--unsent"),
                                QStringLiteral("--limit"), QStringLiteral("1")},
                               false);
        QVERIFY(events.out.contains(waiting == 1 ? QByteArray("1 event waiting to be sent")
                                                 : QByteArray::number(waiting) +
                                                       " events waiting to be sent"));

        // The setup is in the audit log.
        const Run audit = cli(
            {QStringLiteral("audit"), QStringLiteral("--search"), QStringLiteral("sync_server")});
        QVERIFY(audit.out.contains(closedPort.toUtf8()));
    }

    void syncConflictsAndResolve()
    {
        const QString saved = m_db;
        m_db = m_dir.filePath(QStringLiteral("sync.sqlite"));
        auto restore = qScopeGuard([&] { m_db = saved; });
        const QStringList conflicts{QStringLiteral("sync"), QStringLiteral("conflicts")};

        const Run none = cli(conflicts);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains("No open sync conflicts."));
        QCOMPARE(cli(QStringList{QStringLiteral("--json")} + conflicts).json().toArray().size(), 0);
        const Run cashier =
            cli(QStringList{QStringLiteral("--user"), QStringLiteral("Sam Tremblay"),
                            QStringLiteral("--pin"), QStringLiteral("3333")} +
                    conflicts,
                false);
        QCOMPARE(cashier.exitCode, 3);
        const Run missing =
            cli({QStringLiteral("sync"), QStringLiteral("resolve"), QStringLiteral("77")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("77"));

        // A conflict as the sync stores it (conflict.flagged from the server).
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("conflicts"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sync_conflicts (uuid, event_uuid, kind, message, customer_uuid, at) "
                "SELECT 'k-1', 'e-1', 'double_redemption', 'Redeemed twice', uuid, "
                "'2026-11-22T19:00:00.000Z' FROM customers WHERE id = 1")));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("conflicts"));

        const Run listed = cli(QStringList{QStringLiteral("--json")} + conflicts);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray list = listed.json().toArray();
        QCOMPARE(list.size(), 1);
        const QJsonObject c = list.first().toObject();
        QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("double_redemption"));
        QVERIFY(!c.value(QStringLiteral("customer_name")).toString().isEmpty());
        const QString id = QString::number(c.value(QStringLiteral("id")).toInt());
        const Run text = cli(conflicts);
        QVERIFY(text.out.contains("Same reward given twice"));
        QVERIFY(text.out.contains("Redeemed twice"));
        QVERIFY(cli({QStringLiteral("sync"), QStringLiteral("status")}, false)
                    .out.contains("Open conflicts: 1"));

        const Run cashierResolve =
            cli({QStringLiteral("--user"), QStringLiteral("Sam Tremblay"), QStringLiteral("--pin"),
                 QStringLiteral("3333"), QStringLiteral("sync"), QStringLiteral("resolve"), id},
                false);
        QCOMPARE(cashierResolve.exitCode, 3);
        const Run resolved =
            cli({QStringLiteral("--user"), QStringLiteral("Morgan Reyes"), QStringLiteral("--pin"),
                 QStringLiteral("2222"), QStringLiteral("sync"), QStringLiteral("resolve"), id},
                false);
        QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("resolve"), id}).exitCode, 1);
        QVERIFY(cli(conflicts).out.contains("No open sync conflicts."));
        const Run all = cli(conflicts + QStringList{QStringLiteral("--all")});
        QVERIFY(all.out.contains("resolved by Morgan Reyes"));
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--search"),
                               QStringLiteral("sync_conflict:") + id});
        QVERIFY2(audit.out.contains("Morgan Reyes"), audit.out.constData());
    }

    // docs/cli.md's own example: an Admin adds a user with a PIN, then resets it.
    void addsAUserAndResetsTheirPin()
    {
        const Run added =
            cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Riley Chen"),
                 QStringLiteral("--role"), QStringLiteral("cashier"), QStringLiteral("--new-pin"),
                 QStringLiteral("5555")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run reset = cli({QStringLiteral("user"), QStringLiteral("pin"),
                               QStringLiteral("Riley Chen"), QStringLiteral("--new-pin=6666")});
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        QProcess p;
        p.start(QStringLiteral(ASTRO_CLI),
                {QStringLiteral("--db"), m_db, QStringLiteral("--user"),
                 QStringLiteral("Riley Chen"), QStringLiteral("--pin"), QStringLiteral("6666"),
                 QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--first"),
                 QStringLiteral("Noa"), QStringLiteral("--last"), QStringLiteral("Roy"),
                 QStringLiteral("--phone"), QStringLiteral("5145550177")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }

    void managesPosAccountsAndBridgeSettings()
    {
        const QStringList add{QStringLiteral("pos-user"), QStringLiteral("add"),
                              QStringLiteral("Till 1"),   QStringLiteral("--client-id"),
                              QStringLiteral("till-1"),   QStringLiteral("--password-stdin")};
        const Run tooShort = cli(add, true, "short\n");
        QCOMPARE(tooShort.exitCode, 1);
        QVERIFY(tooShort.err.contains("at least 8"));
        const Run noPassword = cli(add.mid(0, 5));
        QCOMPARE(noPassword.exitCode, 1);
        QVERIFY(noPassword.err.contains("ASTRO_POS_PASSWORD"));
        const Run added = cli(add, true, "till-one-secret\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run list = cli(
            {QStringLiteral("--json"), QStringLiteral("pos-user"), QStringLiteral("list")}, false);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().toArray().size(), 1);
        QCOMPARE(list.json().toArray().first().toObject().value(u"client_id"_qs).toString(),
                 u"till-1"_qs);
        QVERIFY(!list.out.contains("till-one-secret"));

        const Run notSignedIn =
            cli({QStringLiteral("bridge"), QStringLiteral("settings"), QStringLiteral("--enable")},
                false);
        QCOMPARE(notSignedIn.exitCode, 3);
        const Run enabled =
            cli({QStringLiteral("--json"), QStringLiteral("bridge"), QStringLiteral("settings"),
                 QStringLiteral("--enable"), QStringLiteral("--port"), QStringLiteral("9123")});
        QVERIFY2(enabled.exitCode == 0, enabled.err.constData());
        QCOMPARE(enabled.json().toObject().value(u"enabled"_qs).toBool(), true);
        QCOMPARE(enabled.json().toObject().value(u"port"_qs).toInt(), 9123);
        const Run badPort = cli({QStringLiteral("bridge"), QStringLiteral("settings"),
                                 QStringLiteral("--port"), QStringLiteral("80")});
        QCOMPARE(badPort.exitCode, 1);

        const Run removed =
            cli({QStringLiteral("pos-user"), QStringLiteral("remove"), QStringLiteral("Till 1")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("pos-user"), QStringLiteral("list")},
                     false)
                     .json()
                     .toArray()
                     .size(),
                 0);
    }

    // Five wrong PINs lock the name, even against the right PIN; an Admin unlocks it.
    void wrongPinsLockAndAnAdminUnlocks()
    {
        const QStringList asJordan{QStringLiteral("--user"),   QStringLiteral("Jordan Okafor"),
                                   QStringLiteral("customer"), QStringLiteral("add"),
                                   QStringLiteral("--first"),  QStringLiteral("Léa"),
                                   QStringLiteral("--last"),   QStringLiteral("Roy"),
                                   QStringLiteral("--phone"),  QStringLiteral("5145550144")};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                cli(asJordan + QStringList{QStringLiteral("--pin"), QStringLiteral("9999")}, false)
                    .exitCode,
                3);
        const Run locked =
            cli(asJordan + QStringList{QStringLiteral("--pin"), QStringLiteral("4444")}, false);
        QCOMPARE(locked.exitCode, 3);
        QVERIFY2(locked.err.contains("locked until"), locked.err.constData());
        const Run unlock = cli(
            {QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("Jordan Okafor")});
        QVERIFY2(unlock.exitCode == 0, unlock.err.constData());
        const Run again =
            cli(asJordan + QStringList{QStringLiteral("--pin"), QStringLiteral("4444")}, false);
        QVERIFY2(again.exitCode == 0, again.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
