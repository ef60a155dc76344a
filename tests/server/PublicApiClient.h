#pragma once

// The client shared by tst_astro_publicapi_customers and tst_astro_publicapi_rewards, written
// only from domain.md §7 and the table "The public endpoints (one wire)" of
// docs/sync-protocol.md: it includes no project header, and its transport is ServerHarness.h.
// Its user defines ASTRO_SERVER (the astro-server binary) and ASTRO_DEMO_CATALOG
// (resources/demo/catalog.json).

#include "ServerHarness.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <initializer_list>
#include <utility>

// HTTP 200 with this astro_status, else the test fails and shows the answer.
#define VERIFY_STATUS(answer, code)                                                                \
    do {                                                                                           \
        const Answer& answer_ = (answer);                                                          \
        QVERIFY2(answer_.http == 200 && answer_.status() == (code),                                \
                 answer_.describe().constData());                                                  \
    } while (false)
#define VERIFY_OK(answer) VERIFY_STATUS(answer, 100)
#define VERIFY_IN(condition, answer) QVERIFY2(condition, (answer).describe().constData())
// A shape check found nothing wrong, else the test fails and shows what.
#define VERIFY_SHAPE(problem) QVERIFY2((problem).isEmpty(), qPrintable(problem))

// A third-party client of Astro's public API: raw HTTP and JSON, no project header, values sent
// as real clients send them (ids, quantities and dates as strings, 12-digit UPCs). Its tests call
// every public endpoint of the real astro-server and check each answer's shape; each test starts
// its own server on a free port with a database of its own. A test class derives from QObject
// and from this.
class PublicApiClient
{
protected:
    using Fields = std::initializer_list<std::pair<const char*, QJsonValue>>;

    using Answer = ServerHarness::Answer;

    QTemporaryDir m_dir;
    int m_servers = 0;
    ServerHarness m_server;
    QByteArray m_token;
    int m_seq = 0;

