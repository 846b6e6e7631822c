// Writes out one planned conversation: the conversation itself (status, priority, queue,
// assignee, tags and its SLA clock, all consistent with its messages), its messages and
// calls, and the customer's survey answer if they gave one.
#pragma once

#include "demodata/ConversationPlan.h"
#include "demodata/CustomerDraft.h"
#include "demodata/FeedbackFactory.h"
#include "demodata/MessageComposer.h"
#include "demodata/ReferenceData.h"
#include "demodata/TopicCatalogue.h"
#include "protocol/Conversation.h"
#include "protocol/Feedback.h"
#include "protocol/Message.h"
#include "protocol/Order.h"

#include <optional>

namespace switchboard::demodata {

// The next number of each id sequence; the generator owns one and threads it through.
struct NextIds {
    qint64 order = 1;
    qint64 conversation = 1;
    qint64 message = 1;
    qint64 feedback = 1;
};

struct ConversationRecord {
    protocol::Conversation conversation;
    QList<protocol::Message> messages;
    std::optional<protocol::Feedback> feedback;
};

class ConversationFactory {
public:
    ConversationFactory(const ReferenceData& reference, const TopicCatalogue& topics,
                        qint64 referenceMs);

    ConversationRecord make(const ConversationPlan& plan, const CustomerDraft& draft,
                            const QList<protocol::Order>& orders, NextIds& next) const;

private:
    const ReferenceData& reference_;
    const TopicCatalogue& topics_;
    MessageComposer composer_;
    FeedbackFactory feedback_;
    qint64 referenceMs_;
};

} // namespace switchboard::demodata
