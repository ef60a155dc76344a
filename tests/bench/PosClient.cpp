#include "PosClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <memory>

namespace bench {

using namespace astro;

namespace {

constexpr int callTimeoutMs = 30000;

} // namespace

void waitFor(QNetworkReply* reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
}

Result<QJsonValue> answerOf(const QString& endpoint, QNetworkReply* reply)
{
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const int status = answer.value(QStringLiteral("astro_status")).toInt();
    if (reply->error() == QNetworkReply::NoError && http == 200 && status == 100)
        return answer.value(QStringLiteral("returnData"));
    return makeError(ErrorCode::Invalid,
                     QStringLiteral("%1: HTTP %2, astro_status %3 (%4): %5")
                         .arg(endpoint)
                         .arg(http)
                         .arg(status)
                         .arg(reply->errorString(), QString::fromUtf8(body.left(300))));
}

Status checkBatch(const QJsonValue& data, int lines, qint64& answered, int& punched)
{
    const QJsonArray entries = data.toArray();
    QString problem;
    for (const QJsonValue& v : entries) {
        const QJsonObject e = v.toObject();
        const int status = e.value(QStringLiteral("transaction_status")).toInt();
        if (status != 100 && problem.isEmpty())
            problem = QStringLiteral("addTransactionBatch: line %1 answered %2: %3")
                          .arg(e.value(QStringLiteral("transactionID")).toString())
                          .arg(status)
                          .arg(e.value(QStringLiteral("transaction_status_message")).toString());
        if (status != 100)
            continue;
        ++answered;
        if (!e.value(QStringLiteral("astro_program_id")).toString().isEmpty())
            ++punched;
    }
    if (entries.size() != lines && problem.isEmpty())
        problem = QStringLiteral("addTransactionBatch: %1 entries for %2 lines")
                      .arg(entries.size())
                      .arg(lines);
    if (!problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    return {};
}

PosClient::PosClient(QUrl base, QByteArray token)
    : m_base(std::move(base)), m_token(std::move(token))
{
    m_net.setProxy(QNetworkProxy::NoProxy);
}

Status PosClient::signIn(const QString& name, const QString& password, const QString& clientId)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("username"), name);
    form.addQueryItem(QStringLiteral("password"), password);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    std::unique_ptr<QNetworkReply> reply(
        m_net.post(request(QStringLiteral("token")), form.toString(QUrl::FullyEncoded).toUtf8()));
    waitFor(reply.get());
    const QByteArray body = reply->readAll();
    m_token = QJsonDocument::fromJson(body)
                  .object()
                  .value(QStringLiteral("access_token"))
                  .toString()
                  .toLatin1();
    if (m_token.isEmpty())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("token: no access_token (%1): %2")
                             .arg(reply->errorString(), QString::fromUtf8(body.left(300))));
    return {};
}

QNetworkReply* PosClient::post(const QString& endpoint, const QJsonObject& body)
{
    QNetworkRequest r = request(endpoint);
    r.setRawHeader("Authorization", "Bearer " + m_token);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_net.post(r, "jsonData=" + QUrl::toPercentEncoding(json));
}

Result<QJsonValue> PosClient::call(const QString& endpoint, const QJsonObject& body)
{
    std::unique_ptr<QNetworkReply> reply(post(endpoint, body));
    waitFor(reply.get());
    return answerOf(endpoint, reply.get());
}

QNetworkRequest PosClient::request(const QString& endpoint) const
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/api/json/%1/").arg(endpoint));
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArrayLiteral("application/x-www-form-urlencoded"));
    r.setTransferTimeout(callTimeoutMs);
    return r;
}

} // namespace bench
