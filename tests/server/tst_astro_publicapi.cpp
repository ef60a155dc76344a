#include <QDate>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <initializer_list>
#include <memory>
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

// A third-party client of Astro's public API, written only from domain.md §7 and the table "The
// public endpoints (one wire)" of docs/sync-protocol.md: raw HTTP and JSON, no project header,
// values sent as real clients send them (ids, quantities and dates as strings, 12-digit UPCs). It
// calls every public endpoint of the real astro-server and checks each answer's shape. Each test
// starts its own server on a free port with a database of its own.
class TestAstroPublicApi : public QObject
{
    Q_OBJECT

    using Fields = std::initializer_list<std::pair<const char*, QJsonValue>>;

    struct Answer
    {
        int http = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;

        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        int status() const { return json().value(u"astro_status"_qs).toInt(-1); }
        QJsonValue returned() const { return json().value(u"returnData"_qs); }
        QJsonObject data() const { return returned().toObject(); }
        QJsonArray list() const { return returned().toArray(); }
        QJsonObject entry(qsizetype i) const { return list().at(i).toObject(); }
        QString str(const char* key) const { return data().value(QLatin1String(key)).toString(); }
        QByteArray describe() const
        {
            return "HTTP " + QByteArray::number(http) + " error " + QByteArray::number(error) +
                   ": " + body.left(600);
        }
    };

    QTemporaryDir m_dir;
    int m_servers = 0;
    std::unique_ptr<QProcess> m_server;
    QString m_base;
    QByteArray m_token;
    QNetworkAccessManager m_net;
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

    // Starts astro-server on a free port with a database of its own and gets a token.
    bool start()
    {
        stop();
        const QString db = m_dir.filePath(u"server-%1.sqlite"_qs.arg(++m_servers));
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server->start(QStringLiteral(ASTRO_SERVER), {u"--port"_qs, u"0"_qs, u"--db"_qs, db});
        for (int i = 0; i < 60 && m_server->waitForStarted(10000) && !m_server->canReadLine(); ++i)
            m_server->waitForReadyRead(1000);
        static const QRegularExpression pattern(
            u"^astro-server listening on (http://127\\.0\\.0\\.1:\\d+/api/json)$"_qs);
        const auto match = pattern.match(QString::fromUtf8(m_server->readLine()).trimmed());
        if (!match.hasMatch())
            return false;
        m_base = match.captured(1);
        m_net.clearConnectionCache();
        m_token = token(u"demo"_qs).json().value(u"access_token"_qs).toString().toUtf8();
        return !m_token.isEmpty();
    }

