// Hands every generated entity to several sinks, in the order they were given.
#pragma once

#include "demodata/EntitySink.h"

#include <QList>

namespace switchboard::bench {

class TeeSink : public demodata::EntitySink {
public:
    explicit TeeSink(QList<demodata::EntitySink*> sinks)
        : sinks_(std::move(sinks))
    {
    }

    void addTag(const protocol::Tag& e) override { forEach(&EntitySink::addTag, e); }
    void addQueue(const protocol::Queue& e) override { forEach(&EntitySink::addQueue, e); }
    void addAgent(const protocol::Agent& e) override { forEach(&EntitySink::addAgent, e); }
    void addCustomer(const protocol::Customer& e) override { forEach(&EntitySink::addCustomer, e); }
    void addOrder(const protocol::Order& e) override { forEach(&EntitySink::addOrder, e); }
    void addConversation(const protocol::Conversation& e) override
    {
        forEach(&EntitySink::addConversation, e);
    }
    void addMessage(const protocol::Message& e) override { forEach(&EntitySink::addMessage, e); }
    void addFeedback(const protocol::Feedback& e) override { forEach(&EntitySink::addFeedback, e); }

private:
    template <typename Entity>
    void forEach(void (EntitySink::*add)(const Entity&), const Entity& entity)
    {
        for (EntitySink* sink : sinks_)
            (sink->*add)(entity);
    }

    QList<demodata::EntitySink*> sinks_;
};

} // namespace switchboard::bench
