#pragma once

// A point-of-sale system's side of the POS bridge, for astro-bench (PosBench.cpp): Astro's
// transport (domain.md §7) through QNetworkAccessManager, and the checks of its answers.

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

class QNetworkReply;
class QNetworkRequest;

namespace bench {

// A POS: its own connection pool to the bridge at `base` (http://127.0.0.1:port), and its bearer
// token. Every request has a 30 s transfer timeout.
class PosClient
{
public:
    PosClient(QUrl base, QByteArray token);

    // POST /api/json/token/ with the account's name, password and client id.
    astro::Status signIn(const QString& name, const QString& password, const QString& clientId);
    // POST /api/json/<endpoint>/ with the token and jsonData; the caller owns the reply.
    QNetworkReply* post(const QString& endpoint, const QJsonObject& body);
    // post(), waited for: its returnData, or why it was not answered 100.
    astro::Result<QJsonValue> call(const QString& endpoint, const QJsonObject& body);

    const QByteArray& token() const { return m_token; }

private:
    QNetworkRequest request(const QString& endpoint) const;

    QNetworkAccessManager m_net;
    QUrl m_base;
    QByteArray m_token;
};

// Waits for a reply to finish (in a local event loop).
void waitFor(QNetworkReply* reply);
// A call's returnData when it was answered HTTP 200 with astro_status 100; otherwise why not.
astro::Result<QJsonValue> answerOf(const QString& endpoint, QNetworkReply* reply);
// An addTransactionBatch answer: one entry per line, each transaction_status 100. Adds the lines
// answered 100 (recorded even when another line of the call is not) and those that punched.
astro::Status checkBatch(const QJsonValue& data, int lines, qint64& answered, int& punched);

} // namespace bench
