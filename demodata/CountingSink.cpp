#include "demodata/CountingSink.h"

namespace switchboard::demodata {

void CountingSink::addTag(const protocol::Tag& tag) {
    ++counts_.tags;
    if (next_)
        next_->addTag(tag);
}

void CountingSink::addQueue(const protocol::Queue& queue) {
    ++counts_.queues;
    if (next_)
        next_->addQueue(queue);
}

void CountingSink::addAgent(const protocol::Agent& agent) {
    ++counts_.agents;
    if (next_)
        next_->addAgent(agent);
}

void CountingSink::addCustomer(const protocol::Customer& customer) {
    ++counts_.customers;
    if (next_)
        next_->addCustomer(customer);
}

void CountingSink::addOrder(const protocol::Order& order) {
    ++counts_.orders;
    if (next_)
        next_->addOrder(order);
}

void CountingSink::addConversation(const protocol::Conversation& conversation) {
    ++counts_.conversations;
    if (next_)
        next_->addConversation(conversation);
}

void CountingSink::addMessage(const protocol::Message& message) {
    ++counts_.messages;
    if (next_)
        next_->addMessage(message);
}

void CountingSink::addFeedback(const protocol::Feedback& feedback) {
    ++counts_.feedback;
    if (next_)
        next_->addFeedback(feedback);
}

} // namespace switchboard::demodata
