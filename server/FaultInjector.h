#pragma once

#include <QRandomGenerator>

namespace astro::server {

struct FaultOptions
{
    double failShare = 0;    // 500 or 503 before doing anything
    double garbageShare = 0; // HTTP 200 with a body that is not JSON, before doing anything
    double cutShare = 0;     // event pushes: commit, then cut the connection
    int delayMs = 0;         // wait before answering
    quint32 seed = 0;
};

// The faults a test asks the server to inject (--fail-share, --cut-share, ...), drawn from a
// seeded generator so a run can be repeated. Only the shares that are set draw numbers, so one
// fault's draws do not shift another's.
class FaultInjector
{
public:
    enum class Before
    {
        None,
        Fail500,
        Fail503,
        Garbage
    };
    enum class Cut
    {
        None,
        BeforeAnswer, // the work is committed, no byte of the answer is sent
        MidAnswer     // headers and part of the body, then the connection drops
    };

    explicit FaultInjector(const FaultOptions& options) : m_options(options), m_random(options.seed)
    {}

    // Before an endpoint call does anything.
    Before before();
    // After an event push committed.
    Cut afterPush();
    int delayMs() const { return m_options.delayMs; }

private:
    bool draw(double share);

    FaultOptions m_options;
    QRandomGenerator m_random;
    // Alternating keeps both kinds of failure and of cut in every run, whatever the seed.
    quint64 m_failures = 0;
    quint64 m_cuts = 0;
};

} // namespace astro::server
