#include "LoginThrottle.h"

#include <QCryptographicHash>

#include <algorithm>

namespace astro::httpwire {

QByteArray LoginThrottle::keyOf(const QString& username)
{
    return QCryptographicHash::hash(username.toUtf8(), QCryptographicHash::Sha256);
}

int LoginThrottle::delayMs(const QString& username) const
{
    const auto it = m_entries.constFind(keyOf(username));
    if (it == m_entries.cend() || it->failures < freeFailures)
        return 0;
    const int doublings = std::min(it->failures - freeFailures, 5); // 2^5 s > 30 s
    return std::min(firstDelayMs << doublings, maxDelayMs);
}

void LoginThrottle::failed(const QString& username)
{
    const QByteArray key = keyOf(username);
    if (!m_entries.contains(key) && m_entries.size() >= maxNames)
        forgetOld();
    Entry& entry = m_entries[key];
    ++entry.failures;
    entry.lastMs = m_clock.elapsed();
}

void LoginThrottle::forgetOld()
{
    const qint64 now = m_clock.elapsed();
    m_entries.removeIf(
        [now](QHash<QByteArray, Entry>::iterator it) { return now - it->lastMs > forgetAfterMs; });
    while (m_entries.size() >= maxNames) {
        const auto oldest =
            std::min_element(m_entries.begin(), m_entries.end(),
                             [](const Entry& a, const Entry& b) { return a.lastMs < b.lastMs; });
        m_entries.erase(oldest);
    }
}

} // namespace astro::httpwire
