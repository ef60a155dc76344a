#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace astro::bridge {

// The bearer tokens the POS bridge hands out, in memory only: a secret never written to disk,
// and a restarted bridge simply answers "expired" so the POS asks /token/ again.
class BridgeTokens
{
public:
    static constexpr int lifetimeSeconds = 1800;
    static constexpr int maxTokens = 1000; // past this, the oldest are forgotten

    struct Holder
    {
        qint64 posUserId = 0;
        QString clientId;
    };

    QString issue(const Holder& holder, const QDateTime& now);
    std::optional<Holder> find(const QString& token, const QDateTime& now) const;

private:
    struct Entry
    {
        Holder holder;
        QDateTime expires;
    };

    void forgetExpired(const QDateTime& now);

    QHash<QString, Entry> m_tokens;
};

} // namespace astro::bridge
