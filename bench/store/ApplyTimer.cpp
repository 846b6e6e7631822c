#include "bench/store/ApplyTimer.h"

#include <QElapsedTimer>

namespace switchboard::bench {

ApplyTimer::ApplyTimer(store::Store& store, qsizetype batchSize)
    : store_(store)
    , batchSize_(batchSize)
{
    batch_.reserve(batchSize);
}

void ApplyTimer::add(protocol::Event&& event)
{
    batch_.append(std::move(event));
    if (batch_.size() >= batchSize_)
        applyBatch();
}

void ApplyTimer::finish()
{
    if (!batch_.isEmpty())
        applyBatch();
}

void ApplyTimer::applyBatch()
{
    if (error_.isEmpty()) {
        QElapsedTimer clock;
        clock.start();
        auto applied = store_.apply(batch_.first().space, batch_);
        nanoseconds_ += clock.nsecsElapsed();
        if (applied)
            rows_ += batch_.size();
        else
            error_ = applied.error().message;
    }
    batch_.clear();
}

} // namespace switchboard::bench
