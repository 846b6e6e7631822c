// The cached messages, notes and calls. A customer's timeline (every conversation, every
// channel) is read newest-first in pages with keyset paging on (sentAt, id), so opening a
// customer with 10k messages reads one page, not all of them. Reads and writes
// protocol::Message.
//
// Writes only its own table: the search index is kept in step by the caller inside the
// same transaction (Store does).
#pragma once

#include "protocol/Message.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace switchboard::store {

class Database;
class Statement;

// A position in a timeline: the page asked for ends just before this message.
struct TimelineKey {
    QDateTime sentAt;
    QString id;
};

class MessageRepository {
public:
    explicit MessageRepository(Database& db);

    // Inserts, or replaces the message with the same id (the server's copy of a message
    // sent from this desktop replaces the optimistic one).
    StoreResult<> upsert(const protocol::Message& message);
    StoreResult<std::optional<protocol::Message>> find(const QString& id);
    StoreResult<bool> exists(const QString& id);
    StoreResult<bool> remove(const QString& id);

    // Up to `limit` of the customer's messages just before `before` (the newest when
    // nullopt), returned oldest first, ready to prepend to what is shown. The key of the
    // first message returned asks for the page before it.
    StoreResult<QList<protocol::Message>> timeline(const QString& customerId, int limit,
                                                   const std::optional<TimelineKey>& before = {});
    // One conversation's messages, oldest first.
    StoreResult<QList<protocol::Message>> forConversation(const QString& conversationId);
    // Gives all of `fromCustomerId`'s messages to `toCustomerId`; returns the moved
    // messages' ids with their conversation ids.
    StoreResult<QHash<QString, QString>> moveToCustomer(const QString& fromCustomerId,
                                                        const QString& toCustomerId);
    StoreResult<qint64> count();
    // Visits every message with its conversation's subject (empty when the conversation is
    // not cached); stops at the first error `visit` returns.
    StoreResult<> forEach(
        const std::function<StoreResult<>(const protocol::Message&, const QString& subject)>&
            visit);

private:
    StoreResult<QList<protocol::Message>> readAll(Statement& statement);

    Database& db_;
};

} // namespace switchboard::store
