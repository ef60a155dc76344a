#include "BridgeTokens.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace astro::bridge {

QString BridgeTokens::issue(const Holder& holder, const QDateTime& now)
{
    forgetExpired(now);
    if (m_tokens.size() >= maxTokens) {
        const auto oldest =
            std::min_element(m_tokens.cbegin(), m_tokens.cend(),
                             [](const Entry& a, const Entry& b) { return a.expires < b.expires; });
        m_tokens.erase(oldest);
    }
    std::array<quint32, 8> words;
    QRandomGenerator::system()->generate(words.begin(), words.end());
    const QString token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words)).toHex());
    m_tokens.insert(token, {holder, now.addSecs(lifetimeSeconds)});
    return token;
}

std::optional<BridgeTokens::Holder> BridgeTokens::find(const QString& token,
                                                       const QDateTime& now) const
{
    const auto found = m_tokens.constFind(token);
    if (found == m_tokens.cend() || found->expires <= now)
        return std::nullopt;
    return found->holder;
}

void BridgeTokens::forgetExpired(const QDateTime& now)
{
    m_tokens.removeIf([&](const auto& entry) { return entry.value().expires <= now; });
}

} // namespace astro::bridge
