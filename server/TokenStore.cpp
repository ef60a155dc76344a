#include "TokenStore.h"

#include "common/Text.h"
#include "storage/Database.h"

#include <QRandomGenerator>

namespace astro::server {

Result<QString> TokenStore::issue(const QString& username, const QString& clientId,
                                  const QDateTime& now)
{
    // 256 random bits from the system's generator: a token cannot be guessed.
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());

    Transaction transaction(m_db);
    if (!transaction.started())
        return transaction.started().error();
    if (auto s = m_db.execute(QStringLiteral("DELETE FROM server_tokens WHERE expires_at <= ?"),
                              {text::isoUtc(now)});
        !s)
        return s.error();
    if (auto s =
            m_db.execute(QStringLiteral("INSERT INTO server_tokens (token, client, username, "
                                        "expires_at) VALUES (?,?,?,?)"),
                         {token, clientId, username, text::isoUtc(now.addSecs(lifetimeSeconds))});
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return token;
}

Result<std::optional<TokenStore::Record>> TokenStore::find(const QString& token,
                                                           const QDateTime& now)
{
    if (token.isEmpty())
        return std::optional<Record>();
    auto row = m_db.selectOne(QStringLiteral("SELECT username, client, device_id FROM "
                                             "server_tokens WHERE token = ? AND expires_at > ?"),
                              {token, text::isoUtc(now)});
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Record>();
    const Row& r = **row;
    return std::optional<Record>(Record{r[0].toString(), r[1].toString(), r[2].toString()});
}

Result<QString> TokenStore::bindDevice(const QString& token, const QString& deviceId)
{
    if (auto s = m_db.execute(
            QStringLiteral(
                "UPDATE server_tokens SET device_id = ? WHERE token = ? AND device_id = ''"),
            {deviceId, token});
        !s)
        return s.error();
    auto bound = m_db.scalar(QStringLiteral("SELECT device_id FROM server_tokens WHERE token = ?"),
                             {token}, QString());
    if (!bound)
        return bound.error();
    return bound->toString();
}

} // namespace astro::server
