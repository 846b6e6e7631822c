#include "store/ChangeSet.h"

namespace switchboard::store {

bool ChangeSet::isEmpty() const
{
    return customers.isEmpty() && removedCustomers.isEmpty() && conversations.isEmpty()
        && messages.isEmpty() && removedMessages.isEmpty() && orders.isEmpty()
        && feedback.isEmpty() && tags.isEmpty() && removedTags.isEmpty() && agents.isEmpty()
        && queues.isEmpty();
}

// A model told both "changed" and "removed" about one id would show a row that is gone,
// so each id sits in exactly one of the pair: the latest word about it.
void ChangeSet::customerChanged(const QString& id)
{
    removedCustomers.remove(id);
    customers.insert(id);
}

void ChangeSet::customerRemoved(const QString& id)
{
    customers.remove(id);
    removedCustomers.insert(id);
}

void ChangeSet::messageChanged(const QString& id, const QString& conversationId)
{
    removedMessages.remove(id);
    messages.insert(id, conversationId);
}

void ChangeSet::messageRemoved(const QString& id, const QString& conversationId)
{
    messages.remove(id);
    removedMessages.insert(id, conversationId);
}

void ChangeSet::tagChanged(const QString& name)
{
    removedTags.remove(name);
    tags.insert(name);
}

void ChangeSet::tagRemoved(const QString& name)
{
    tags.remove(name);
    removedTags.insert(name);
}

void ChangeSet::merge(const ChangeSet& other)
{
    for (const QString& id : other.customers)
        customerChanged(id);
    for (const QString& id : other.removedCustomers)
        customerRemoved(id);
    conversations.unite(other.conversations);
    for (auto it = other.messages.begin(); it != other.messages.end(); ++it)
        messageChanged(it.key(), it.value());
    for (auto it = other.removedMessages.begin(); it != other.removedMessages.end(); ++it)
        messageRemoved(it.key(), it.value());
    orders.unite(other.orders);
    feedback.unite(other.feedback);
    for (const QString& name : other.tags)
        tagChanged(name);
    for (const QString& name : other.removedTags)
        tagRemoved(name);
    agents.unite(other.agents);
    queues.unite(other.queues);
}

} // namespace switchboard::store
