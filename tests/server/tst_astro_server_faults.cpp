#include "AstroServerFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

// astro-server's injected faults (--fail-share, --garbage-share, --cut-share, --delay-ms), its
// refusal of a bad catalog or bad usage, and its clean end on SIGTERM, against the real binary
// over HTTP (AstroServerFixture.h). Each test starts its own server with a database of its own.
class TestAstroServerFaults : public AstroServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup() { stop(); }

    void failShareAnswers5xxWithoutWork()
    {
        QVERIFY(start({QStringLiteral("--fail-share"), QStringLiteral("1"),
                       QStringLiteral("--seed"), QStringLiteral("7")}));
        QSet<int> codes;
        for (int i = 0; i < 4; ++i) {
            const Answer a = push(QStringLiteral("counter-a"),
                                  {customerAdded(uuid(), QStringLiteral("4165550140"))});
            QVERIFY2(a.http == 500 || a.http == 503, a.describe());
            QCOMPARE(a.status(), -1);
            codes.insert(a.http);
        }
        QCOMPARE(codes, (QSet<int>{500, 503}));

        // Nothing was stored: the same database without faults has no events.
        const QString db = m_dir.filePath(QStringLiteral("server-%1.sqlite").arg(m_servers));
        QVERIFY(start({}, db));
        QVERIFY(list(QStringLiteral("counter-b"), 0)
                    .data()
                    .value(QStringLiteral("events"))
                    .toArray()
                    .isEmpty());
    }

    void garbageShareAnswersNonJson()
    {
        QVERIFY(start({QStringLiteral("--garbage-share"), QStringLiteral("1")}));
        const Answer a = call(QStringLiteral("listOffers"), {});
        QCOMPARE(a.http, 200);
        QCOMPARE(a.body, QByteArray("<html>not json"));
        QJsonParseError error;
        QJsonDocument::fromJson(a.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void cutShareCommitsThenCuts()
    {
        const QString db = newDb();
        QVERIFY(start({QStringLiteral("--cut-share"), QStringLiteral("1")}, db));
        const QJsonArray first{customerAdded(uuid(), QStringLiteral("4165550150"))};
        const QJsonArray second{customerAdded(uuid(), QStringLiteral("4165550151"))};
        // One cut before the answer, one in the middle of it: both are transport failures.
        const Answer a = push(QStringLiteral("counter-a"), first);
        QVERIFY2(a.error != QNetworkReply::NoError && a.status() == -1, a.describe());
        const Answer b = push(QStringLiteral("counter-a"), second);
        QVERIFY2(b.error != QNetworkReply::NoError && b.status() == -1, b.describe());
        // Calls that are not pushes are not cut.
        QCOMPARE(call(QStringLiteral("listOffers"), {}).status(), 100);

        // Both were committed: retried without faults, they come back as duplicates.
        QVERIFY(start({}, db));
        const Answer retry = push(QStringLiteral("counter-a"), QJsonArray{first[0], second[0]});
        QVERIFY2(retry.status() == 100, retry.describe());
        QVERIFY(retry.data().value(QStringLiteral("accepted")).toArray().isEmpty());
        QCOMPARE(uuidsOf(retry.data().value(QStringLiteral("duplicates")).toArray()),
                 uuidsOf(QJsonArray{first[0], second[0]}));
    }

    void delayWaitsBeforeAnswering()
    {
        QVERIFY(start({QStringLiteral("--delay-ms"), QStringLiteral("400")}));
        QElapsedTimer timer;
        timer.start();
        const Answer a = call(QStringLiteral("listOffers"), {});
        QCOMPARE(a.status(), 100);
        QVERIFY2(timer.elapsed() >= 400, QByteArray::number(timer.elapsed()));
    }

    void badCatalogOrUsageExitsWith2()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad-catalog.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "astro-catalog", "version": 1, "products": [{"upc": "1"}]})");
        file.close();
        QByteArray err;
        QCOMPARE(run({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                      newDb(), QStringLiteral("--catalog"), bad},
                     &err),
                 2);
        QVERIFY2(err.contains("products[0]"), err.constData());
        QCOMPARE(
            run({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), newDb(),
                 QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("none.json"))},
                &err),
            2);
        QCOMPARE(run({QStringLiteral("--db"), newDb()}, &err), 2);
        QCOMPARE(run({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fail-share"),
                      QStringLiteral("2")},
                     &err),
                 2);
    }

    void stopsCleanlyOnSigterm()
    {
        const QString db = newDb();
        QVERIFY(start({}, db));
        QCOMPARE(
            push(QStringLiteral("counter-a"), {event(QStringLiteral("user.changed"), {})}).status(),
            100);
        QCOMPARE(stop(), 0);
        QVERIFY(start({}, db));
        QCOMPARE(list(QStringLiteral("counter-b"), 0)
                     .data()
                     .value(QStringLiteral("events"))
                     .toArray()
                     .size(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAstroServerFaults)
#include "tst_astro_server_faults.moc"
