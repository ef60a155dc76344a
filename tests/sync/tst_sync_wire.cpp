// A counter syncs through a proxy that checks every public request's body against domain.md §7:
// a realistic day at the counter speaks Astro's public API and nothing else; and the check itself
// can fail.
#include "ServerProcess.h"
#include "SyncTestKit.h"
#include "WireCheckProxy.h"

#include "customers/CustomerStore.h"
#include "engine/CardService.h"
#include "engine/OfferService.h"
#include "engine/RedemptionService.h"
#include "enrollment/EnrollmentService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

using namespace astro;
using namespace astro::test;

namespace {

const QString offer = QStringLiteral("OFR-NORTHWIND-2026-11"); // buy 1 get 1, the treat counts
const QString base = QStringLiteral("/api/json");

// Syncs until a round succeeds and nothing waits, at most `rounds` times.
bool settle(Counter& c, int rounds = 50)
{
    for (int i = 0; i < rounds; ++i)
        if (auto r = c.sync(); r && c.unsent() == 0)
            return true;
    return false;
}

QString listed(const QStringList& lines)
{
    return QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "));
}

// A request as the counter would send it: the form field and the headers of §7.
WireRequest publicCall(const QString& endpoint, const QJsonObject& jsonData)
{
    WireRequest r;
    r.method = "POST";
    r.path = "/api/json/" + endpoint.toUtf8() + '/';
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                 {"Authorization", "Bearer 3f9c0a"}};
    r.body = "jsonData=" + QUrl::toPercentEncoding(QString::fromUtf8(
                               QJsonDocument(jsonData).toJson(QJsonDocument::Compact)));
    return r;
}

QJsonObject line(const QString& id, const QJsonValue& code, const QJsonValue& qty,
                 const QJsonValue& date)
{
    return {{QStringLiteral("transactionID"), id},
            {QStringLiteral("item_code"), code},
            {QStringLiteral("item_qty"), qty},
            {QStringLiteral("item_transaction_date"), date}};
}

// True when one of `found` contains every one of `parts`.
bool reported(const QStringList& found, const QStringList& parts)
{
    return std::any_of(found.begin(), found.end(), [&](const QString& v) {
        return std::all_of(parts.begin(), parts.end(),
                           [&](const QString& p) { return v.contains(p); });
    });
}

} // namespace

class TestSyncWire : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    std::unique_ptr<WireCheckProxy> m_proxy;
    std::unique_ptr<Counter> m_counter;
    bool m_dayDone = false;

    // The demo catalog, with November's treat offer running whatever the date: the server judges
    // "running" by its own clock, the counter by the test's.
    static QJsonObject catalogWithRunningOffer()
    {
        QJsonObject doc = QJsonDocument::fromJson(demoCatalog()).object();
        QJsonArray offers = doc.value(QStringLiteral("offers")).toArray();
        for (qsizetype i = 0; i < offers.size(); ++i) {
            QJsonObject o = offers.at(i).toObject();
            if (o.value(QStringLiteral("id")).toString() != offer)
                continue;
            o[QStringLiteral("available_from")] = QStringLiteral("2000-01-01");
            o[QStringLiteral("available_to")] = QStringLiteral("2099-12-31");
            offers.replace(i, o);
        }
        doc[QStringLiteral("offers")] = offers;
        return doc;
    }

    void skipWithoutTheDay()
    {
        if (!m_dayDone)
            QSKIP("the day at the counter did not run to its end");
    }

