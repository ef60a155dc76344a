#pragma once

#include <QtHttpServer/QHttpServerRequest>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

// Astro's transport (docs/sync-protocol.md, "Transport"): POST /api/json/token/ with a form,
// then POST /api/json/<endpoint>/ with a bearer token and the form field jsonData; answers in
// JSON. The pieces every side that answers it needs.
namespace astro::httpwire {

inline constexpr auto basePath = "/api/json/";
inline const QByteArray jsonType = QByteArrayLiteral("application/json");

// The endpoint a path names under basePath ("token", "addCustomer"), or empty when it names
// none.
QString endpointOf(const QString& path);
// An application/x-www-form-urlencoded body, '+' read as a space.
QUrlQuery formOf(const QHttpServerRequest& request);
QString formValue(const QUrlQuery& form, const QString& key);
// The request's bearer token, or empty when it has none.
QString bearerToken(const QHttpServerRequest& request);
QByteArray compact(const QJsonObject& object);

// /token/'s answers: the token, and the OAuth refusal of wrong credentials.
QJsonObject tokenAnswer(const QString& token, int lifetimeSeconds, const QDateTime& created);
QJsonObject invalidGrant();

} // namespace astro::httpwire
