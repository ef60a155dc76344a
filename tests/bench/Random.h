#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace bench {

// A seeded random source: the same seed gives the same store on the same build.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // In [0, 1).
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    // In [0, n).
    int below(int n) { return n <= 1 ? 0 : std::min(n - 1, int(uniform() * n)); }
    bool chance(double p) { return uniform() < p; }
    // Standard normal (Box-Muller).
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300);
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

private:
    std::mt19937_64 m_engine;
};

// Picks an index with probability proportional to its weight.
class Weighted
{
public:
    explicit Weighted(const std::vector<double>& weights)
    {
        double sum = 0;
        for (double w : weights)
            m_cumulative.push_back(sum += w);
    }
    int pick(Rng& rng) const
    {
        const double r = rng.uniform() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r);
        return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(),
                                            std::ptrdiff_t(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

} // namespace bench
