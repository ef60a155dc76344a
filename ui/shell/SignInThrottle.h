#pragma once

#include <QDeadlineTimer>

#include <chrono>

namespace astro::ui {

// Slows down PIN guessing: a few tries are free, then each wrong PIN makes the counter wait,
// twice as long each time (3 failures: 5 s, then 10 s, 20 s, ... up to a ceiling).
class SignInThrottle
{
public:
    explicit SignInThrottle(int freeAttempts = 3,
                            std::chrono::milliseconds firstDelay = std::chrono::seconds(5),
                            std::chrono::milliseconds maxDelay = std::chrono::minutes(5));

    void setFirstDelay(std::chrono::milliseconds delay) { m_firstDelay = delay; }

    void failed();
    void succeeded();

    int failures() const { return m_failures; }
    bool mustWait() const { return remainingMs() > 0; }
    qint64 remainingMs() const;
    // The wait the latest failure imposed (0 while attempts are still free).
    std::chrono::milliseconds lastDelay() const { return m_lastDelay; }

private:
    int m_freeAttempts;
    std::chrono::milliseconds m_firstDelay;
    std::chrono::milliseconds m_maxDelay;
    std::chrono::milliseconds m_lastDelay{0};
    int m_failures = 0;
    QDeadlineTimer m_until{QDeadlineTimer(0)};
};

} // namespace astro::ui
