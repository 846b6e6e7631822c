// Plans a customer's conversations: which channel (social only for customers with a social
// handle), what about (order topics only for customers who ordered), when, and the rhythm of
// replies on that channel (seconds on chat, hours on email, days between calls). Every
// conversation ends before the reference instant and starts after the customer joined.
#pragma once

#include "demodata/ConversationPlan.h"
#include "demodata/CustomerDraft.h"
#include "demodata/Random.h"
#include "demodata/TopicCatalogue.h"

#include <QList>
#include <span>

namespace switchboard::demodata {

class ConversationPlanner {
public:
    ConversationPlanner(const TopicCatalogue& topics, quint64 seed, qint64 referenceMs);

    // One plan per entry of `sizes` (messages per conversation), oldest first.
    // `firstOrderMs` is when the customer first ordered, or negative if they never did;
    // conversations about an order start after it.
    QList<ConversationPlan> plan(const CustomerDraft& draft, qint64 firstOrderMs,
                                 std::span<const int> sizes) const;

private:
    ConversationPlan planOne(const CustomerDraft& draft, qint64 firstOrderMs, int size,
                             Random& random) const;
    void fitIntoLifetime(ConversationPlan& plan, qint64 createdMs) const;

    const TopicCatalogue& topics_;
    quint64 seed_;
    qint64 referenceMs_;
};

} // namespace switchboard::demodata
