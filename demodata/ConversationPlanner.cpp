#include "demodata/ConversationPlanner.h"

#include "demodata/DemoTime.h"

#include <algorithm>

namespace switchboard::demodata {

using protocol::Channel;
using protocol::MessageDirection;

namespace {

constexpr quint64 kConversationStream = 3;

// In protocol::Channel order: phone, email, chat, sms, social, video.
constexpr std::array<int, 6> kChannelWeights{25, 30, 20, 8, 10, 7};
constexpr int kRecentPercent = 25;             // share of conversations from the last few days
constexpr qint64 kRecentWindowMs = 3 * kDayMs; // so queues have live work in them

struct Gap {
    qint64 minMs;
    qint64 maxMs;
};

// How long until the agent answers on a channel.
Gap agentGap(Channel channel) {
    switch (channel) {
    case Channel::Phone:
        return {40 * kMinuteMs, 2 * kDayMs}; // the next call; calls last < 30 min
    case Channel::Email:
        return {10 * kMinuteMs, 20 * kHourMs};
    case Channel::Chat:
        return {20 * kSecondMs, 4 * kMinuteMs};
    case Channel::Sms:
        return {2 * kMinuteMs, 3 * kHourMs};
    case Channel::Social:
        return {5 * kMinuteMs, 8 * kHourMs};
    case Channel::Video:
        return {1 * kMinuteMs, 5 * kMinuteMs};
    }
    return {kMinuteMs, kHourMs};
}

// How long until the customer writes again.
Gap customerGap(Channel channel) {
    switch (channel) {
    case Channel::Phone:
        return {40 * kMinuteMs, 2 * kDayMs};
    case Channel::Email:
        return {30 * kMinuteMs, 1 * kDayMs};
    case Channel::Chat:
        return {20 * kSecondMs, 3 * kMinuteMs};
    case Channel::Sms:
        return {5 * kMinuteMs, 5 * kHourMs};
    case Channel::Social:
        return {10 * kMinuteMs, 1 * kDayMs};
    case Channel::Video:
        return {30 * kSecondMs, 5 * kMinuteMs};
    }
    return {kMinuteMs, kHourMs};
}

qint64 draw(Gap gap, Random& random) {
    return random.between(gap.minMs / kSecondMs, gap.maxMs / kSecondMs) * kSecondMs;
}

} // namespace

ConversationPlanner::ConversationPlanner(const TopicCatalogue& topics, quint64 seed,
                                         qint64 referenceMs)
    : topics_(topics)
    , seed_(seed)
    , referenceMs_(referenceMs) {}

QList<ConversationPlan> ConversationPlanner::plan(const CustomerDraft& draft, qint64 firstOrderMs,
                                                  std::span<const int> sizes) const {
    Random random =
        Random::forStream(seed_, kConversationStream, static_cast<quint64>(draft.index));
    QList<ConversationPlan> plans;
    plans.reserve(qsizetype(sizes.size()));
    for (int size : sizes)
        plans.append(planOne(draft, firstOrderMs, size, random));
    std::stable_sort(
        plans.begin(), plans.end(),
        [](const ConversationPlan& a, const ConversationPlan& b) { return a.startMs < b.startMs; });
    return plans;
}

ConversationPlan ConversationPlanner::planOne(const CustomerDraft& draft, qint64 firstOrderMs,
                                              int size, Random& random) const {
    const bool hasOrders = firstOrderMs >= 0;
    ConversationPlan plan;
    plan.messageCount = size;
    plan.seed = random.next();

    std::array<int, 6> channelWeights = kChannelWeights;
    if (draft.customer.socialHandles.isEmpty())
        channelWeights[static_cast<std::size_t>(Channel::Social)] = 0;
    plan.channel = static_cast<Channel>(random.weighted(channelWeights));

    QList<int> topicWeights;
    topicWeights.reserve(topics_.topics().size());
    for (qsizetype t = 0; t < topics_.topics().size(); ++t) {
        const Topic& topic = topics_.topics()[t];
        int weight = topic.weight;
        if (topic.needsOrder && !hasOrders)
            weight = 0;
        if (topics_.isUserContent(t)) // people share photos on social networks, not by phone
            weight = plan.channel == Channel::Social ? weight * 5 : 0;
        if (topics_.isSalesLead(t) && !draft.customer.company.isEmpty())
            weight *= 4;
        topicWeights.append(weight);
    }
    plan.topic = random.weighted(topicWeights);

    // Who speaks when. Phone conversations are a call, then notes and further calls either
    // way; written ones open with the customer and mostly alternate, sometimes with a note
    // between or the customer chasing twice.
    const bool phone = plan.channel == Channel::Phone;
    MessageDirection lastSpoken = MessageDirection::Inbound;
    plan.directions[0] =
        phone && random.percent(8) ? MessageDirection::Outbound : MessageDirection::Inbound;
    lastSpoken = plan.directions[0];
    qint64 offset = 0;
    for (int i = 1; i < size; ++i) {
        MessageDirection d;
        if (random.percent(phone ? 30 : 12)) {
            d = MessageDirection::InternalNote;
        } else if (phone) {
            d = random.percent(60) ? MessageDirection::Outbound : MessageDirection::Inbound;
        } else if (lastSpoken == MessageDirection::Inbound) {
            d = random.percent(85) ? MessageDirection::Outbound : MessageDirection::Inbound;
        } else {
            d = MessageDirection::Inbound;
        }
        if (d == MessageDirection::InternalNote)
            offset += random.between(1, 30) * kMinuteMs;
        else if (d == MessageDirection::Outbound)
            offset += draw(agentGap(plan.channel), random);
        else
            offset += draw(customerGap(plan.channel), random);
        plan.directions[std::size_t(i)] = d;
        plan.offsetsMs[std::size_t(i)] = offset;
        if (d != MessageDirection::InternalNote)
            lastSpoken = d;
    }

    // About an order: not before the order was placed.
    const qint64 earliest = topics_.topics()[plan.topic].needsOrder
                                ? std::clamp(firstOrderMs + kHourMs, draft.createdMs,
                                             std::max(draft.createdMs, referenceMs_ - kDayMs))
                                : draft.createdMs;
    if (random.percent(kRecentPercent))
        plan.startMs = referenceMs_ - random.below(kRecentWindowMs);
    else
        plan.startMs = earliest + random.below(std::max<qint64>(1, referenceMs_ - earliest));
    plan.startMs = std::max(plan.startMs, earliest);
    fitIntoLifetime(plan, earliest);
    return plan;
}

void ConversationPlanner::fitIntoLifetime(ConversationPlan& plan, qint64 createdMs) const {
    // The last message must be in the past, and a last call must have ended by "now".
    const qint64 deadline =
        referenceMs_ - (plan.channel == protocol::Channel::Phone ? 30 * kMinuteMs : kMinuteMs);
    const qint64 duration = plan.offsetsMs[std::size_t(plan.messageCount - 1)];
    if (plan.startMs + duration > deadline)
        plan.startMs = std::max(createdMs, deadline - duration);
    plan.startMs -= plan.startMs % kSecondMs;
    if (plan.startMs + duration > deadline && duration > 0) {
        // Only a very new customer with a long thread gets here: squeeze the thread.
        const qint64 available = std::max<qint64>(0, deadline - plan.startMs);
        for (int i = 0; i < plan.messageCount; ++i) {
            qint64& o = plan.offsetsMs[std::size_t(i)];
            o = o / kSecondMs * available / duration * kSecondMs;
        }
    }
}

} // namespace switchboard::demodata
