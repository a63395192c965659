// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace scalelab::bench {

/// What the anchors' RESULT line reports about the customers' sojourn times (seconds):
/// the mean, the ceil(0.99 n)-th smallest value, and the 95% confidence half-width of
/// the mean by 20 batch means in completion order (2.093 = t(0.975, 19)).
struct SojournStats
{
    double mean = 0, p99 = 0, ci95 = 0;
};

/// `v` is in completion order; it is partly reordered (nth_element) for the p99.
inline SojournStats sojournStats(std::vector<double>& v)
{
    SojournStats out;
    const std::size_t n = v.size();
    if (n == 0)
        return out;
    double sum = 0;
    for (double x : v)
        sum += x;
    out.mean = sum / static_cast<double>(n);
    constexpr int kBatches = 20;
    const std::size_t per = n / kBatches;
    if (per > 0) {
        double means[kBatches] = {};
        double grand = 0;
        for (int b = 0; b < kBatches; ++b) {
            double s = 0;
            for (std::size_t k = b * per; k < (b + 1) * per; ++k)
                s += v[k];
            means[b] = s / static_cast<double>(per);
            grand += means[b] / kBatches;
        }
        double var = 0;
        for (double m : means)
            var += (m - grand) * (m - grand);
        out.ci95 = 2.093 * std::sqrt(var / (kBatches - 1)) / std::sqrt(static_cast<double>(kBatches));
    }
    const auto k = static_cast<std::size_t>(std::ceil(0.99 * static_cast<double>(n))) - 1;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    out.p99 = v[k];
    return out;
}

} // namespace scalelab::bench
