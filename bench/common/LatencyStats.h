// Latency samples of one measured operation, and the percentiles a benchmark prints.
#pragma once

#include <QList>

namespace switchboard::bench {

class LatencyStats {
public:
    void add(double milliseconds) { samples_.append(milliseconds); }
    qsizetype count() const { return samples_.size(); }
    // The p-th percentile (0-100), nearest rank; 0 when there are no samples.
    double percentile(double p) const;
    double max() const;

private:
    QList<double> samples_;
};

} // namespace switchboard::bench
