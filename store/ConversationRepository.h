// The cached conversations and their tags, with the indexes the inbox views sort and
// filter on (status, assignee, queue, last update). Reads and writes
// protocol::Conversation; the tags live in a table of their own so "everything tagged
// Incident" is an index lookup.
#pragma once

#include "protocol/Conversation.h"
#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace switchboard::store {

class Database;

class ConversationRepository {
public:
    explicit ConversationRepository(Database& db);

    StoreResult<> upsert(const protocol::Conversation& conversation);
    StoreResult<std::optional<protocol::Conversation>> find(const QString& id);
    // The subject alone (messages are indexed for search with it); nullopt when the
    // conversation is not cached.
    StoreResult<std::optional<QString>> subject(const QString& id);
    // The customer's conversations, most recently updated first.
    StoreResult<QList<protocol::Conversation>> forCustomer(const QString& customerId);
    // Gives all of `fromCustomerId`'s conversations to `toCustomerId`; returns their ids.
    StoreResult<QStringList> moveToCustomer(const QString& fromCustomerId,
                                            const QString& toCustomerId);
    StoreResult<qint64> count();

private:
    StoreResult<QStringList> idsOfCustomer(const QString& customerId);
    StoreResult<> readTags(protocol::Conversation& conversation);

    Database& db_;
};

} // namespace switchboard::store
