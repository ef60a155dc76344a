#include "TestStore.h"

#include "customers/CustomerStore.h"
#include "wire/Fields.h"
#include "wire/PublicApi.h"
#include "wire/WireNames.h"

#include <QJsonArray>
#include <QTest>

using namespace astro;
using namespace astro::test;

// Astro's public API answered on a store (core/wire), where the engine's own tests do not reach:
// the times a caller sends.
class TestPublicApi : public QObject
{
    Q_OBJECT

    static QString scanTime(TestStore& ts, const QString& uuid)
    {
        auto at = ts->db().scalar(QStringLiteral("SELECT at FROM scans WHERE uuid = ?"), {uuid});
        return at ? at->toString() : QString();
    }

private Q_SLOTS:
    // The store's clock is 2026-11-16 10:00 in Toronto (15:00 UTC). 02:00 UTC that day was the
    // evening before in Toronto: an earlier day's sale keeps its own time, though its UTC date
    // is today's.
    void aTimeInUtcIsComparedAsTheStoresDay_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("recorded");
        QTest::newRow("yesterday evening, in UTC") << "2026-11-16T02:00:00Z"
                                                   << "2026-11-16T02:00:00.000Z";
        QTest::newRow("yesterday evening, with its offset") << "2026-11-15T21:00:00-05:00"
                                                            << "2026-11-16T02:00:00.000Z";
        QTest::newRow("today at dawn, in UTC: now") << "2026-11-16T11:00:00Z"
                                                    << "2026-11-16T15:00:00.000Z";
        QTest::newRow("today, a date alone: now") << "2026-11-16"
                                                  << "2026-11-16T15:00:00.000Z";
    }

    void aTimeInUtcIsComparedAsTheStoresDay()
    {
        QFETCH(QString, sent);
        QFETCH(QString, recorded);
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(found, ts->customers().get(customer));
        const QJsonObject body{{QStringLiteral("customerID"), found.uuid},
                               {QStringLiteral("transactionID"), QStringLiteral("LINE-1")},
                               {QStringLiteral("item_code"), upc("ANY-1")},
                               {QStringLiteral("item_qty"), QStringLiteral("1")},
                               {QStringLiteral("item_transaction_date"), sent}};
        const wire::ApiReply reply =
            wire::PublicApi(ts.store(), Actor::system(QStringLiteral("LOC-A")))
                .call(wire::endpoint::addTransaction, body);
        QCOMPARE(reply.status, wire::astroStatus::Success);
        QCOMPARE(reply.data.toObject().value(QStringLiteral("transaction_status")).toInt(),
                 wire::astroStatus::Success);
        QCOMPARE(scanTime(ts, QStringLiteral("LINE-1")), recorded);
    }

    // Found by fuzzing (tests/fuzz/corpus/wire/number-1e99): a number was read as a double and
    // cast to an integer, undefined past 64 bits (UBSan: 1e99), and an id written as 19 digits
    // lost its last ones: two sales of a POS that numbers its lines became one, the second
    // answered as a replay of the first and never counted.
    void numbersAreReadWhole()
    {
        TestStore ts;
        ready(ts);
        const qint64 customer = ts.addCustomer();
        TAKE(found, ts->customers().get(customer));
        wire::PublicApi api(ts.store(), Actor::system(QStringLiteral("LOC-A")));
        const auto call = [&](const QByteArray& fields) {
            wire::ApiReply reply;
            const auto body = wire::Fields::parseJsonData(
                "{\"customerID\": \"" + found.uuid.toUtf8() + "\", \"item_code\": \"" +
                    upc("ANY-1").toUtf8() + "\", " + fields + "}",
                reply);
            return body ? api.call(wire::endpoint::addTransaction, *body) : reply;
        };
        for (const char* id : {"1234567890123456789", "1234567890123456790"}) {
            const wire::ApiReply reply =
                call(QByteArray("\"item_qty\": 1, \"transactionID\": ") + id);
            QCOMPARE(reply.status, wire::astroStatus::Success);
            QCOMPARE(reply.data.toObject().value(QStringLiteral("transactionID")).toString(),
                     QLatin1String(id));
        }
        TAKE(scans, ts->db().scalar(QStringLiteral("SELECT count(*) FROM scans")));
        QCOMPARE(scans.toInt(), 2);

        const wire::ApiReply huge = call("\"item_qty\": 1e99, \"transactionID\": \"LINE-3\"");
        QCOMPARE(huge.status, wire::astroStatus::BadRequest);
        QVERIFY2(huge.message.contains(QStringLiteral("item_qty")), qPrintable(huge.message));
    }
};

QTEST_GUILESS_MAIN(TestPublicApi)
#include "tst_publicapi.moc"
