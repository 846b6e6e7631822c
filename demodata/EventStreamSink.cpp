#include "demodata/EventStreamSink.h"

namespace switchboard::demodata {

namespace EventType = protocol::EventType;

EventStreamSink::EventStreamSink(Consumer consumer, qint64 firstSeq, QDateTime at)
    : consumer_(std::move(consumer))
    , nextSeq_(firstSeq)
    , at_(std::move(at))
    , space_(protocol::kLiveSpace) {
    Q_ASSERT(firstSeq >= 1);
}

void EventStreamSink::emitEvent(QLatin1StringView type, const QString& entity,
                                QJsonObject payload) {
    protocol::Event event;
    event.seq = nextSeq_++;
    event.space = space_;
    event.type = type;
    event.entity = entity;
    event.payload = std::move(payload);
    event.at = at_;
    consumer_(std::move(event));
}

void EventStreamSink::addTag(const protocol::Tag& tag) {
    emitEvent(EventType::TagUpserted, tag.name, tag.toJson());
}

void EventStreamSink::addQueue(const protocol::Queue& queue) {
    emitEvent(EventType::QueueUpserted, queue.id, queue.toJson());
}

void EventStreamSink::addAgent(const protocol::Agent& agent) {
    emitEvent(EventType::AgentUpserted, agent.id, agent.toJson());
}

void EventStreamSink::addCustomer(const protocol::Customer& customer) {
    emitEvent(EventType::CustomerUpserted, customer.id, customer.toJson());
}

void EventStreamSink::addOrder(const protocol::Order& order) {
    emitEvent(EventType::OrderUpserted, order.id, order.toJson());
}

void EventStreamSink::addConversation(const protocol::Conversation& conversation) {
    emitEvent(EventType::ConversationUpserted, conversation.id, conversation.toJson());
}

void EventStreamSink::addMessage(const protocol::Message& message) {
    emitEvent(EventType::MessageAdded, message.id, message.toJson());
}

void EventStreamSink::addFeedback(const protocol::Feedback& feedback) {
    emitEvent(EventType::FeedbackAdded, feedback.id, feedback.toJson());
}

} // namespace switchboard::demodata
