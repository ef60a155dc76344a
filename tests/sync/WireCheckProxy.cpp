#include "WireCheckProxy.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>

namespace astro::test {

QByteArray WireRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

namespace wirecheck {

namespace {

// §7's table: each public endpoint's request keys. `anyOf`: at least one of them, not empty.
struct Shape
{
    QStringList required;
    QStringList optional;
    QStringList anyOf;
};

const QStringList customerFields{QStringLiteral("first_name"),    QStringLiteral("last_name"),
                                 QStringLiteral("email_address"), QStringLiteral("phone"),
                                 QStringLiteral("address"),       QStringLiteral("city"),
                                 QStringLiteral("state"),         QStringLiteral("zip")};

const QStringList lineKeys{QStringLiteral("transactionID"), QStringLiteral("item_code"),
                           QStringLiteral("item_qty"), QStringLiteral("item_transaction_date")};

const QHash<QString, Shape>& shapes()
{
    static const QHash<QString, Shape> table = [] {
        const QString cid = QStringLiteral("customerID");
        const QString tid = QStringLiteral("transactionID");
        const QString code = QStringLiteral("item_code");
        const QString qty = QStringLiteral("item_qty");
        const QString reward = QStringLiteral("astro_reward_id");
        const QString item = QStringLiteral("astro_item_id");
        QHash<QString, Shape> t;
        t.insert(QStringLiteral("searchCustomer"),
                 {{}, {}, {QStringLiteral("email_address"), QStringLiteral("phone")}});
        t.insert(
            QStringLiteral("addCustomer"),
            {{cid, QStringLiteral("first_name"), QStringLiteral("last_name")},
             {QStringLiteral("email_address"), QStringLiteral("phone"), QStringLiteral("address"),
              QStringLiteral("city"), QStringLiteral("state"), QStringLiteral("zip")},
             {}});
        t.insert(QStringLiteral("linkCustomer"),
                 {{cid, QStringLiteral("astro_customer_id")}, {}, {}});
        // "customerID + the fields that change": the customer's own fields, at least one.
        t.insert(QStringLiteral("updateCustomer"), {{cid}, {}, customerFields});
        t.insert(QStringLiteral("customerStatus"), {{cid}, {}, {}});
        t.insert(QStringLiteral("customerRewardStatus"), {{cid}, {}, {}});
        t.insert(QStringLiteral("eligiblePurchaseItems"), {{code}, {}, {}});
        t.insert(QStringLiteral("addTransactionBatch"),
                 {{cid, QStringLiteral("transactions")}, {}, {}});
        t.insert(QStringLiteral("addTransaction"), {QStringList{cid} + lineKeys, {}, {}});
        t.insert(QStringLiteral("removeTransaction"), {{cid, tid}, {qty}, {}});
        t.insert(QStringLiteral("listOffers"), {{}, {}, {}});
        t.insert(QStringLiteral("addOfferTransaction"), {{cid, tid, code, qty}, {}, {}});
        t.insert(QStringLiteral("removeOfferTransaction"), {{cid, tid}, {}, {}});
        t.insert(QStringLiteral("checkRedemptionEligibility"), {{cid, code}, {}, {}});
        t.insert(QStringLiteral("addRedemption"), {{cid, reward, item}, {}, {}});
        t.insert(QStringLiteral("addOfferRedemption"), {{cid, reward, item}, {}, {}});
        t.insert(QStringLiteral("removeRedemption"), {{cid, reward}, {}, {}});
        return t;
    }();
    return table;
}

bool isId(const QString& key)
{
    static const QStringList ids{QStringLiteral("customerID"), QStringLiteral("astro_customer_id"),
                                 QStringLiteral("transactionID"), QStringLiteral("astro_reward_id"),
                                 QStringLiteral("astro_item_id")};
    return ids.contains(key);
}

QString shown(const QJsonValue& value)
{
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString shown(const QJsonObject& object, int limit = 600)
{
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    if (text.size() > limit)
        text = text.left(limit) + QStringLiteral("…");
    return text;
}

// GS1's check digit, the same for 8, 12 and 13 digits: weights 3 and 1 from the right.
bool checkDigitOk(const QString& digits)
{
    int sum = 0;
    const int n = int(digits.size());
    for (int i = n - 2, weight = 3; i >= 0; --i, weight = 4 - weight)
        sum += digits.at(i).digitValue() * weight;
    return (10 - sum % 10) % 10 == digits.at(n - 1).digitValue();
}

void checkValue(const QString& where, const QString& key, const QJsonValue& value, QStringList& out)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression day(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString at = where + key;
    if (key == QLatin1String("transactions")) {
        if (!value.isArray() || value.toArray().isEmpty()) {
            out << QStringLiteral("%1 must be a non-empty array of lines, got %2")
                       .arg(at, shown(value));
            return;
        }
        const QJsonArray lines = value.toArray();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = QStringLiteral("%1[%2]").arg(at).arg(i);
            if (!lines.at(i).isObject()) {
                out << QStringLiteral("%1 must be an object, got %2").arg(line, shown(lines.at(i)));
                continue;
            }
            const QJsonObject o = lines.at(i).toObject();
            for (const QString& k : o.keys())
                if (!lineKeys.contains(k))
                    out << QStringLiteral("%1 has key \"%2\": a line has exactly %3")
                               .arg(line, k, lineKeys.join(QStringLiteral(", ")));
            for (const QString& k : lineKeys) {
                if (!o.contains(k))
                    out << QStringLiteral("%1 lacks required key \"%2\"").arg(line, k);
                else
                    checkValue(line + QLatin1Char('.'), k, o.value(k), out);
            }
        }
        return;
    }
    if (!value.isString()) {
        out << QStringLiteral("%1 must be a JSON string (§7: ids, item_qty and dates are "
                              "strings; every field is text), got %2")
                   .arg(at, shown(value));
        return;
    }
    const QString s = value.toString();
    if (isId(key) && s.isEmpty())
        out << QStringLiteral("%1 is an empty id").arg(at);
    if (key == QLatin1String("item_qty") && !digits.match(s).hasMatch())
        out << QStringLiteral("%1 must be digits, got \"%2\"").arg(at, s);
    if (key == QLatin1String("item_transaction_date") &&
        (!day.match(s).hasMatch() || !QDate::fromString(s, Qt::ISODate).isValid()))
        out << QStringLiteral("%1 must be a date YYYY-MM-DD, got \"%2\"").arg(at, s);
    if (key == QLatin1String("item_code")) {
        if (!digits.match(s).hasMatch())
            out << QStringLiteral("%1 must be the UPC's digits, got \"%2\"").arg(at, s);
        else if (s.size() == 14)
            out << QStringLiteral("%1 is a 14-digit GTIN \"%2\", not the UPC as printed (8, 12 "
                                  "or 13 digits)")
                       .arg(at, s);
        else if (s.size() != 8 && s.size() != 12 && s.size() != 13)
            out << QStringLiteral("%1 must be 8, 12 or 13 digits (the UPC as printed), got "
                                  "\"%2\" (%3 digits)")
                       .arg(at, s)
                       .arg(s.size());
        else if (!checkDigitOk(s))
            out << QStringLiteral("%1 \"%2\" has a wrong check digit: not a UPC as printed")
                       .arg(at, s);
    }
}

} // namespace

const QStringList& publicEndpoints()
{
    static const QStringList names{QStringLiteral("searchCustomer"),
                                   QStringLiteral("addCustomer"),
                                   QStringLiteral("linkCustomer"),
                                   QStringLiteral("updateCustomer"),
                                   QStringLiteral("customerStatus"),
                                   QStringLiteral("customerRewardStatus"),
                                   QStringLiteral("eligiblePurchaseItems"),
                                   QStringLiteral("addTransactionBatch"),
                                   QStringLiteral("addTransaction"),
                                   QStringLiteral("removeTransaction"),
                                   QStringLiteral("listOffers"),
                                   QStringLiteral("addOfferTransaction"),
                                   QStringLiteral("removeOfferTransaction"),
                                   QStringLiteral("checkRedemptionEligibility"),
                                   QStringLiteral("addRedemption"),
                                   QStringLiteral("addOfferRedemption"),
                                   QStringLiteral("removeRedemption")};
    return names;
}

QString endpointOf(const QByteArray& path, const QString& basePath)
{
    QString p =
        QString::fromUtf8(path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?')));
    QString base = basePath;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    if (!p.startsWith(base))
        return {};
    QString name = p.mid(base.size());
    if (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return {};
    return name;
}

QString formValue(const QByteArray& body, const QString& key, int* count)
{
    QByteArray form = body;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    const QStringList values = query.allQueryItemValues(key, QUrl::FullyDecoded);
    if (count)
        *count = int(values.size());
    return values.isEmpty() ? QString() : values.first();
}

QStringList checkBody(const QString& endpoint, const QJsonObject& jsonData)
{
    QStringList out;
    const auto shape = shapes().constFind(endpoint);
    if (shape == shapes().constEnd())
        return {QStringLiteral("%1 is not a public endpoint of §7").arg(endpoint)};
    const QStringList allowed = shape->required + shape->optional + shape->anyOf;
    for (const QString& key : jsonData.keys()) {
        if (!allowed.contains(key))
            out << QStringLiteral("key \"%1\" is not in §7's request (allowed: %2)")
                       .arg(key, allowed.isEmpty() ? QStringLiteral("none")
                                                   : allowed.join(QStringLiteral(", ")));
        else
            checkValue({}, key, jsonData.value(key), out);
    }
    for (const QString& key : shape->required)
        if (!jsonData.contains(key))
            out << QStringLiteral("required key \"%1\" is missing").arg(key);
    if (!shape->anyOf.isEmpty() &&
        std::none_of(shape->anyOf.begin(), shape->anyOf.end(),
                     [&](const QString& key) { return !jsonData.value(key).toString().isEmpty(); }))
        out << QStringLiteral("needs at least one of %1, not empty")
                   .arg(shape->anyOf.join(QStringLiteral(", ")));
    for (QString& line : out)
        line = endpoint + QStringLiteral(": ") + line;
    return out;
}

QStringList checkRequest(const WireRequest& request, const QString& basePath,
                         WireExchange* exchange)
{
    QStringList out;
    const QString where =
        QString::fromLatin1(request.method) + QLatin1Char(' ') + QString::fromUtf8(request.path);
    const QString endpoint = endpointOf(request.path, basePath);
    if (exchange)
        exchange->endpoint = endpoint;
    if (endpoint.isEmpty()) {
        out << QStringLiteral("%1: names no endpoint under %2").arg(where, basePath);
        return out;
    }
    if (request.method != "POST")
        out << QStringLiteral("%1: every call is a POST (§7)").arg(where);
    const QByteArray path = request.path.left(
        request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    if (!path.endsWith('/'))
        out << QStringLiteral("%1: a call's path ends with '/' (POST /<endpoint>/)").arg(where);
    if (endpoint == QLatin1String("token"))
        return out;
    const bool isPublic = publicEndpoints().contains(endpoint);
    if (!isPublic && !endpoint.startsWith(QLatin1String("ext_")))
        out << QStringLiteral("%1: \"%2\" is neither one of §7's public endpoints nor an "
                              "extension (ext_…)")
                   .arg(where, endpoint);

    int fields = 0;
    const QString text = formValue(request.body, QStringLiteral("jsonData"), &fields);
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parsed);
    if (exchange)
        exchange->jsonData = document.object();
    if (!isPublic)
        return out;

    const QByteArray type = request.header("Content-Type");
    if (type.left(type.indexOf(';') < 0 ? type.size() : type.indexOf(';')).trimmed().toLower() !=
        "application/x-www-form-urlencoded")
        out << QStringLiteral("%1: Content-Type is \"%2\", not application/x-www-form-urlencoded")
                   .arg(where, QString::fromLatin1(type));
    const QByteArray authorization = request.header("Authorization").trimmed();
    if (!authorization.toLower().startsWith("bearer ") || authorization.mid(7).trimmed().isEmpty())
        out << QStringLiteral("%1: no \"Authorization: Bearer <token>\" header").arg(where);

    QByteArray form = request.body;
    form.replace('+', "%20");
    const auto items = QUrlQuery(QString::fromUtf8(form)).queryItems();
    if (fields != 1 || items.size() != 1)
        out << QStringLiteral("%1: the form must have exactly one field jsonData, it has %2 "
                              "field(s), %3 of them jsonData")
                   .arg(where)
                   .arg(items.size())
                   .arg(fields);
    if (fields == 0)
        return out;
    if (parsed.error != QJsonParseError::NoError || !document.isObject()) {
        out << QStringLiteral("%1: jsonData is not a JSON object: %2").arg(where, text.left(300));
        return out;
    }
    for (const QString& problem : checkBody(endpoint, document.object()))
        out << problem + QStringLiteral("  [jsonData=") + shown(document.object()) +
                   QLatin1Char(']');
    return out;
}

} // namespace wirecheck

WireCheckProxy::WireCheckProxy(QUrl upstream, QObject* parent)
    : QObject(parent), m_upstream(std::move(upstream))
{
    connect(&m_server, &QTcpServer::newConnection, this, &WireCheckProxy::accept);
}

WireCheckProxy::~WireCheckProxy()
{
    m_server.close();
    for (Connection& c : m_connections) {
        if (c.pending)
            c.pending->abort();
        if (c.socket)
            c.socket->abort();
    }
}

bool WireCheckProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl WireCheckProxy::url() const
{
    QUrl out;
    out.setScheme(QStringLiteral("http"));
    out.setHost(QStringLiteral("127.0.0.1"));
    out.setPort(m_server.serverPort());
    out.setPath(m_upstream.path());
    return out;
}

QStringList WireCheckProxy::endpointsSeen() const
{
    QStringList out;
    for (const WireExchange& e : m_exchanges)
        if (!out.contains(e.endpoint))
            out << e.endpoint;
    return out;
}

int WireCheckProxy::count(const QString& endpoint) const
{
    return int(std::count_if(m_exchanges.begin(), m_exchanges.end(),
                             [&](const WireExchange& e) { return e.endpoint == endpoint; }));
}

void WireCheckProxy::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, Connection{socket, {}, {}});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void WireCheckProxy::readFrom(QTcpSocket* socket)
{
    auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection& c = *found;
    c.buffer += socket->readAll();
    if (c.pending) // one request at a time: the next waits for this one's answer
        return;
    WireRequest request;
    QByteArray refusal;
    if (!takeRequest(c, request, refusal)) {
        if (!refusal.isEmpty()) {
            m_violations << QStringLiteral("unreadable request: ") + QString::fromUtf8(refusal);
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: "
                          "close\r\n\r\n");
            socket->disconnectFromHost();
        }
        return;
    }
    forward(socket, request);
}

bool WireCheckProxy::takeRequest(Connection& c, WireRequest& out, QByteArray& refusal)
{
    const qsizetype end = c.buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (c.buffer.size() > 64 * 1024)
            refusal = "headers longer than 64 KiB";
        return false;
    }
    const QList<QByteArray> lines = c.buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1.")) {
        refusal = "request line \"" + lines.first().trimmed() + '"';
        return false;
    }
    out.method = first[0];
    out.path = first[1];
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        out.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            refusal = "a body sent as Transfer-Encoding: " + value + " (the proxy needs a length)";
            return false;
        }
    }
    if (c.buffer.size() < end + 4 + length)
        return false;
    out.body = c.buffer.mid(end + 4, length);
    c.buffer.remove(0, end + 4 + length);
    return true;
}

