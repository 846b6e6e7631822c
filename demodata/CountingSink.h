// Counts what passes through on its way to another sink (or nowhere), for summaries and for
// checking that a data set has the size that was asked for.
#pragma once

#include "demodata/EntitySink.h"

namespace switchboard::demodata {

struct EntityCounts {
    qint64 tags = 0;
    qint64 queues = 0;
    qint64 agents = 0;
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 conversations = 0;
    qint64 messages = 0;
    qint64 feedback = 0;

    qint64 total() const {
        return tags + queues + agents + customers + orders + conversations + messages + feedback;
    }
};

class CountingSink : public EntitySink {
public:
    explicit CountingSink(EntitySink* next = nullptr)
        : next_(next) {}

    const EntityCounts& counts() const { return counts_; }

    void addTag(const protocol::Tag& tag) override;
    void addQueue(const protocol::Queue& queue) override;
    void addAgent(const protocol::Agent& agent) override;
    void addCustomer(const protocol::Customer& customer) override;
    void addOrder(const protocol::Order& order) override;
    void addConversation(const protocol::Conversation& conversation) override;
    void addMessage(const protocol::Message& message) override;
    void addFeedback(const protocol::Feedback& feedback) override;

private:
    EntitySink* next_;
    EntityCounts counts_;
};

} // namespace switchboard::demodata
