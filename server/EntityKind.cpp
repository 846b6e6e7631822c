#include "server/EntityKind.h"

#include "protocol/Event.h"

namespace switchboard::server::EntityKind {

namespace EventType = protocol::EventType;

namespace {

struct Pair {
    QLatin1StringView kind;
    QLatin1StringView eventType;
};

constexpr Pair kPairs[] = {
    { Customer, EventType::CustomerUpserted },
    { Order, EventType::OrderUpserted },
    { Conversation, EventType::ConversationUpserted },
    { Message, EventType::MessageAdded },
    { Feedback, EventType::FeedbackAdded },
    { Tag, EventType::TagUpserted },
    { Agent, EventType::AgentUpserted },
    { Queue, EventType::QueueUpserted },
};

} // namespace

QString storedBy(QStringView eventType)
{
    for (const Pair& pair : kPairs) {
        if (eventType == pair.eventType)
            return QString(pair.kind);
    }
    return {};
}

QString snapshotEventType(QStringView kind)
{
    for (const Pair& pair : kPairs) {
        if (kind == pair.kind)
            return QString(pair.eventType);
    }
    return {};
}

} // namespace switchboard::server::EntityKind