void WireCheckProxy::forward(QTcpSocket* socket, const WireRequest& request)
{
    WireExchange exchange;
    m_violations << wirecheck::checkRequest(request, m_upstream.path(), &exchange);
    checkIdentity(exchange);
    const int index = int(m_exchanges.size());
    m_exchanges << exchange;

    const QByteArray origin =
        m_upstream.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toEncoded();
    QNetworkRequest out(QUrl::fromEncoded(origin + request.path));
    static const QList<QByteArray> hopByHop{"host",       "connection",        "content-length",
                                            "keep-alive", "transfer-encoding", "accept-encoding",
                                            "upgrade",    "proxy-connection"};
    for (const auto& [name, value] : request.headers)
        if (!hopByHop.contains(name.toLower()))
            out.setRawHeader(name, value);
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    out.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply = m_network.sendCustomRequest(out, request.method, request.body);
    m_connections[socket].pending = reply;
    const bool close = request.header("Connection").toLower() == "close";
    QPointer<QTcpSocket> guarded(socket);
    connect(reply, &QNetworkReply::finished, this, [this, guarded, reply, index, close] {
        reply->deleteLater();
        if (!guarded)
            return;
        const QByteArray body = reply->readAll();
        answer(guarded, reply, index, body);
        if (close) {
            guarded->disconnectFromHost();
            return;
        }
        if (m_connections.contains(guarded))
            readFrom(guarded); // a request that came in meanwhile
    });
}