    // Stops the server with SIGTERM (kills it if it does not stop).
    void stop()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            m_server->terminate();
            if (!m_server->waitForFinished(20000))
                m_server->kill();
            m_server->waitForFinished(5000);
        }
        m_server.reset();
    }
    Answer post(const QString& path, const QByteArray& form, const QByteArray& bearer)
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!bearer.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + bearer);
        QNetworkReply* reply = m_net.post(request, form);
        QEventLoop loop;
        QTimer::singleShot(30000, reply, &QNetworkReply::abort);
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       reply->error(), reply->readAll()};
        reply->deleteLater();
        return a;
    }
    Answer token(const QString& password)
    {
        return post(u"/token/"_qs,
                    "username=demo&password=" + QUrl::toPercentEncoding(password) +
                        "&grant_type=password&client_id=demo",
                    {});
    }

    // POST <base>/<endpoint>/ with jsonData: the body, or `json` as is when given.
    Answer callJson(const char* endpoint, const QJsonObject& body, QByteArray json = {})
    {
        if (json.isEmpty())
            json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return post(u"/%1/"_qs.arg(QLatin1String(endpoint)),
                    "jsonData=" + QUrl::toPercentEncoding(QString::fromUtf8(json)), m_token);
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
        customer = addCustomer(u"4165550123"_qs, astroId);
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

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The rows of the data-driven test share one server; every other test has its own.
    void cleanup()
    {
        if (qstrcmp(QTest::currentTestFunction(), "badBodiesNameTheField") != 0)
            stop();
    }

    void cleanupTestCase() { stop(); }

    void tokenAnswersStrings()
    {
        QVERIFY(start());
        const Answer t = token(u"demo"_qs);
        const QJsonObject o = t.json();
        VERIFY_IN(t.http == 200, t);
        VERIFY_SHAPE(shape(o, u"access_token:id token_type:id expires:id created:id"_qs));
        VERIFY_IN(text(o, "token_type") == u"bearer"_qs && text(o, "expires") == u"1800"_qs, t);
        const QString created = text(o, "created");
        VERIFY_IN(QRegularExpression(u"^\\d+$"_qs).match(created).hasMatch() &&
                      qAbs(created.toLongLong() - QDateTime::currentSecsSinceEpoch()) < 3600,
                  t);
        QCOMPARE(token(u"not-demo"_qs).http, 400);
    }

    void customerLifecycle()
    {
        QVERIFY(start());
        const QString phone = u"4165550123"_qs, email = u"helene.cote@example.ca"_qs;
        VERIFY_STATUS(call("searchCustomer", {{"phone", phone}}), 310);
        const QString customer = newId();
        const QJsonObject body = obj({{"customerID", customer},
                                      {"first_name", u"Hélène"_qs},
                                      {"last_name", u"Côté"_qs},
                                      {"email_address", email},
                                      {"phone", phone}});
        const Answer first = callJson("addCustomer", body);
        VERIFY_OK(first);
        VERIFY_SHAPE(shape(first.data(), u"astro_customer_id:id"_qs));
        const QString astroId = first.str("astro_customer_id");
        const Answer again = callJson("addCustomer", body); // the same customerID, the same id
        VERIFY_IN(ok(again) && again.str("astro_customer_id") == astroId, again);
        const Answer found = call("searchCustomer", {{"phone", phone}});
        VERIFY_OK(found);
        QCOMPARE(found.data().keys().join(u' '),
                 u"customerID email_address first_name last_name phone"_qs);
        VERIFY_SHAPE(shape(found.data(), u"customerID:id first_name:text last_name:text "
                                         u"email_address:text phone:text"_qs));
        VERIFY_IN(found.str("customerID") == customer && found.str("first_name") == u"Hélène"_qs &&
                      found.str("phone").remove(QRegularExpression(u"\\D"_qs)) == phone,
                  found);
        QCOMPARE(call("searchCustomer", {{"email_address", email}}).str("customerID"), customer);
        VERIFY_OK(callFor("updateCustomer", customer, {{"last_name", u"New"_qs}}));
        QCOMPARE(call("searchCustomer", {{"phone", phone}}).str("last_name"), u"New"_qs);

        // A second POS id for the same Astro customer.
        const QString other = newId("POS-other-");
        const Answer linked = callFor("linkCustomer", other, {{"astro_customer_id", astroId}});
        VERIFY_IN(ok(linked) && linked.str("astro_customer_id") == astroId, linked);
        const Answer status = callFor("customerStatus", other);
        VERIFY_IN(ok(status) && status.str("astro_customer_id") == astroId &&
                      status.str("first_name") == u"Hélène"_qs,
                  status);
        VERIFY_STATUS(callFor("linkCustomer", newId(), {{"astro_customer_id", u"987654321"_qs}}),
                      310);
        QString secondId;
        QVERIFY(!addCustomer(u"4165550124"_qs, &secondId).isEmpty() && secondId != astroId);
        VERIFY_STATUS(callFor("linkCustomer", other, {{"astro_customer_id", secondId}}), 320);
    }

    void transactionsBatch()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        const QJsonArray lines{line("TXN-001", upc, u"1"_qs), line("TXN-002", upc, u"2"_qs)};
        const Answer first = batch(customer, lines);
        VERIFY_IN(first.list().size() == 2, first);
        VERIFY_SHAPE(added(first, 0, "TXN-001"));
        VERIFY_SHAPE(added(first, 1, "TXN-002"));
        VERIFY_IN(txnId(first, 0) != txnId(first, 1), first);
        const QString program = text(first.entry(0), "astro_program_id");
        QCOMPARE(purchases(customer, program), 3);

        // A replay (the answer was lost): the same ids, nothing recorded twice.
        const Answer replay = batch(customer, lines);
        VERIFY_IN(ok(replay) && replay.list().size() == 2, replay);
        for (qsizetype i = 0; i < 2; ++i)
            VERIFY_IN(txnId(replay, i) == txnId(first, i) &&
                          at(replay.entry(i), "transaction_status").toInt() == 100,
                      replay);
        QCOMPARE(purchases(customer, program), 3);

        // One good line and one unknown UPC: the good one is recorded, the other refused.
        const Answer mixed = batch(
            customer, {line("TXN-003", upc, u"1"_qs), line("TXN-004", unknownUpc(), u"1"_qs)});
        VERIFY_IN(mixed.list().size() == 2, mixed);
        VERIFY_SHAPE(added(mixed, 0, "TXN-003"));
        const QJsonObject refused = mixed.entry(1);
        VERIFY_IN(at(refused, "transaction_status").isDouble() &&
                      at(refused, "transaction_status").toInt() != 100 &&
                      !text(refused, "transaction_status_message").isEmpty() &&
                      text(refused, "transactionID") == u"TXN-004"_qs,
                  mixed);
        QCOMPARE(purchases(customer, program), 4);
    }

    void addTransactionSingle()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        QJsonObject body = line("TXN-001", upc, u"1"_qs);
        body.insert(u"customerID"_qs, customer);
        const Answer a = callJson("addTransaction", body);
        VERIFY_IN(a.returned().isObject(), a); // one object, not an array
        VERIFY_SHAPE(added(a, -1, "TXN-001"));
        QCOMPARE(purchases(customer, a.str("astro_program_id")), 1);
    }

    void removeTransaction()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        const Answer bought =
            batch(customer, {line("TXN-1", upc, u"1"_qs), line("TXN-2", upc, u"2"_qs)});
        VERIFY_SHAPE(added(bought, 0, "TXN-1"));
        const QString program = text(bought.entry(0), "astro_program_id");
        QCOMPARE(purchases(customer, program), 3);
        const Answer gone =
            callFor("removeTransaction", customer, {{"transactionID", u"TXN-1"_qs}});
        VERIFY_SHAPE(removed(gone, "TXN-1", txnId(bought, 0)));
        QCOMPARE(purchases(customer, program), 2);

        // Part of a line: one unit of two.
        const Answer part = callFor("removeTransaction", customer,
                                    {{"transactionID", u"TXN-2"_qs}, {"item_qty", u"1"_qs}});
        VERIFY_IN(ok(part) && part.list().size() == 1 &&
                      at(part.entry(0), "transaction_status").toInt() == 100,
                  part);
        QCOMPARE(purchases(customer, program), 1);
    }

    void customerStatusShape()
    {
        QString upc, customer, astroId;
        QVERIFY(startWithCustomer(upc, customer, &astroId));
        const Answer bought = batch(customer, {line("TXN-001", upc, u"2"_qs)});
        VERIFY_SHAPE(added(bought, 0, "TXN-001"));
        const Answer status = callFor("customerStatus", customer);
        VERIFY_OK(status);
        VERIFY_SHAPE(shape(status.data(), u"customerID:id astro_customer_id:id first_name:text "
                                          u"last_name:text email_address:text phone:text "
                                          u"cards:array"_qs));
        VERIFY_IN(status.str("customerID") == customer &&
                      status.str("astro_customer_id") == astroId,
                  status);
        const QJsonArray cards = at(status.data(), "cards").toArray();
        VERIFY_IN(!cards.isEmpty(), status);
        for (const QJsonValue& c : cards) {
            VERIFY_SHAPE(shape(c.toObject(),
                               u"astro_program_id:id astro_program_title:text "
                               u"purchases:count purchases_required:count "
                               u"free_goods_earned:count free_goods_available:count"_qs));
            VERIFY_IN(count(at(c.toObject(), "purchases_required")) >= 1, status);
        }
        QCOMPARE(purchases(customer, text(bought.entry(0), "astro_program_id")), 2);
        VERIFY_STATUS(callFor("customerStatus", newId()), 310);
    }

    void rewardsAndRedemption()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        const Answer firstBuy = batch(customer, {line("TXN-001", upc, u"1"_qs)});
        VERIFY_SHAPE(added(firstBuy, 0, "TXN-001"));
        const QString program = text(firstBuy.entry(0), "astro_program_id");
        const QJsonObject started = card(customer, program);
        const int required = count(at(started, "purchases_required"));
        QVERIFY2(required >= 1, qPrintable(compact(started)));
        if (required > 1) { // the rest of the card
            const Answer rest =
                batch(customer, {line("TXN-002", upc, QString::number(required - 1))});
            VERIFY_SHAPE(added(rest, 0, "TXN-002"));
        }
        const QJsonObject done = card(customer, program);
        QVERIFY2(count(at(done, "free_goods_earned")) >= 1 &&
                     count(at(done, "free_goods_available")) >= 1,
                 qPrintable(compact(done)));
        const Answer rewards = callFor("customerRewardStatus", customer);
        VERIFY_IN(ok(rewards) && rewards.returned().isArray(), rewards);
        QJsonObject reward;
        for (const QJsonValue& v : rewards.list()) {
            const QJsonObject r = v.toObject();
            VERIFY_SHAPE(shape(r,
                               u"astro_reward_id:id astro_program_id:id astro_program_title:text "
                               u"reward_qty:count reward_status:id earned_date:id "
                               u"eligible_items:array"_qs));
            for (const QJsonValue& item : at(r, "eligible_items").toArray())
                VERIFY_SHAPE(shape(item.toObject(),
                                   u"astro_item_id:id item_code:id item_description:text"_qs));
            if (reward.isEmpty() && text(r, "astro_program_id") == program &&
                text(r, "reward_status") == u"available"_qs)
                reward = r;
        }
        const QJsonArray items = at(reward, "eligible_items").toArray();
        VERIFY_IN(!items.isEmpty(), rewards);
        const QString rewardId = text(reward, "astro_reward_id");
        const QJsonObject item = items.at(0).toObject();
        QSet<QString> eligible;
        for (const QJsonValue& i : items)
            eligible.insert(text(i.toObject(), "item_code"));
        const Answer yes =
            callFor("checkRedemptionEligibility", customer, {{"item_code", at(item, "item_code")}});
        VERIFY_IN(ok(yes) && at(yes.data(), "isEligible") == QJsonValue(true), yes);
        const Answer no =
            callFor("checkRedemptionEligibility", customer, {{"item_code", catalogUpc(eligible)}});
        VERIFY_IN(ok(no) && at(no.data(), "isEligible") == QJsonValue(false), no);
        const Fields redeem{{"astro_reward_id", rewardId},
                            {"astro_item_id", at(item, "astro_item_id")}};
        VERIFY_OK(callFor("addRedemption", customer, redeem));
        QCOMPARE(rewardStatus(customer, rewardId), u"redeemed"_qs);
        VERIFY_OK(callFor("addRedemption", customer, redeem)); // the same again: idempotent
        QCOMPARE(rewardStatus(customer, rewardId), u"redeemed"_qs);
        VERIFY_OK(callFor("removeRedemption", customer, {{"astro_reward_id", rewardId}}));
        QCOMPARE(rewardStatus(customer, rewardId), u"available"_qs);
        VERIFY_STATUS(callFor("addRedemption", customer,
                              {{"astro_reward_id", u"987654321"_qs},
                               {"astro_item_id", at(item, "astro_item_id")}}),
                      700);
    }

    void eligiblePurchaseItems()
    {
        QVERIFY(start());
        const QString upc = qualifyingUpc();
        QVERIFY2(!upc.isEmpty(), "no candidate UPC is eligible");
        const Answer a = call("eligiblePurchaseItems", {{"item_code", upc}});
        VERIFY_IN(ok(a) && a.returned().isArray() && !a.list().isEmpty(), a);
        for (const QJsonValue& p : a.list())
            VERIFY_SHAPE(shape(p.toObject(), u"astro_program_id:id astro_program_title:text "
                                             u"astro_mfg_id:id astro_mfg_name:text"_qs));
        VERIFY_STATUS(call("eligiblePurchaseItems", {{"item_code", unknownUpc()}}), 700);
    }

    void listOffersShape()
    {
        QVERIFY(start());
        const Answer a = call("listOffers", {});
        VERIFY_OK(a);
        VERIFY_SHAPE(shape(a.data(), u"program_list:array"_qs));
        const QJsonArray offers = at(a.data(), "program_list").toArray();
        for (const QJsonValue& v : offers)
            VERIFY_SHAPE(shape(v.toObject(),
                               u"astro_mfg_id:id astro_mfg_name:text astro_program_id:id "
                               u"astro_program_title:text astro_program_long_description:text "
                               u"astro_program_image:text in_store_only:set "
                               u"astro_program_start_date:id astro_program_end_date:id"_qs));
        VERIFY_IN(runningOffer().isEmpty() || !offers.isEmpty(), a); // the catalog has one today
    }

    void offerTransactions()
    {
        QVERIFY(start());
        const QJsonObject offer = runningOffer();
        if (offer.isEmpty())
            QSKIP("No offer of the demo catalog runs today.");
        const QString customer = addCustomer();
        QVERIFY(!customer.isEmpty());
        VERIFY_OK(callFor("addOfferTransaction", customer,
                          {{"transactionID", u"OFR-TXN-001"_qs},
                           {"item_code", at(offer, "products").toArray().at(0)},
                           {"item_qty", QString::number(qMax(1, at(offer, "buy").toInt()))}}));
        const Answer gone =
            callFor("removeOfferTransaction", customer, {{"transactionID", u"OFR-TXN-001"_qs}});
        VERIFY_SHAPE(removed(gone, "OFR-TXN-001"));
        QSet<QString> inOffers; // for a product in no offer at all
        for (const QJsonValue& o : catalog("offers"))
            for (const QJsonValue& p : at(o.toObject(), "products").toArray())
                inOffers.insert(p.toString());
        VERIFY_STATUS(callFor("addOfferTransaction", customer,
                              {{"transactionID", u"OFR-TXN-002"_qs},
                               {"item_code", catalogUpc(inOffers)},
                               {"item_qty", u"1"_qs}}),
                      700);
    }

    void badBodiesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("endpoint");
        QTest::addColumn<QByteArray>("customer"); // customerID added: "existing", "new" or none
        QTest::addColumn<QByteArray>("json");     // sent as is when it is not a JSON object
        QTest::addColumn<QString>("field");
        const auto row = [](const char* tag, const char* endpoint, const char* customer,
                            const char* json, const char* field) {
            QTest::newRow(tag) << QByteArray(endpoint) << QByteArray(customer) << QByteArray(json)
                               << QString::fromLatin1(field);
        };
        row("addCustomer without customerID", "addCustomer", "",
            R"({"first_name":"Ann","last_name":"Lee","phone":"4165550101"})", "customerID");
        row("addCustomer without first_name", "addCustomer", "new",
            R"({"last_name":"Lee","phone":"4165550102"})", "first_name");
        row("batch without transactions", "addTransactionBatch", "existing", "{}", "transactions");
        row("batch line without item_code", "addTransactionBatch", "existing",
            R"({"transactions":[{"transactionID":"TXN-001","item_qty":"1",)"
            R"("item_transaction_date":"2026-12-06"}]})",
            "item_code");
        row("removeTransaction without transactionID", "removeTransaction", "existing", "{}",
            "transactionID");
        row("addRedemption without astro_reward_id", "addRedemption", "existing",
            R"({"astro_item_id":"1"})", "astro_reward_id");
        row("customerStatus without customerID", "customerStatus", "", "{}", "customerID");
        row("jsonData not JSON", "addCustomer", "", R"({"customerID":)", "");
    }

    void badBodiesNameTheField()
    {
        QFETCH(QByteArray, endpoint);
        QFETCH(QByteArray, customer);
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        if (!m_server)
            QVERIFY(start());
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QJsonObject body = document.object();
        if (customer == "existing" || customer == "new") {
            const QString id = customer == "new" ? newId() : addCustomer();
            QVERIFY(!id.isEmpty());
            body.insert(u"customerID"_qs, id);
        }
        const Answer a =
            callJson(endpoint.constData(), body, document.isObject() ? QByteArray() : json);
        VERIFY_IN(a.http == 400 && a.status() != 100, a);
        VERIFY_IN(text(a.json(), "astro_status_message").contains(field), a);
        if (endpoint == "addCustomer" && body.contains(u"phone"_qs)) // nothing was stored
            VERIFY_STATUS(call("searchCustomer", {{"phone", at(body, "phone")}}), 310);
    }

    void numbersAreAcceptedToo()
    {
        QString upc, customer;
        QVERIFY(startWithCustomer(upc, customer));
        const Answer a = batch(customer, {line("TXN-001", upc, 1)}); // item_qty 1, not "1"
        VERIFY_IN(a.list().size() == 1, a);
        VERIFY_SHAPE(added(a, 0, "TXN-001"));
        QCOMPARE(purchases(customer, text(a.entry(0), "astro_program_id")), 1);
    }
};

QTEST_GUILESS_MAIN(TestAstroPublicApi)
#include "tst_astro_publicapi.moc"
