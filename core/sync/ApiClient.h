#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QUrl>

namespace astro::sync {

// An answer the server gave in the protocol's envelope (docs/sync-protocol.md, "Shape").
struct ApiAnswer
{
    int status = 0; // astro_status: 100 success
    QString message;
    QJsonValue data; // returnData

    bool ok() const { return status == 100; }
};

struct Token
{
    QString accessToken;
    int expiresInSeconds = 0;
};

// Talks to the Astro server: one blocking call at a time, run on the sync thread. Anything that
// is not a well-formed answer (timeout, refused or cut connection, 5xx, a body that is not the
// envelope) is an ErrorCode::Network error, so the caller retries later and changes nothing.
class ApiClient
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)

public:
    // What one answer may cost, so that a broken or hostile server cannot take the counter's
    // memory or hold a sync: beyond either, the call fails with ErrorCode::Network.
    struct Limits
    {
        // The largest answer is the whole catalog (ext_downloadCatalog is not paged): about
        // 25 MB for a chain's 100,000 products. 64 MB leaves it room to grow.
        qint64 maxAnswerBytes = 64 * 1024 * 1024;
        // The whole request, however steadily the bytes trickle in (the transfer timeout only
        // catches a transfer that stops). A call given a long transfer timeout (the catalog)
        // gets twice that instead, when it is longer.
        int deadlineMs = 60000;
    };

    explicit ApiClient(QUrl baseUrl);

    const Limits& limits() const { return m_limits; }
    void setLimits(const Limits& limits) { m_limits = limits; }

    // Plain HTTP is refused except to this machine.
    static Status checkUrl(const QUrl& url);

    // Wrong credentials are ErrorCode::Forbidden: retrying will not help.
    Result<Token> token(const QString& username, const QString& password, const QString& clientId);
    // HTTP 401 / status 400 come back as ErrorCode::Forbidden, so the caller renews the token.
    Result<ApiAnswer> call(const QString& endpoint, const QJsonObject& request,
                           const QString& accessToken, int timeoutMs = 30000);

private:
    struct Reply
    {
        int httpStatus = 0;
        QByteArray body;
    };
    Result<Reply> post(const QString& path, const QByteArray& form, const QString& accessToken,
                       int timeoutMs);

    QUrl m_base;
    Limits m_limits;
    QNetworkAccessManager m_network;
};

} // namespace astro::sync