void WireCheckProxy::checkIdentity(const WireExchange& exchange)
{
    const QString cid = exchange.jsonData.value(QStringLiteral("customerID")).toString();
    if (exchange.endpoint != QLatin1String("linkCustomer")) {
        if (!cid.isEmpty() && wirecheck::publicEndpoints().contains(exchange.endpoint))
            m_customerIds.insert(cid);
        return;
    }
    const QString astroId = exchange.jsonData.value(QStringLiteral("astro_customer_id")).toString();
    if (m_customerIds.contains(astroId))
        m_violations << QStringLiteral("linkCustomer: astro_customer_id \"%1\" is a customerID (a "
                                       "caller's own id, seen in a request or in searchCustomer's "
                                       "answer), not Astro's astro_customer_id (§7 Identity)  "
                                       "[jsonData=%2]")
                            .arg(astroId, QString::fromUtf8(QJsonDocument(exchange.jsonData)
                                                                .toJson(QJsonDocument::Compact)));
}

void WireCheckProxy::answer(QTcpSocket* socket, QNetworkReply* reply, int index,
                            const QByteArray& body)
{
    auto found = m_connections.find(socket);
    if (found != m_connections.end())
        found->pending = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_exchanges[index].httpStatus = status;
    m_exchanges[index].answer = body;
    if (status == 0) {
        // The server gave no answer (refused, cut): the client sees the same.
        socket->abort();
        return;
    }
    // The customerIDs Astro's search names are other callers' ids.
    if (m_exchanges[index].endpoint == QLatin1String("searchCustomer")) {
        const QJsonValue data =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("returnData"));
        if (const QString id = data[QStringLiteral("customerID")].toString(); !id.isEmpty())
            m_customerIds.insert(id);
    }
    const QByteArray reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                      (reason.isEmpty() ? QByteArray("Status") : reason) + "\r\n";
    const QByteArray type = reply->rawHeader("Content-Type");
    if (!type.isEmpty())
        head += "Content-Type: " + type + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    socket->write(head + body);
}

} // namespace astro::test
