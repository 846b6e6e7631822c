#include "store/EventApplier.h"

#include "store/Repositories.h"
#include "store/SearchDocument.h"
#include "store/SearchIndex.h"

namespace switchboard::store {

EventApplier::EventApplier(Repositories& repositories, SearchIndex& search)
    : repos_(repositories)
    , search_(search)
{
}

void EventApplier::beginBatch(QSet<EntityRef> pending)
{
    subjects_.clear();
    pending_ = std::move(pending);
    serverWrites_.clear();
}

void EventApplier::noteServerWrite(EntityRef::Kind kind, const QString& id)
{
    if (pending_.isEmpty()) // nearly always during a sync: nothing to look up
        return;
    EntityRef entity{kind, id};
    if (pending_.contains(entity) && !serverWrites_.contains(entity))
        serverWrites_.append(std::move(entity));
}

StoreResult<> EventApplier::apply(
    const DecodedPayload& payload, ChangeSet& changes, const SearchDocument* prepared)
{
    prepared_ = prepared;
    auto done = std::visit([&](const auto& value) { return write(value, changes); }, payload);
    prepared_ = nullptr;
    return done;
}

StoreResult<> EventApplier::write(const protocol::Order& order, ChangeSet& changes)
{
    changes.orders.insert(order.id);
    return repos_.orders.upsert(order);
}

StoreResult<> EventApplier::write(const protocol::Feedback& feedback, ChangeSet& changes)
{
    changes.feedback.insert(feedback.id);
    return repos_.feedback.upsert(feedback);
}

StoreResult<> EventApplier::write(const protocol::Tag& tag, ChangeSet& changes)
{
    changes.tagChanged(tag.name);
    return repos_.tags.upsert(tag);
}

StoreResult<> EventApplier::write(const protocol::Agent& agent, ChangeSet& changes)
{
    changes.agents.insert(agent.id);
    return repos_.agents.upsert(agent);
}

StoreResult<> EventApplier::write(const protocol::Queue& queue, ChangeSet& changes)
{
    changes.queues.insert(queue.id);
    return repos_.queues.upsert(queue);
}

StoreResult<> EventApplier::write(const protocol::Customer& customer, ChangeSet& changes)
{
    if (auto done = repos_.customers.upsert(customer); !done)
        return done;
    if (auto done
        = prepared_ ? search_.indexCustomer(customer, *prepared_) : search_.indexCustomer(customer);
        !done)
        return done;
    changes.customerChanged(customer.id);
    noteServerWrite(EntityRef::Kind::Customer, customer.id);
    return {};
}

StoreResult<> EventApplier::write(const protocol::Message& message, ChangeSet& changes)
{
    if (auto done = repos_.messages.upsert(message); !done)
        return done;
    auto subject = subjectOf(message.conversationId);
    if (!subject)
        return std::unexpected(subject.error());
    const QString subjectText = subject->value_or(QString());
    if (auto done = prepared_
            ? search_.indexMessage(message, SearchDocument::withSubject(*prepared_, subjectText))
            : search_.indexMessage(message, subjectText);
        !done)
        return done;
    changes.messageChanged(message.id, message.conversationId);
    noteServerWrite(EntityRef::Kind::Message, message.id);
    return {};
}

StoreResult<> EventApplier::write(const protocol::Conversation& conversation, ChangeSet& changes)
{
    auto previousSubject = subjectOf(conversation.id);
    if (!previousSubject)
        return std::unexpected(previousSubject.error());
    if (auto done = repos_.conversations.upsert(conversation); !done)
        return done;
    subjects_.insert(conversation.id, conversation.subject);
    changes.conversations.insert(conversation.id);
    noteServerWrite(EntityRef::Kind::Conversation, conversation.id);
    // Messages are found by their conversation's subject too: a new subject (or a
    // conversation that arrives after its messages) re-indexes them.
    if (*previousSubject == std::optional<QString>(conversation.subject))
        return {};
    auto messages = repos_.messages.forConversation(conversation.id);
    if (!messages)
        return std::unexpected(messages.error());
    for (const protocol::Message& message : *messages) {
        if (auto done = search_.indexMessage(message, conversation.subject); !done)
            return done;
    }
    return {};
}

StoreResult<> EventApplier::write(const CustomerMerge& merge, ChangeSet& changes)
{
    const QString& survivorId = merge.survivorId;
    const QString& mergedId = merge.mergedId;
    auto conversations = repos_.conversations.moveToCustomer(mergedId, survivorId);
    if (!conversations)
        return std::unexpected(conversations.error());
    for (const QString& id : *conversations)
        changes.conversations.insert(id);
    auto messages = repos_.messages.moveToCustomer(mergedId, survivorId);
    if (!messages)
        return std::unexpected(messages.error());
    for (auto it = messages->begin(); it != messages->end(); ++it)
        changes.messageChanged(it.key(), it.value());
    auto orders = repos_.orders.moveToCustomer(mergedId, survivorId);
    if (!orders)
        return std::unexpected(orders.error());
    for (const QString& id : *orders)
        changes.orders.insert(id);
    auto feedback = repos_.feedback.moveToCustomer(mergedId, survivorId);
    if (!feedback)
        return std::unexpected(feedback.error());
    for (const QString& id : *feedback)
        changes.feedback.insert(id);
    if (auto done = repos_.customers.moveContactPoints(mergedId, survivorId); !done)
        return done;
    auto removed = repos_.customers.remove(mergedId);
    if (!removed)
        return std::unexpected(removed.error());

    if (auto done = search_.moveMessages(mergedId, survivorId); !done)
        return done;
    if (auto done = search_.removeCustomer(mergedId); !done)
        return done;
    // The survivor is found by the merged customer's phones and emails from now on.
    auto survivor = repos_.customers.find(survivorId);
    if (!survivor)
        return std::unexpected(survivor.error());
    if (*survivor) {
        if (auto done = search_.indexCustomer(**survivor); !done)
            return done;
    }
    changes.customerRemoved(mergedId);
    changes.customerChanged(survivorId);
    noteServerWrite(EntityRef::Kind::Customer, survivorId);
    noteServerWrite(EntityRef::Kind::Customer, mergedId);
    return {};
}

StoreResult<> EventApplier::write(const TagDeletion& deletion, ChangeSet& changes)
{
    const QString& name = deletion.name;
    auto removed = repos_.tags.remove(name);
    if (!removed)
        return std::unexpected(removed.error());
    changes.tagRemoved(name);
    return {};
}

StoreResult<std::optional<QString>> EventApplier::subjectOf(const QString& conversationId)
{
    auto cached = subjects_.constFind(conversationId);
    if (cached != subjects_.constEnd())
        return *cached;
    auto subject = repos_.conversations.subject(conversationId);
    if (!subject)
        return std::unexpected(subject.error());
    subjects_.insert(conversationId, *subject);
    return *subject;
}

} // namespace switchboard::store