    static QString newId(const char* prefix = "POS-")
    {
        return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    static QString today() { return QDate::currentDate().toString(Qt::ISODate); }
    static QJsonValue at(const QJsonObject& o, const char* k) { return o.value(QLatin1String(k)); }
    static QString text(const QJsonObject& o, const char* key) { return at(o, key).toString(); }
    static bool ok(const Answer& a) { return a.http == 200 && a.status() == 100; }
    static QString compact(const QJsonObject& o)
    {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    static QJsonObject obj(Fields fields)
    {
        QJsonObject o;
        for (const auto& [key, value] : fields)
            o.insert(QLatin1String(key), value);
        return o;
    }

    // Who the client signs in as.
    QString m_username = u"demo"_qs;
    QString m_password = u"demo"_qs;
    QString m_clientId = u"demo"_qs;

    virtual ~PublicApiClient() = default;

    // Starts astro-server on a free port with a database of its own and gets a token. Another
    // side that answers the API starts its own instead.
    virtual bool start()
    {
        const QString db = m_dir.filePath(u"server-%1.sqlite"_qs.arg(++m_servers));
        if (!m_server.start({}, db))
            return false;
        m_token = token(m_password).accessToken();
        return !m_token.isEmpty();
    }

    // Stops the server with SIGTERM (kills it if it does not stop).
    void stop() { m_server.stop(); }
    Answer token(const QString& password)
    {
        return m_server.token(m_username, password, m_clientId);
    }

    // POST <base>/<endpoint>/ with jsonData: the body, or `json` as is when given.
    Answer callJson(const char* endpoint, const QJsonObject& body, QByteArray json = {})
    {
        if (json.isEmpty())
            json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return m_server.callForm(QLatin1String(endpoint), ServerHarness::jsonDataForm(json),
                                 m_token);
    }
    Answer call(const char* endpoint, Fields fields) { return callJson(endpoint, obj(fields)); }

    // A call about a customer: `customerID` added to the fields.
    Answer callFor(const char* endpoint, const QString& customer, Fields fields = {})
    {
        QJsonObject body = obj(fields);
        body.insert(u"customerID"_qs, customer);
        return callJson(endpoint, body);
    }

    // A count as a number or a string of digits; -1 when it is neither.
    static int count(const QJsonValue& v)
    {
        static const QRegularExpression digits(u"^\\d{1,9}$"_qs);
        if (v.isString())
            return digits.match(v.toString()).hasMatch() ? v.toString().toInt() : -1;
        return v.isDouble() && v.toDouble() == double(v.toInt()) && v.toInt() >= 0 ? v.toInt() : -1;
    }

    // Empty when `o` has every field of `spec` ("name:kind …") with its kind, else names the
    // wrong ones. Kinds: id (a non-empty string), text (a string), count (a number or a string of
    // digits), number, bool, array, set (anything but null).
    static QString shape(const QJsonObject& o, const QString& spec)
    {
        QStringList wrong;
        for (const QString& field : spec.split(u' ', Qt::SkipEmptyParts)) {
            const char kind = field.section(u':', 1).append(u's').at(0).toLatin1(); // its initial
            const QJsonValue v = o.value(field.section(u':', 0, 0));
            if (!(kind == 'i'   ? v.isString() && !v.toString().isEmpty()
                  : kind == 't' ? v.isString()
                  : kind == 'c' ? count(v) >= 0
                  : kind == 'n' ? v.isDouble()
                  : kind == 'b' ? v.isBool()
                  : kind == 'a' ? v.isArray()
                                : !v.isUndefined() && !v.isNull()))
                wrong << field;
        }
        return wrong.isEmpty()
                   ? QString()
                   : u"wrong or missing %1 in %2"_qs.arg(wrong.join(u", "_qs), compact(o));
    }

    // Empty when the call succeeded and its entry i (returnData itself when i < 0) is a line's:
    // the common fields and `more`, status 100, the line's transactionID. By default, a batch
    // entry (or addTransaction's answer) for a line that was added.
    static QString added(const Answer& a, qsizetype i, const char* transaction,
                         const char* more = "astro_program_id:id astro_program_title:text")
    {
        const QJsonObject e = i < 0 ? a.data() : a.entry(i);
        QString wrong = shape(e, u"transaction_status:number transaction_status_message:text "
                                 u"transactionID:id astro_transaction_id:id "_qs +
                                     QLatin1String(more));
        if (!ok(a) || (wrong.isEmpty() && (text(e, "transactionID") != QLatin1String(transaction) ||
                                           at(e, "transaction_status").toInt() != 100)))
            wrong = u"line %1 not done: "_qs.arg(QLatin1String(transaction));
        return wrong.isEmpty() ? wrong : wrong + u" — "_qs + QString::fromUtf8(a.describe());
    }
    static QString txnId(const Answer& a, qsizetype i)
    {
        return text(a.entry(i), "astro_transaction_id");
    }

    // removeTransaction's answer: one entry, deleted (its astro_transaction_id checked if given).
    static QString removed(const Answer& a, const char* transaction, const QString& astroId = {})
    {
        const QJsonObject e = a.entry(0);
        if (a.list().size() != 1 || !at(e, "transactionDeleted").toBool() ||
            (!astroId.isEmpty() && text(e, "astro_transaction_id") != astroId))
            return QString::fromUtf8("not removed: " + a.describe());
        return added(a, 0, transaction, "transactionDeleted:bool");
    }
    static QJsonObject line(const char* transaction, const QString& upc, const QJsonValue& qty)
    {
        return obj({{"transactionID", QLatin1String(transaction)},
                    {"item_code", upc},
                    {"item_qty", qty},
                    {"item_transaction_date", today()}});
    }
    Answer batch(const QString& customer, const QJsonArray& lines)
    {
        return callFor("addTransactionBatch", customer, {{"transactions", lines}});
    }

    // Adds a customer under a new POS id, with a phone of its own unless given; returns the id,
    // empty on failure.
    QString addCustomer(QString phone = {}, QString* astroId = nullptr)
    {
        const QString id = newId();
        const int n = ++m_seq;
        if (phone.isEmpty())
            phone = u"416556%1"_qs.arg(n, 4, 10, QLatin1Char('0'));
        const Answer a = callFor("addCustomer", id,
                                 {{"first_name", u"Hélène"_qs},
                                  {"last_name", u"Côté"_qs},
                                  {"email_address", u"helene.%1@example.ca"_qs.arg(n)},
                                  {"phone", phone}});
        if (astroId)
            *astroId = a.str("astro_customer_id");
        return ok(a) && !a.str("astro_customer_id").isEmpty() ? id : QString();
    }

    // Starts a server, finds a UPC that punches and adds a customer.
    bool startWithCustomer(QString& upc, QString& customer, QString* astroId = nullptr)
    {
        if (!start())
            return false;
        upc = qualifyingUpc();
        customer = addCustomer(u"6135550142"_qs, astroId);
        return !upc.isEmpty() && !customer.isEmpty();
    }

    // The customer's card of a program (the busiest if several have that id); empty if none.
    QJsonObject card(const QString& customer, const QString& program)
    {
        QJsonObject best;
        const auto score = [](const QJsonObject& c) {
            return count(at(c, "free_goods_earned")) * 10000 + count(at(c, "purchases"));
        };
        for (const QJsonValue& v :
             at(callFor("customerStatus", customer).data(), "cards").toArray())
            if (text(v.toObject(), "astro_program_id") == program &&
                (best.isEmpty() || score(v.toObject()) > score(best)))
                best = v.toObject();
        return best;
    }
    int purchases(const QString& customer, const QString& program)
    {
        return count(at(card(customer, program), "purchases"));
    }
    QString rewardStatus(const QString& customer, const QString& rewardId)
    {
        for (const QJsonValue& v : callFor("customerRewardStatus", customer).list())
            if (text(v.toObject(), "astro_reward_id") == rewardId)
                return text(v.toObject(), "reward_status");
        return {};
    }

    // The first candidate UPC the server says is on a running program: Northwind cat kibble 3 lb
    // first (card CRD-NW-CAT-KIB, buy 10 get 1, Least Value, no limits; Northwind Frequent Buyer
    // is enrolled at the master location LOC-TORONTO with a distributor in the demo store), then
    // one product of each other program that runs in Canada.
    QString qualifyingUpc()
    {
        for (const char* upc :
             {"084721102038", "084721100072", "085963400098", "062419200334", "042561100034"})
            if (ok(call("eligiblePurchaseItems", {{"item_code", QLatin1String(upc)}})))
                return QLatin1String(upc);
        return {};
    }

    // A well-formed UPC-A (its check digit computed) that is in no catalog.
    static QString unknownUpc()
    {
        const QString eleven = u"09999999999"_qs;
        int sum = 0;
        for (qsizetype i = 0; i < eleven.size(); ++i)
            sum += eleven.at(i).digitValue() * (i % 2 == 0 ? 3 : 1);
        return eleven + QString::number((10 - sum % 10) % 10);
    }
    static QJsonArray catalog(const char* section)
    {
        QFile file(QStringLiteral(ASTRO_DEMO_CATALOG));
        return file.open(QIODevice::ReadOnly)
                   ? at(QJsonDocument::fromJson(file.readAll()).object(), section).toArray()
                   : QJsonArray();
    }

    // The first 12-digit product of the demo catalog not in `except`.
    static QString catalogUpc(const QSet<QString>& except)
    {
        for (const QJsonValue& p : catalog("products")) {
            const QString upc = text(p.toObject(), "upc");
            if (upc.size() == 12 && !except.contains(upc))
                return upc;
        }
        return {};
    }

    // The demo catalog's first offer running today (the server's clock is the real one).
    static QJsonObject runningOffer()
    {
        for (const QJsonValue& v : catalog("offers"))
            if (text(v.toObject(), "available_from") <= today() &&
                today() <= text(v.toObject(), "available_to") &&
                at(v.toObject(), "active").toBool(true))
                return v.toObject();
        return {};
    }
};
