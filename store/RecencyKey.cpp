#include "store/RecencyKey.h"

#include <algorithm>

namespace switchboard::store {

qint64 RecencyKey::make(qint64 rankedMs, qint64 sequence)
{
    Q_ASSERT(sequence >= 0 && sequence <= kMaxSequence);
    const qint64 seconds = rankedMs < 0 ? 0 : std::min(rankedMs / 1000, kMaxSeconds);
    return (seconds << kSequenceBits) | sequence;
}

qint64 RecencyKey::millisecondsOf(const QDateTime& time)
{
    return time.isValid() ? std::max<qint64>(time.toMSecsSinceEpoch(), 0) : -1;
}

} // namespace switchboard::store
