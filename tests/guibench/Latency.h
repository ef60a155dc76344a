#pragma once

#include "Stats.h"

#include <QElapsedTimer>

#include <vector>

namespace guibench {

// Latency figures in milliseconds, counted as astro-bench counts them.
using bench::Stats;
using bench::summarize;

// CPU time of the calling thread in milliseconds: excludes waiting for the disk.
double threadCpuMs();

// Milliseconds since `timer` started, with nanosecond resolution.
inline double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace guibench
