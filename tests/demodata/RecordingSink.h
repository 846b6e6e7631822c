// Keeps everything a DemoDataset emits, typed and in stream order, so tests can check the
// data the way a user of it would: counts, references, round trips.
#pragma once

#include "demodata/EntitySink.h"

#include <QList>

namespace switchboard::demodata::test {

enum class Kind { Tag, Queue, Agent, Customer, Order, Conversation, Message, Feedback };

class RecordingSink : public EntitySink {
public:
    QList<protocol::Tag> tags;
    QList<protocol::Queue> queues;
    QList<protocol::Agent> agents;
    QList<protocol::Customer> customers;
    QList<protocol::Order> orders;
    QList<protocol::Conversation> conversations;
    QList<protocol::Message> messages;
    QList<protocol::Feedback> feedback;
    // (kind, index into that kind's list), in the order the entities arrived.
    QList<std::pair<Kind, qsizetype>> stream;

    void addTag(const protocol::Tag& e) override { record(tags, e, Kind::Tag); }
    void addQueue(const protocol::Queue& e) override { record(queues, e, Kind::Queue); }
    void addAgent(const protocol::Agent& e) override { record(agents, e, Kind::Agent); }
    void addCustomer(const protocol::Customer& e) override { record(customers, e, Kind::Customer); }
    void addOrder(const protocol::Order& e) override { record(orders, e, Kind::Order); }
    void addConversation(const protocol::Conversation& e) override {
        record(conversations, e, Kind::Conversation);
    }
    void addMessage(const protocol::Message& e) override { record(messages, e, Kind::Message); }
    void addFeedback(const protocol::Feedback& e) override { record(feedback, e, Kind::Feedback); }

private:
    template <typename T> void record(QList<T>& list, const T& entity, Kind kind) {
        stream.append({kind, list.size()});
        list.append(entity);
    }
};

} // namespace switchboard::demodata::test
