#include "sync/RetryPolicy.h"

#include <algorithm>

namespace switchboard::sync {

namespace {

// 2^20 times the initial delay is far beyond any sensible cap; stopping the doubling there
// keeps the arithmetic from overflowing after days of failures.
constexpr int kMaxDoublings = 20;

} // namespace

RetryPolicy::RetryPolicy(Settings settings, quint32 seed)
    : settings_(settings)
    , random_(seed)
{
    Q_ASSERT(settings_.initial.count() > 0);
    Q_ASSERT(settings_.cap >= settings_.initial);
}

quint32 RetryPolicy::randomSeed()
{
    return QRandomGenerator::global()->generate();
}

std::chrono::milliseconds RetryPolicy::ceiling() const
{
    const int doublings = std::min(failures_, kMaxDoublings);
    const qint64 grown = settings_.initial.count() << doublings;
    return std::chrono::milliseconds(std::min(grown, qint64(settings_.cap.count())));
}

std::chrono::milliseconds RetryPolicy::nextDelay()
{
    const qint64 bound = ceiling().count();
    ++failures_;
    return std::chrono::milliseconds(random_.bounded(bound + 1));
}

void RetryPolicy::reset()
{
    failures_ = 0;
}

} // namespace switchboard::sync
