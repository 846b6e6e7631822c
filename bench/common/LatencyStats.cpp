#include "bench/common/LatencyStats.h"

#include <algorithm>
#include <cmath>

namespace switchboard::bench {

double LatencyStats::percentile(double p) const
{
    if (samples_.isEmpty())
        return 0;
    QList<double> sorted = samples_;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double LatencyStats::max() const
{
    return samples_.isEmpty() ? 0 : *std::max_element(samples_.begin(), samples_.end());
}

} // namespace switchboard::bench
