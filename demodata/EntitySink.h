// Where the generator puts what it makes, one entity at a time, so that a million rows never
// sit in memory at once. Entities arrive in an order that is valid to apply one by one:
// reference data (tags, queues, agents) first, then each customer followed by its orders,
// and each conversation followed by its messages and its feedback. Every method has an
// empty default, so a sink overrides only what it cares about.
#pragma once

#include "protocol/Agent.h"
#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Feedback.h"
#include "protocol/Message.h"
#include "protocol/Order.h"
#include "protocol/Queue.h"
#include "protocol/Tag.h"

namespace switchboard::demodata {

class EntitySink {
public:
    virtual ~EntitySink() = default;

    virtual void addTag(const protocol::Tag&) {}
    virtual void addQueue(const protocol::Queue&) {}
    virtual void addAgent(const protocol::Agent&) {}
    virtual void addCustomer(const protocol::Customer&) {}
    virtual void addOrder(const protocol::Order&) {}
    virtual void addConversation(const protocol::Conversation&) {}
    virtual void addMessage(const protocol::Message&) {}
    virtual void addFeedback(const protocol::Feedback&) {}
};

} // namespace switchboard::demodata
