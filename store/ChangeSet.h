// What one store operation changed, by id, for the item models: each model updates the
// rows it shows that are named here and reloads nothing else. Produced by Store::apply,
// Store::enqueue and Store::reject.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace switchboard::store {

struct ChangeSet {
    QSet<QString> customers;               // added or changed
    QSet<QString> removedCustomers;        // merged into another customer, or a create undone
    QSet<QString> conversations;
    QHash<QString, QString> messages;        // message id -> its conversation id
    QHash<QString, QString> removedMessages; // an optimistic message undone by a reject
    QSet<QString> orders;
    QSet<QString> feedback;
    QSet<QString> tags;                    // tag names added or changed
    QSet<QString> removedTags;
    QSet<QString> agents;
    QSet<QString> queues;

    bool isEmpty() const;
    // Adds `other`'s changes to these (a later removal wins over an earlier change).
    void merge(const ChangeSet& other);

    void customerChanged(const QString& id);
    void customerRemoved(const QString& id);
    void messageChanged(const QString& id, const QString& conversationId);
    void messageRemoved(const QString& id, const QString& conversationId);
    void tagChanged(const QString& name);
    void tagRemoved(const QString& name);
};

} // namespace switchboard::store
