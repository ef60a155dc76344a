#pragma once

#include <QElapsedTimer>

#include <vector>

namespace guibench {

// Latency figures in milliseconds (nearest-rank percentiles, as astro-bench).
struct Stats
{
    int n = 0;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
};

Stats summarize(std::vector<double> ms);

// CPU time of the calling thread in milliseconds: excludes waiting for the disk.
double threadCpuMs();

// Milliseconds since `timer` started, with nanosecond resolution.
inline double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace guibench
