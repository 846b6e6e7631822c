// The desktop's local cache as the sync client and the item models see it: one SQLite
// file per (server, agent, space), opened and migrated by open().
//
// Read path: apply() writes a batch of server events and the space's cursor in one
// transaction, exactly once. Write path: enqueue() writes a command to the outbox with its
// optimistic effect; acknowledge() and reject() settle it. Every call that changes the
// cache says what it changed in a ChangeSet. Reads go through the repositories; writes go
// through Store only, which keeps the search index and the outbox in step with the data.
//
// Not thread-safe: one Store per thread, like its Database.
#pragma once

#include "protocol/Command.h"
#include "protocol/Event.h"
#include "store/ChangeSet.h"
#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <memory>

namespace switchboard::store {

class AgentRepository;
class ConversationRepository;
class CustomerRepository;
class Database;
class FeedbackRepository;
class MessageRepository;
class OrderRepository;
class QueueRepository;
class SearchIndex;
class TagRepository;
class Transaction;

class Store {
public:
    // Opens (creating when missing) and migrates the file. Fails with SchemaTooNew for a
    // file written by a newer version.
    static StoreResult<Store> open(const QString& path);

    Store(Store&& other) noexcept;
    Store& operator=(Store&& other) noexcept;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    ~Store();

    // Applies a batch of `space`'s events in order and advances its cursor to the last,
    // in one transaction. Events at or below the cursor are skipped (already applied).
    // Nothing is written when the batch does not continue the cursor (SequenceGap: ask
    // for a catch-up from cursor(space) + 1), or when an event does not decode (BadEvent).
    // Pending commands on the entities the batch wrote are re-applied on top.
    StoreResult<ChangeSet> apply(const QString& space, const QList<protocol::Event>& events);
    // The last seq applied for the space; 0 before the first batch.
    StoreResult<qint64> cursor(const QString& space);

    // Queues the command with its optimistic effect (see CommandEffect), in one
    // transaction. Send-message and add-note payloads carry a client-made "messageId".
    // Signals are not queued (BadCommand): send them directly.
    StoreResult<ChangeSet> enqueue(const protocol::Command& command);
    // The commands still waiting for the server's answer, in the order they were made.
    StoreResult<QList<protocol::Command>> pending();
    StoreResult<> acknowledge(const QUuid& commandId);
    // Undoes the command's effect: the entity goes back to the server's state plus the
    // commands still pending on it. NotFound when the command is not pending.
    StoreResult<ChangeSet> reject(const QUuid& commandId);

    CustomerRepository& customers();
    ConversationRepository& conversations();
    MessageRepository& messages();
    OrderRepository& orders();
    FeedbackRepository& feedback();
    TagRepository& tags();
    AgentRepository& agents();
    QueueRepository& queues();
    SearchIndex& search();
    Database& database();

private:
    struct Parts;
    explicit Store(std::unique_ptr<Parts> parts);
    StoreResult<> commit(Transaction& transaction);

    std::unique_ptr<Parts> d_;

public:
    // Full resync (welcome.resync): the server cannot continue from our cursor, so the
    // cached entities are dropped and its snapshot rebuilds them. The outbox stays, and
    // the optimistic effects of its commands are re-applied on top of what comes back.
    //
    // Drops every cached entity (a file holds one space) and the search index rows, sets
    // the space's cursor to 0 and re-applies the pending commands that can stand alone
    // (created customers, sent messages and notes), in one transaction.
    StoreResult<ChangeSet> resetSpace(const QString& space);
    // Upserts snapshot events (the latest state of each entity; seqs increasing but not
    // contiguous) without touching the cursor: a snapshot cut off half-way must not look
    // like a catch-up that got that far. Pending commands are re-applied on top of the
    // entities it writes.
    StoreResult<ChangeSet> applySnapshot(const QString& space,
                                         const QList<protocol::Event>& events);
    // The snapshot is complete up to `seq` (the synced frame): from here on the space is
    // an ordinary catch-up from `seq`.
    StoreResult<> finishSnapshot(const QString& space, qint64 seq);

    // The server acknowledged the command. Its event precedes the ack, so the cache
    // already holds the server's state with the command's effect in it: the entity is set
    // back to that state (the pending commands' before-images hold it) and the commands
    // still pending are re-applied on top. Unlike acknowledge(), which keeps the local
    // effect, this is right also for a resend whose first ack was lost: the server answers
    // it without a new event, and later changes by others (already applied) must win over
    // the effect re-applied while it was pending. Unknown ids are fine (answered before).
    StoreResult<ChangeSet> acknowledgeOnServerState(const QUuid& commandId);
};

} // namespace switchboard::store
