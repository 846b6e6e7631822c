#include "demodata/ActivityPlanner.h"

#include "demodata/Random.h"

#include <algorithm>
#include <array>

namespace switchboard::demodata {

namespace {

constexpr quint64 kPlanStream = 2;

// Messages per conversation, 1 to 8: mostly short threads, a long tail of back-and-forth.
constexpr std::array<int, ActivityPlanner::kMaxMessagesPerConversation> kSizeWeights{22, 30, 22, 12,
                                                                                     7,  4,  2,  1};

} // namespace

ActivityPlanner::ActivityPlanner(qint64 customers, qint64 messages, quint64 seed)
    : customers_(customers)
    , messages_(messages)
    , seed_(seed) {}

qint64 ActivityPlanner::groupCount() const {
    return (customers_ + kGroupSize - 1) / kGroupSize;
}

qint64 ActivityPlanner::groupEnd(qint64 group) const {
    return std::min(customers_, (group + 1) * kGroupSize);
}

qint64 ActivityPlanner::messagesBefore(qint64 customer) const {
    // Both factors are at most DatasetSize::kMaxCount (10^9), so the product fits in 64 bits.
    return customers_ == 0 ? 0 : customer * messages_ / customers_;
}

QList<QList<int>> ActivityPlanner::plan(qint64 group, std::span<const int> weights) const {
    const qint64 begin = groupBegin(group);
    const qint64 end = groupEnd(group);
    Q_ASSERT(qint64(weights.size()) == end - begin);
    QList<QList<int>> sizes(end - begin);

    QList<qint64> cumulative;
    cumulative.reserve(end - begin);
    qint64 total = 0;
    for (int w : weights) {
        total += std::max(w, 1);
        cumulative.append(total);
    }

    Random random = Random::forStream(seed_, kPlanStream, static_cast<quint64>(group));
    qint64 remaining = messagesBefore(end) - messagesBefore(begin);
    while (remaining > 0) {
        const qint64 size = std::min<qint64>(remaining, random.weighted(kSizeWeights) + 1);
        const qint64 roll = random.below(total);
        const auto member =
            std::upper_bound(cumulative.cbegin(), cumulative.cend(), roll) - cumulative.cbegin();
        sizes[member].append(static_cast<int>(size));
        remaining -= size;
    }
    return sizes;
}

} // namespace switchboard::demodata
