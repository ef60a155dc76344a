#include "Latency.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace guibench {

namespace {

double percentile(const std::vector<double>& sorted, double p)
{
    const auto rank = std::size_t(std::ceil(p * double(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

} // namespace

Stats summarize(std::vector<double> ms)
{
    Stats s;
    s.n = int(ms.size());
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.p50 = percentile(ms, 0.50);
    s.p95 = percentile(ms, 0.95);
    s.p99 = percentile(ms, 0.99);
    s.max = ms.back();
    double sum = 0;
    for (double v : ms)
        sum += v;
    s.mean = sum / double(ms.size());
    return s;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace guibench
