#pragma once

// A forwarding HTTP/1.1 proxy on the loopback that checks every public request of Astro's API
// against domain.md §7, written here from §7 alone (no code of the product's own wire).
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QNetworkReply;
class QTcpSocket;

namespace astro::test {

// One request as it came in, before the check.
struct WireRequest
{
    QByteArray method;
    QByteArray path; // "/api/json/addTransactionBatch/"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
};

// What the proxy saw of one request.
struct WireExchange
{
    QString endpoint;     // "addTransactionBatch", "ext_pushEvents", "token"
    QJsonObject jsonData; // decoded; empty for /token/ or when it did not decode
    int httpStatus = 0;   // the server's answer; 0 when it gave none
    QByteArray answer;    // the server's body
};

// The check of §7, on its own so that a test can feed it requests that break it.
namespace wirecheck {

// The 17 public endpoints of §7.
const QStringList& publicEndpoints();
// The endpoint named by a path under `basePath` ("/api/json"), or empty when it names none.
QString endpointOf(const QByteArray& path, const QString& basePath);
// Form decoding as the server does it: '+' is a space, then percent-decoding.
QString formValue(const QByteArray& body, const QString& key, int* count = nullptr);
// The violations of one public request body (`jsonData`, decoded) against §7's table.
QStringList checkBody(const QString& endpoint, const QJsonObject& jsonData);
// Everything about one request: the method, the path, the endpoint's name, and for a public
// endpoint the headers, the form and the body. Fills `exchange` with what was decoded.
QStringList checkRequest(const WireRequest& request, const QString& basePath,
                         WireExchange* exchange = nullptr);

} // namespace wirecheck

class WireCheckProxy : public QObject
{
    Q_OBJECT

public:
    // `upstream`: the real server's base URL ("http://127.0.0.1:PORT/api/json").
    explicit WireCheckProxy(QUrl upstream, QObject* parent = nullptr);
    ~WireCheckProxy() override;

    bool listen();
    // The base URL to give the counter: this proxy's port, the upstream's path.
    QUrl url() const;

    const QList<WireExchange>& exchanges() const { return m_exchanges; }
    const QStringList& violations() const { return m_violations; }
    // Endpoint names seen, in order of first appearance.
    QStringList endpointsSeen() const;
    int count(const QString& endpoint) const;

private:
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        QPointer<QNetworkReply> pending; // the request being forwarded, one at a time
    };

    void accept();
    void readFrom(QTcpSocket* socket);
    // Takes one complete request off the buffer, if there is one; false when incomplete.
    bool takeRequest(Connection& c, WireRequest& out, QByteArray& refusal);
    void forward(QTcpSocket* socket, const WireRequest& request);
    void answer(QTcpSocket* socket, QNetworkReply* reply, int index, const QByteArray& body);
    // §7 "Identity": customerID is a caller's own id, astro_customer_id is Astro's. A
    // linkCustomer naming a customerID (a POS's id seen in a request or in searchCustomer's
    // answer) as the astro_customer_id breaks it.
    void checkIdentity(const WireExchange& exchange);

    QUrl m_upstream;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QHash<QTcpSocket*, Connection> m_connections;
    QList<WireExchange> m_exchanges;
    QStringList m_violations;
    QSet<QString> m_customerIds; // every customerID seen, in requests and answers
};

} // namespace astro::test
