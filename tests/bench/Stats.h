#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace bench {

// Latency figures (nearest-rank percentiles), in the unit of the samples: astro-bench's
// microseconds, astro-gui-bench's milliseconds.
struct Stats
{
    int n = 0;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;
};

inline double percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

inline Stats summarize(std::vector<double> samples)
{
    Stats s;
    s.n = int(samples.size());
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.p50 = percentile(samples, 0.50);
    s.p95 = percentile(samples, 0.95);
    s.p99 = percentile(samples, 0.99);
    s.max = samples.back();
    double sum = 0;
    for (double v : samples)
        sum += v;
    s.mean = sum / double(samples.size());
    return s;
}

} // namespace bench