private Q_SLOTS:
    void initTestCase() { qputenv("ASTRO_KEYCHAIN", "none"); }

    // A day at the counter, synced through the proxy; the slots after it judge what it sent.
    void aDayAtTheCounter()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
        Observer pos(m_server.url()); // another POS, straight to the server
        QVERIFY(!pos.token.isEmpty());
        ASTRO_VERIFY_OK(pos.call(QStringLiteral("ext_publishCatalog"), catalogWithRunningOffer()));
        m_proxy = std::make_unique<WireCheckProxy>(m_server.url());
        QVERIFY(m_proxy->listen());
        m_counter = std::make_unique<Counter>();
        Counter& c = *m_counter;
        ASTRO_VERIFY_OK(c.configure(m_proxy->url()));
        QVERIFY(settle(c)); // the catalog comes down

        // The store joins the club and the treat offer (distributor fulfilled).
        enroll(c);
        TAKE(distributors, c.ts->enrollment().eligibleDistributors(location, offer));
        QVERIFY(!distributors.empty());
        ASTRO_VERIFY_OK(c.ts->enrollment().set(c.ts.admin(location), location, offer,
                                               distributors.front().id, QStringLiteral("NW-1001")));
        const Actor cashier = c.ts.cashier(location);

        // The other POS registered a pet owner at Astro: this counter finds and links him.
        ASTRO_VERIFY_OK(
            pos.call(QStringLiteral("addCustomer"),
                     QJsonObject{{QStringLiteral("customerID"), QStringLiteral("POS-77")},
                                 {QStringLiteral("first_name"), QStringLiteral("Marc")},
                                 {QStringLiteral("last_name"), QStringLiteral("Tremblay")},
                                 {QStringLiteral("phone"), QStringLiteral("4165550177")}}));
        TAKE(marc, c.ts->customers().add(cashier, CustomerInput{QStringLiteral("Marc"),
                                                                QStringLiteral("Tremblay"),
                                                                QStringLiteral("416-555-0177"),
                                                                {}}));
        // A new pet owner, with phone and email.
        TAKE(elodie, c.ts->customers().add(
                         cashier, CustomerInput{QStringLiteral("Élodie"), QStringLiteral("Gagnon"),
                                                QStringLiteral("(416) 555-0123"),
                                                QStringLiteral("elodie.gagnon@example.com")}));
        QVERIFY(settle(c));

        // Visit 1: five treats complete the card; a sixth is rung up, reaches Astro, and is
        // voided before the visit ends.
        {
            TAKE(visit, c.ts->visits().open(cashier, elodie.id));
            ScanLine five;
            five.code = treat;
            five.quantity = 5;
            TAKE(scanned, c.ts->visits().scan(cashier, visit.id, five));
            QVERIFY(!scanned.punches.empty());
            ScanLine one;
            one.code = treat;
            TAKE(extra, c.ts->visits().scan(cashier, visit.id, one));
            QVERIFY(settle(c));
            ASTRO_VERIFY_OK(c.ts->visits().voidScan(cashier, extra.scanId));
            ASTRO_VERIFY_OK(c.ts->visits().finish(cashier, visit.id, QStringLiteral("paper card")));
        }
        TAKE(view, c.ts->cards().view(elodie.id, card));
        QCOMPARE(view.rewardsEarned, 1);
        QVERIFY(settle(c));

        // Marc buys a treat.
        buy(c, marc.id, 1);
        QVERIFY(settle(c));

        // The free treat is given, undone by a manager, and given again.
        RedeemRequest request;
        request.customerId = elodie.id;
        request.cardId = card;
        request.code = treat;
        TAKE(given, c.ts->redemptions().redeem(cashier, request));
        QVERIFY(settle(c));
        ASTRO_VERIFY_OK(
            c.ts->redemptions().undo(c.ts.manager(location), given.id, UndoMode::RemoveOnly));
        QVERIFY(settle(c));
        TAKE(again, c.ts->redemptions().redeem(cashier, request));
        QVERIFY(again.id != given.id);
        QVERIFY(settle(c));

        // She married and changed her phone.
        ASTRO_VERIFY_OK(c.ts->customers().update(
            cashier, elodie.id,
            CustomerInput{QStringLiteral("Élodie"), QStringLiteral("Gagnon-Roy"),
                          QStringLiteral("416 555 0199"),
                          QStringLiteral("elodie.gagnon@example.com")}));
        QVERIFY(settle(c));

        // Visit 2: two bags of treats earn the buy-1-get-1, redeemed in the visit.
        {
            TAKE(visit, c.ts->visits().open(cashier, elodie.id));
            ScanLine two;
            two.code = treat;
            two.quantity = 2;
            TAKE(scanned, c.ts->visits().scan(cashier, visit.id, two));
            QVERIFY2(scanned.offerIds.contains(offer), qPrintable(scanned.offerIds.join(',')));
            TAKE(deal, c.ts->offers().redeem(cashier, visit.id, offer, treat, {}));
            QCOMPARE(deal.offerId, offer);
            ASTRO_VERIFY_OK(
                c.ts->visits().finish(cashier, visit.id, QStringLiteral("two bags at once")));
        }
        QVERIFY(settle(c));
        m_dayDone = true;

        const WireCheckProxy& proxy = *m_proxy;
        qInfo("%d requests through the proxy: %s", int(proxy.exchanges().size()),
              qPrintable(proxy.endpointsSeen().join(QStringLiteral(", "))));
        if (qEnvironmentVariableIsSet("ASTRO_WIRE_TRACE"))
            for (const WireExchange& e : proxy.exchanges())
                qInfo(
                    "%s %s -> %d %s", qPrintable(e.endpoint),
                    QJsonDocument(e.jsonData).toJson(QJsonDocument::Compact).left(400).constData(),
                    e.httpStatus, e.answer.left(600).constData());
    }

    // The public calls the day needs all went through, and the extensions too.
    void theDayUsedThePublicCalls()
    {
        skipWithoutTheDay();
        const QString seen = m_proxy->endpointsSeen().join(QStringLiteral(", "));
        for (const char* name :
             {"searchCustomer", "addCustomer", "linkCustomer", "addTransactionBatch",
              "removeTransaction", "updateCustomer", "customerRewardStatus", "addRedemption",
              "removeRedemption", "addOfferTransaction", "ext_pushEvents"})
            QVERIFY2(m_proxy->count(QLatin1String(name)) > 0,
                     qPrintable(
                         QStringLiteral("%1 never seen; seen: %2").arg(QLatin1String(name), seen)));
        // Every request got an answer from the server through the proxy.
        for (const WireExchange& e : m_proxy->exchanges())
            QVERIFY2(e.httpStatus != 0, qPrintable(e.endpoint));
    }

    // Every public request of the day has §7's shape.
    void theDayBreaksNoRuleOfSection7()
    {
        skipWithoutTheDay();
        const QStringList& violations = m_proxy->violations();
        QVERIFY2(violations.isEmpty(), qPrintable(QStringLiteral("%1 request(s) break §7:%2")
                                                      .arg(violations.size())
                                                      .arg(listed(violations))));
    }

    // Astro took everything the counter sent, the offer's deal (addOfferRedemption) among it: no
    // refusal waits for a manager.
    void astroRefusedNothing()
    {
        skipWithoutTheDay();
        Counter& c = *m_counter;
        TAKE(refused, c.ts->db().select(
                          QStringLiteral("SELECT kind, message FROM sync_conflicts ORDER BY id")));
        QStringList conflicts;
        for (const auto& row : refused)
            conflicts << row[0].toString() + QStringLiteral(": ") + row[1].toString();
        QVERIFY2(conflicts.isEmpty(), qPrintable(listed(conflicts)));
    }

    void cleanupTestCase()
    {
        m_counter.reset();
        m_proxy.reset();
        m_server.stop();
    }

    // §7's own example passes the check.
    void theCheckAcceptsSection7sExample()
    {
        const QJsonObject batch{
            {QStringLiteral("customerID"), QStringLiteral("6c1e-POS")},
            {QStringLiteral("transactions"),
             QJsonArray{line(QStringLiteral("TXN-002"), QStringLiteral("084721100287"),
                             QStringLiteral("1"), QStringLiteral("2026-12-06")),
                        line(QStringLiteral("TXN-003"), QStringLiteral("084721100294"),
                             QStringLiteral("2"), QStringLiteral("2026-12-06"))}}};
        QStringList found =
            wirecheck::checkRequest(publicCall(QStringLiteral("addTransactionBatch"), batch), base);
        QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
        found = wirecheck::checkRequest(
            publicCall(QStringLiteral("removeTransaction"),
                       QJsonObject{{QStringLiteral("customerID"), QStringLiteral("6c1e-POS")},
                                   {QStringLiteral("transactionID"), QStringLiteral("TXN-003")}}),
            base);
        QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
        found = wirecheck::checkRequest(publicCall(QStringLiteral("listOffers"), {}), base);
        QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
        // A '+' in the form is a space, as the server reads it.
        WireRequest plus = publicCall(
            QStringLiteral("searchCustomer"),
            QJsonObject{{QStringLiteral("email_address"), QStringLiteral("a b@example.com")}});
        plus.body.replace("%20", "+");
        WireExchange decoded;
        found = wirecheck::checkRequest(plus, base, &decoded);
        QVERIFY2(found.isEmpty(), qPrintable(listed(found)));
        QCOMPARE(decoded.jsonData.value(QStringLiteral("email_address")).toString(),
                 QStringLiteral("a b@example.com"));
    }

    // A body that breaks §7 is reported, rule by rule: the check can fail.
    void theCheckReportsEachViolation()
    {
        const QJsonObject bad{
            {QStringLiteral("customerID"), QStringLiteral("6c1e-POS")},
            {QStringLiteral("device_id"), QStringLiteral("counter-1")},
            {QStringLiteral("transactions"),
             QJsonArray{line(QStringLiteral("TXN-1"), QStringLiteral("084721100287"), 2,
                             QStringLiteral("2026-12-06")),
                        line(QStringLiteral("TXN-2"), QStringLiteral("00084721100294"),
                             QStringLiteral("1"), QStringLiteral("2026-12-06")),
                        line(QStringLiteral("TXN-3"), QStringLiteral("084721100288"),
                             QStringLiteral("1x"), QStringLiteral("06/12/2026"))}}};
        QStringList found =
            wirecheck::checkRequest(publicCall(QStringLiteral("addTransactionBatch"), bad), base);
        QVERIFY2(reported(found, {QStringLiteral("\"device_id\"")}), qPrintable(listed(found)));
        QVERIFY2(reported(found, {QStringLiteral("transactions[0].item_qty"),
                                  QStringLiteral("JSON string")}),
                 qPrintable(listed(found)));
        QVERIFY2(reported(found, {QStringLiteral("transactions[1].item_code"),
                                  QStringLiteral("14-digit")}),
                 qPrintable(listed(found)));
        QVERIFY2(reported(found, {QStringLiteral("transactions[2].item_code"),
                                  QStringLiteral("check digit")}),
                 qPrintable(listed(found)));
        QVERIFY2(
            reported(found, {QStringLiteral("transactions[2].item_qty"), QStringLiteral("digits")}),
            qPrintable(listed(found)));
        QVERIFY2(reported(found, {QStringLiteral("transactions[2].item_transaction_date")}),
                 qPrintable(listed(found)));
        QCOMPARE(found.size(), 6);

        // A line with a key too many or too few; a body without its required keys.
        const QJsonObject lines{
            {QStringLiteral("customerID"), QStringLiteral("6c1e-POS")},
            {QStringLiteral("transactions"),
             QJsonArray{QJsonObject{
                            {QStringLiteral("transactionID"), QStringLiteral("T")},
                            {QStringLiteral("item_code"), QStringLiteral("084721100287")},
                            {QStringLiteral("item_qty"), QStringLiteral("1")},
                            {QStringLiteral("item_transaction_date"), QStringLiteral("2026-12-06")},
                            {QStringLiteral("item_amount_cents"), 1299}},
                        QJsonObject{{QStringLiteral("transactionID"), QStringLiteral("U")}}}}};
        found = wirecheck::checkBody(QStringLiteral("addTransactionBatch"), lines);
        QVERIFY2(reported(found, {QStringLiteral("transactions[0]"),
                                  QStringLiteral("\"item_amount_cents\"")}),
                 qPrintable(listed(found)));
        QVERIFY2(reported(found, {QStringLiteral("transactions[1]"), QStringLiteral("item_code")}),
                 qPrintable(listed(found)));
        found = wirecheck::checkBody(
            QStringLiteral("addRedemption"),
            QJsonObject{{QStringLiteral("customerID"), 42},
                        {QStringLiteral("astro_reward_id"), QStringLiteral("R-1")}});
        QVERIFY2(reported(found, {QStringLiteral("customerID"), QStringLiteral("JSON string")}),
                 qPrintable(listed(found)));
        QVERIFY2(reported(found, {QStringLiteral("\"astro_item_id\" is missing")}),
                 qPrintable(listed(found)));
        found = wirecheck::checkBody(QStringLiteral("searchCustomer"), {});
        QVERIFY2(reported(found, {QStringLiteral("at least one of")}), qPrintable(listed(found)));

        // The transport: the headers, the form, the method, the endpoint's name.
        WireRequest naked =
            publicCall(QStringLiteral("customerStatus"),
                       QJsonObject{{QStringLiteral("customerID"), QStringLiteral("X")}});
        naked.headers = {{"Content-Type", "application/json"}};
        naked.body += "&device_id=counter-1";
        found = wirecheck::checkRequest(naked, base);
        QVERIFY2(reported(found, {QStringLiteral("Content-Type")}), qPrintable(listed(found)));
        QVERIFY2(reported(found, {QStringLiteral("Bearer")}), qPrintable(listed(found)));
        QVERIFY2(reported(found, {QStringLiteral("exactly one field jsonData")}),
                 qPrintable(listed(found)));
        WireRequest get = publicCall(QStringLiteral("ext_listEvents"), {});
        get.method = "GET";
        found = wirecheck::checkRequest(get, base);
        QVERIFY2(reported(found, {QStringLiteral("POST")}), qPrintable(listed(found)));
        found = wirecheck::checkRequest(publicCall(QStringLiteral("pushEvents"), {}), base);
        QVERIFY2(reported(found, {QStringLiteral("neither")}), qPrintable(listed(found)));
        WireRequest token;
        token.method = "GET";
        token.path = "/api/json/token/";
        found = wirecheck::checkRequest(token, base);
        QVERIFY2(reported(found, {QStringLiteral("POST")}), qPrintable(listed(found)));
        token.method = "POST";
        QVERIFY(wirecheck::checkRequest(token, base).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncWire)
#include "tst_sync_wire.moc"
