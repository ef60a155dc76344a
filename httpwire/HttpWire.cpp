#include "HttpWire.h"

#include <QJsonDocument>

namespace astro::httpwire {

QString endpointOf(const QString& path)
{
    const QString base = QLatin1String(basePath);
    if (!path.startsWith(base))
        return {};
    QString name = path.mid(base.size());
    if (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    if (name.contains(QLatin1Char('/')))
        return {};
    return name;
}

QUrlQuery formOf(const QHttpServerRequest& request)
{
    // QUrlQuery leaves '+' alone, but in a form it stands for a space (a literal plus arrives
    // as %2B), so it is turned into %20 first.
    QByteArray body = request.body();
    body.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(body));
}

QString formValue(const QUrlQuery& form, const QString& key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

QString bearerToken(const QHttpServerRequest& request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (!header.toLower().startsWith(scheme))
        return {};
    return QString::fromLatin1(header.mid(scheme.size()).trimmed());
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject tokenAnswer(const QString& token, int lifetimeSeconds, const QDateTime& created)
{
    return {{QStringLiteral("access_token"), token},
            {QStringLiteral("token_type"), QStringLiteral("bearer")},
            {QStringLiteral("expires"), QString::number(lifetimeSeconds)},
            {QStringLiteral("created"), QString::number(created.toSecsSinceEpoch())}};
}

QJsonObject invalidGrant()
{
    return {{QStringLiteral("error"), QStringLiteral("invalid_grant")},
            {QStringLiteral("error_description"),
             QStringLiteral("Wrong username, password, client id or grant type.")}};
}

} // namespace astro::httpwire
