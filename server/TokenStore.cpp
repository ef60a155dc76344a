#include "TokenStore.h"

#include "common/Text.h"
#include "storage/Database.h"

#include <QRandomGenerator>

namespace astro::server {

bool TokenStore::acceptsCredentials(const QString& username, const QString& password,
                                    const QString& clientId)
{
    const QString demo = QStringLiteral("demo");
    return username == demo && password == demo && clientId == demo;
}

Result<QString> TokenStore::issue(const QString& clientId, const QDateTime& now)
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
    if (auto s = m_db.execute(
            QStringLiteral("INSERT INTO server_tokens (token, client, expires_at) VALUES (?,?,?)"),
            {token, clientId, text::isoUtc(now.addSecs(lifetimeSeconds))});
        !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return token;
}

Result<bool> TokenStore::isValid(const QString& token, const QDateTime& now)
{
    if (token.isEmpty())
        return false;
    auto found = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM server_tokens WHERE token = ? AND expires_at > ?"),
        {token, text::isoUtc(now)}, 0);
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

} // namespace astro::server
