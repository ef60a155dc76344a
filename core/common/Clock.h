#pragma once

#include <QDateTime>

namespace astro {

// Where the engine gets "now": the system clock, or a fixed time in tests and benchmarks.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(at.toUTC()) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime& at) { m_at = at.toUTC(); }
    void advance(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};

} // namespace astro
