#pragma once

// Timing one measured call, and collecting the samples of a measurement: shared by Measure.cpp
// and MeasureBackOffice.cpp.

#include "Measure.h"

#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <vector>

namespace bench::timing {

using Clock = std::chrono::steady_clock;

inline double threadCpuUs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e6 + double(t.tv_nsec) / 1000.0;
}

inline long threadPreemptions()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nivcsw;
}

// Times one call: Timer timer; call(); Sample s = timer.stop();
class Timer
{
public:
    Timer() : m_preemptions(threadPreemptions()), m_cpu(threadCpuUs()), m_wall(Clock::now()) {}
    Sample stop() const
    {
        const auto wall = Clock::now();
        const double cpu = threadCpuUs();
        Sample s;
        s.wallUs =
            double(std::chrono::duration_cast<std::chrono::nanoseconds>(wall - m_wall).count()) /
            1000.0;
        s.cpuUs = cpu - m_cpu;
        s.preemptions = threadPreemptions() - m_preemptions;
        return s;
    }

private:
    long m_preemptions;
    double m_cpu;
    Clock::time_point m_wall;
};

// Collects the samples of one measurement.
struct Series
{
    std::vector<double> wall;
    std::vector<double> cpu;
    std::vector<double> checkpointed;
    std::vector<double> plain;
    long preemptions = 0;

    void add(const Sample& s)
    {
        wall.push_back(s.wallUs);
        cpu.push_back(s.cpuUs);
        (s.checkpointed ? checkpointed : plain).push_back(s.wallUs);
        preemptions += s.preemptions;
    }
    void fill(Measurement& m, bool durable = false) const
    {
        m.stats = summarize(wall);
        m.cpu = summarize(cpu);
        m.preemptionsPerCall = wall.empty() ? 0 : double(preemptions) / double(wall.size());
        if (durable) {
            m.checkpoints = int(checkpointed.size());
            m.checkpointed = summarize(checkpointed);
            m.withoutCheckpoint = summarize(plain);
        }
    }
};

} // namespace bench::timing
