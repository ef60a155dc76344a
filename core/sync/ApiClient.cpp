#include "ApiClient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace astro::sync {

namespace {

// Form encoding: QUrlQuery leaves '+' alone, which a form decoder reads as a space.
QByteArray formField(const QString& name, const QString& value)
{
    return name.toUtf8() + '=' + QUrl::toPercentEncoding(value);
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ApiClient::ApiClient(QUrl baseUrl) : m_base(std::move(baseUrl)) {}

Status ApiClient::checkUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("“%1” is not a server address.").arg(url.toDisplayString()));
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http") && isLoopback(url))
        return {};
    return makeError(ErrorCode::Invalid,
                     tr("The server address must start with https:// (plain http:// is only "
                        "allowed for this computer)."));
}

Result<ApiClient::Reply> ApiClient::post(const QString& path, const QByteArray& form,
                                         const QString& accessToken, int timeoutMs)
{
    QUrl url = m_base;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + path
                                                      : url.path() + QLatin1Char('/') + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    // A transfer that makes no progress for this long is abandoned.
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);

    QNetworkReply* reply = m_network.post(request, form);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);

    // The answer is read into memory: one larger than the cap is refused as soon as it says
    // so (Content-Length) or grows past it, before it can take the counter's memory.
    enum class Stop
    {
        No,
        TooLarge,
        TooSlow
    };
    Stop stop = Stop::No;
    const qint64 maxBytes = m_limits.maxAnswerBytes;
    auto checkSize = [&] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (stop == Stop::No && (announced > maxBytes || reply->bytesAvailable() > maxBytes)) {
            stop = Stop::TooLarge;
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, checkSize);
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, checkSize);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (stop == Stop::No && received > maxBytes) {
            stop = Stop::TooLarge;
            reply->abort();
        }
    });
    const int deadlineMs = std::max(m_limits.deadlineMs, 2 * timeoutMs);
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.setTimerType(Qt::PreciseTimer);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        if (stop == Stop::No && !reply->isFinished()) {
            stop = Stop::TooSlow;
            reply->abort();
        }
    });
    deadline.start(deadlineMs);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();
    reply->deleteLater();
    if (stop == Stop::TooLarge)
        return makeError(ErrorCode::Network,
                         tr("The server's answer was larger than %1 MB, more than any answer "
                            "should be: it was refused. Try again later.")
                             .arg(maxBytes / (1024 * 1024)));
    if (stop == Stop::TooSlow)
        return makeError(ErrorCode::Network,
                         tr("The server answered too slowly: the request was given up after "
                            "%n second(s). Try again later.",
                            nullptr, deadlineMs / 1000));
    // The thread was told to quit (the app is closing): its event loops end at once, and the
    // transfer is abandoned rather than waited for. What it carried is sent again next time.
    if (!reply->isFinished()) {
        reply->abort();
        return makeError(ErrorCode::Network,
                         tr("The sync was stopped before the server answered."));
    }

    Reply out;
    out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    // Connection, proxy and protocol failures (a cut in the middle of the answer among them);
    // HTTP error statuses come with a body and are judged by the caller.
    const int error = reply->error();
    const bool transportFailed = (error > 0 && error < 200) || (error > 300 && error < 400);
    if (transportFailed || (error != QNetworkReply::NoError && out.httpStatus == 0)) {
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return makeError(
                ErrorCode::Network,
                tr("The server did not answer within %1 seconds.").arg(timeoutMs / 1000));
        return makeError(ErrorCode::Network,
                         tr("The server could not be reached: %1").arg(reply->errorString()));
    }
    return out;
}

Result<Token> ApiClient::token(const QString& username, const QString& password,
                               const QString& clientId)
{
    const QByteArray form = formField(QStringLiteral("username"), username) + '&' +
                            formField(QStringLiteral("password"), password) + '&' +
                            formField(QStringLiteral("grant_type"), QStringLiteral("password")) +
                            '&' + formField(QStringLiteral("client_id"), clientId);
    auto reply = post(QStringLiteral("token/"), form, {}, 30000);
    if (!reply)
        return reply.error();
    const QJsonObject body = QJsonDocument::fromJson(reply->body).object();
    if (reply->httpStatus == 400 || reply->httpStatus == 401)
        return makeError(ErrorCode::Forbidden,
                         tr("The server refused the user name or password. Check the sync "
                            "settings."));
    const QString access = body.value(QStringLiteral("access_token")).toString();
    if (reply->httpStatus != 200 || access.isEmpty())
        return makeError(ErrorCode::Network,
                         tr("The server gave an unusable answer to the sign-in (HTTP %1).")
                             .arg(reply->httpStatus));
    // Astro sends "1800" as a string; a number is taken too.
    const QJsonValue expires = body.value(QStringLiteral("expires"));
    const int seconds = expires.isString() ? expires.toString().toInt() : expires.toInt();
    return Token{access, seconds > 0 ? seconds : 1800};
}

Result<ApiAnswer> ApiClient::call(const QString& endpoint, const QJsonObject& request,
                                  const QString& accessToken, int timeoutMs)
{
    const QByteArray form =
        formField(QStringLiteral("jsonData"),
                  QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)));
    auto reply = post(endpoint + QLatin1Char('/'), form, accessToken, timeoutMs);
    if (!reply)
        return reply.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply->body, &parseError);
    const QJsonObject body = document.object();
    const bool enveloped = parseError.error == QJsonParseError::NoError &&
                           body.value(QStringLiteral("astro_status")).isDouble();
    ApiAnswer answer;
    if (enveloped) {
        answer.status = body.value(QStringLiteral("astro_status")).toInt();
        answer.message = body.value(QStringLiteral("astro_status_message")).toString();
        answer.data = body.value(QStringLiteral("returnData"));
    }
    // Astro's own server has none of this product's ext_ endpoints.
    if (reply->httpStatus == 404 && !enveloped)
        return makeError(ErrorCode::Unsupported,
                         tr("The server has no endpoint %1.").arg(endpoint));
    if (reply->httpStatus == 401 || answer.status == 400)
        return makeError(ErrorCode::Forbidden, tr("The server asked to sign in again."));
    if (!enveloped || reply->httpStatus >= 500)
        return makeError(ErrorCode::Network,
                         tr("The server gave an unusable answer to %1 (HTTP %2).")
                             .arg(endpoint)
                             .arg(reply->httpStatus));
    if (answer.status == 300)
        return makeError(ErrorCode::Invalid,
                         tr("The server refused the request %1: %2").arg(endpoint, answer.message));
    if (answer.status == 900)
        return makeError(ErrorCode::Network,
                         tr("The server failed on %1: %2").arg(endpoint, answer.message));
    return answer;
}

} // namespace astro::sync
