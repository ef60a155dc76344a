#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace astro {
class Database;
}

namespace astro::server {

// The bearer tokens /token/ hands out for one account, kept in the account's database so that a
// restart does not log counters out. A token belongs to the user and client id it was issued
// for, and (once bound) to one device. Credentials are Accounts' business.
class TokenStore
{
public:
    static constexpr int lifetimeSeconds = 1800;

    struct Record
    {
        QString username;
        QString clientId;
        QString deviceId; // empty until bound
    };

    explicit TokenStore(Database& db) : m_db(db) {}

    // A new token for the user and client, valid lifetimeSeconds from now. Drops expired ones.
    Result<QString> issue(const QString& username, const QString& clientId, const QDateTime& now);
    // The token's record, when it was issued here and has not expired.
    Result<std::optional<Record>> find(const QString& token, const QDateTime& now);
    // Binds the token to the device if it has none yet; answers the device it is bound to.
    Result<QString> bindDevice(const QString& token, const QString& deviceId);

private:
    Database& m_db;
};

} // namespace astro::server
