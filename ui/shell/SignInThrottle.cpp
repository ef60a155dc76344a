#include "SignInThrottle.h"

#include <algorithm>

namespace astro::ui {

SignInThrottle::SignInThrottle(int freeAttempts, std::chrono::milliseconds firstDelay,
                               std::chrono::milliseconds maxDelay)
    : m_freeAttempts(freeAttempts), m_firstDelay(firstDelay), m_maxDelay(maxDelay)
{}

void SignInThrottle::failed()
{
    ++m_failures;
    if (m_failures < m_freeAttempts) {
        m_lastDelay = std::chrono::milliseconds(0);
        return;
    }
    const int doublings = std::min(m_failures - m_freeAttempts, 20);
    const std::chrono::milliseconds wait(m_firstDelay.count() * (qint64(1) << doublings));
    m_lastDelay = std::min(wait, m_maxDelay);
    m_until = QDeadlineTimer(m_lastDelay);
}

void SignInThrottle::succeeded()
{
    m_failures = 0;
    m_lastDelay = std::chrono::milliseconds(0);
    m_until = QDeadlineTimer(0);
}

qint64 SignInThrottle::remainingMs() const
{
    return std::max<qint64>(0, m_until.remainingTime());
}

} // namespace astro::ui
