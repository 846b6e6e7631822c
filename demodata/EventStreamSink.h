// Turns the generator's entities into the events the server's log holds and the store's
// apply() consumes: one protocol::Event per entity, in the same order, with seq increasing
// by one from `firstSeq`, space "live", the matching EventType, `entity` the entity's id
// (a tag's name for tags) and `payload` the entity's toJson().
//
// Every event carries the same `at` (by default none): a seeded import happens at one
// moment, and entity times already live in the payloads.
#pragma once

#include "demodata/EntitySink.h"
#include "protocol/Event.h"

#include <functional>

namespace switchboard::demodata {

class EventStreamSink : public EntitySink {
public:
    using Consumer = std::function<void(protocol::Event&& event)>;

    explicit EventStreamSink(Consumer consumer, qint64 firstSeq = 1, QDateTime at = {});

    // The seq the next event will get.
    qint64 nextSeq() const { return nextSeq_; }

    void addTag(const protocol::Tag& tag) override;
    void addQueue(const protocol::Queue& queue) override;
    void addAgent(const protocol::Agent& agent) override;
    void addCustomer(const protocol::Customer& customer) override;
    void addOrder(const protocol::Order& order) override;
    void addConversation(const protocol::Conversation& conversation) override;
    void addMessage(const protocol::Message& message) override;
    void addFeedback(const protocol::Feedback& feedback) override;

private:
    void emitEvent(QLatin1StringView type, const QString& entity, QJsonObject payload);

    Consumer consumer_;
    qint64 nextSeq_;
    QDateTime at_;
    QString space_;
};

} // namespace switchboard::demodata
