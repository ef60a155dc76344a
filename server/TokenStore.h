#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace astro {
class Database;
}

namespace astro::server {

// The OAuth-like password grant of /token/ and the bearer tokens it hands out.
class TokenStore
{
public:
    static constexpr int lifetimeSeconds = 1800;

    explicit TokenStore(Database& db) : m_db(db) {}

    // The reference server knows one account: demo / demo, client id demo.
    static bool acceptsCredentials(const QString& username, const QString& password,
                                   const QString& clientId);

    // A new token for the client, valid lifetimeSeconds from now. Drops expired ones.
    Result<QString> issue(const QString& clientId, const QDateTime& now);
    // True when the token was issued here and has not expired.
    Result<bool> isValid(const QString& token, const QDateTime& now);

private:
    Database& m_db;
};

} // namespace astro::server
