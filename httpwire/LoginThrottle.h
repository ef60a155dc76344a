#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace astro::httpwire {

// Slows /token/ down for a user name after repeated wrong passwords: after `freeFailures`
// consecutive refusals, every further answer for that name (right or wrong) waits 1 s, then 2 s,
// 4 s, ... at most 30 s, until a right password is accepted. The wait is the answer's delay
// (ApiServer delivers it later): nothing blocks. Counted per user name as sent, known or not, so
// the delay does not tell whether a name exists.
class LoginThrottle
{
public:
    static constexpr int freeFailures = 5;
    static constexpr int firstDelayMs = 1000;
    static constexpr int maxDelayMs = 30000;
    // Past maxNames names, those not tried for an hour are forgotten, then the oldest.
    static constexpr qint64 forgetAfterMs = 3600 * 1000;
    static constexpr int maxNames = 10000;

    LoginThrottle() { m_clock.start(); }

    // How long the answer to an attempt made now for this name waits.
    int delayMs(const QString& username) const;
    // Counts an attempt that was `refused` (a wrong password) or `accepted`, and answers how long
    // its answer waits (as delayMs() said before it was counted).
    int attempted(const QString& username, bool refused, bool accepted)
    {
        const int wait = delayMs(username);
        if (refused)
            failed(username);
        else if (accepted)
            succeeded(username);
        return wait;
    }
    void failed(const QString& username);
    void succeeded(const QString& username) { m_entries.remove(keyOf(username)); }

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastMs = 0;
    };

    // A digest: the names a client sends, however long, take little room.
    static QByteArray keyOf(const QString& username);
    void forgetOld();

    QElapsedTimer m_clock;
    QHash<QByteArray, Entry> m_entries;
};

} // namespace astro::httpwire
