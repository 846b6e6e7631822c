#include "store/Store.h"

#include "protocol/Limits.h"
#include "store/BatchDecoder.h"
#include "store/CatchUpMode.h"
#include "store/CommandEffect.h"
#include "store/Database.h"
#include "store/EventApplier.h"
#include "store/Outbox.h"
#include "store/Repositories.h"
#include "store/SchemaMigrator.h"
#include "store/SearchIndex.h"
#include "store/Transaction.h"

namespace switchboard::store {

using namespace Qt::StringLiterals;

// Heap-held, so the repositories' references to the Database stay valid when Store moves.
struct Store::Parts {
    explicit Parts(Database&& database)
        : db(std::move(database))
        , repos(db)
        , search(db)
        , applier(repos, search)
        , effect(repos, search)
        , outbox(repos, effect)
        , catchUp(db)
    {
    }

    Database db;
    Repositories repos;
    SearchIndex search;
    EventApplier applier;
    CommandEffect effect;
    Outbox outbox;
    CatchUpMode catchUp;
};

StoreResult<Store> Store::open(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return std::unexpected(db.error());
    if (auto migrated = SchemaMigrator(*db).migrate(); !migrated)
        return std::unexpected(migrated.error());
    return Store(std::make_unique<Parts>(std::move(*db)));
}

Store::Store(std::unique_ptr<Parts> parts)
    : d_(std::move(parts))
{
}

Store::Store(Store&& other) noexcept = default;
Store& Store::operator=(Store&& other) noexcept = default;
Store::~Store() = default;

StoreResult<ChangeSet> Store::apply(const QString& space, const QList<protocol::Event>& events)
{
    // A full batch is a catch-up going on (see below); the first batch that is not ends it,
    // and its commit checkpoints what the catch-up left in the WAL.
    const bool fullBatch = events.size() >= protocol::kMaxBatchEvents;
    if (auto done = fullBatch ? d_->catchUp.enter() : d_->catchUp.leave(); !done)
        return std::unexpected(done.error());
    auto transaction = Transaction::begin(d_->db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto cursor = d_->repos.cursors.cursor(space);
    if (!cursor)
        return std::unexpected(cursor.error());
    const qint64 start = *cursor;
    qsizetype first = 0;
    while (first < events.size() && events.at(first).seq <= start)
        ++first; // applied before: a replayed batch changes nothing
    BatchDecoder decoded(events, first);
    auto pending = d_->outbox.pendingEntities();
    if (!pending)
        return std::unexpected(pending.error());
    qint64 last = start;
    ChangeSet changes;
    d_->applier.beginBatch(std::move(*pending));
    for (qsizetype i = first; i < events.size(); ++i) {
        const protocol::Event& event = events.at(i);
        if (event.seq <= last)
            continue;
        if (!event.space.isEmpty() && event.space != space)
            return std::unexpected(StoreError::of(
                StoreErrorKind::BadEvent,
                u"event %1 belongs to space \"%2\", not \"%3\""_s.arg(
                    QString::number(event.seq), event.space, space)));
        if (event.seq != last + 1)
            return std::unexpected(StoreError::of(
                StoreErrorKind::SequenceGap,
                u"gap in space \"%1\": the cache holds events up to %2, the batch goes on "
                "with %3; nothing was applied"_s.arg(space, QString::number(last),
                                                     QString::number(event.seq))));
        const StoreResult<DecodedPayload>& payload = decoded.at(i);
        if (!payload)
            return std::unexpected(payload.error());
        if (auto done = d_->applier.apply(*payload, changes, decoded.document(i)); !done)
            return std::unexpected(done.error());
        last = event.seq;
    }
    if (last == start)
        return changes;
    if (auto done = d_->repos.cursors.setCursor(space, last); !done)
        return std::unexpected(done.error());
    // Local state = the server's state + the pending commands, in order.
    for (const EntityRef& entity : d_->applier.serverWrites()) {
        if (auto done = d_->outbox.rebase(entity, changes); !done)
            return std::unexpected(done.error());
    }
    // A full batch is a catch-up going on: its search changes stay staged, committed with
    // the batch (a crash loses none), and are flushed every SearchIndex::kMaxStaged changes
    // rather than per batch, since FTS5 writes a segment per flush and merging thousands of
    // small ones costs more than the rows. The catch-up's last, short batch flushes, as
    // does any live event; a search flushes what it finds staged before it reads.
    const bool catchingUp = events.size() - first >= protocol::kMaxBatchEvents;
    if (auto done = catchingUp ? transaction->commit() : commit(*transaction); !done)
        return std::unexpected(done.error());
    return changes;
}

StoreResult<> Store::commit(Transaction& transaction)
{
    // The search index stages its changes and writes them in one sorted run: they must be
    // in before the commit, or search would not see what this transaction wrote.
    if (auto done = d_->search.flush(); !done)
        return done;
    return transaction.commit();
}

StoreResult<qint64> Store::cursor(const QString& space)
{
    return d_->repos.cursors.cursor(space);
}

StoreResult<ChangeSet> Store::enqueue(const protocol::Command& command)
{
    auto transaction = Transaction::begin(d_->db);
    if (!transaction)
        return std::unexpected(transaction.error());
    ChangeSet changes;
    if (auto done = d_->outbox.enqueue(command, changes); !done)
        return std::unexpected(done.error());
    if (auto done = commit(*transaction); !done)
        return std::unexpected(done.error());
    return changes;
}

StoreResult<QList<protocol::Command>> Store::pending()
{
    auto entries = d_->repos.outbox.all();
    if (!entries)
        return std::unexpected(entries.error());
    QList<protocol::Command> commands;
    commands.reserve(entries->size());
    for (const OutboxEntry& entry : *entries)
        commands.append(entry.command);
    return commands;
}

StoreResult<> Store::acknowledge(const QUuid& commandId)
{
    auto transaction = Transaction::begin(d_->db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto done = d_->outbox.acknowledge(commandId); !done)
        return done;
    return transaction->commit();
}

StoreResult<ChangeSet> Store::reject(const QUuid& commandId)
{
    auto transaction = Transaction::begin(d_->db);
    if (!transaction)
        return std::unexpected(transaction.error());
    ChangeSet changes;
    if (auto done = d_->outbox.reject(commandId, changes); !done)
        return std::unexpected(done.error());
    if (auto done = commit(*transaction); !done)
        return std::unexpected(done.error());
    return changes;
}

CustomerRepository& Store::customers() { return d_->repos.customers; }
ConversationRepository& Store::conversations() { return d_->repos.conversations; }
MessageRepository& Store::messages() { return d_->repos.messages; }
OrderRepository& Store::orders() { return d_->repos.orders; }
FeedbackRepository& Store::feedback() { return d_->repos.feedback; }
TagRepository& Store::tags() { return d_->repos.tags; }
AgentRepository& Store::agents() { return d_->repos.agents; }
QueueRepository& Store::queues() { return d_->repos.queues; }
SearchIndex& Store::search() { return d_->search; }
Database& Store::database() { return d_->db; }

namespace {

// Entity tables in an order that keeps foreign keys satisfied while deleting; the child
// rows of customers and conversations (phones, emails, tags) go with them by cascade.
constexpr const char* kDropEntities = "DELETE FROM messages; DELETE FROM feedback;"
                                      " DELETE FROM orders; DELETE FROM conversations;"
                                      " DELETE FROM customers; DELETE FROM tags;"
                                      " DELETE FROM agents; DELETE FROM queues;";

} // namespace

StoreResult<ChangeSet> Store::resetSpace(const QString& space)
{
    auto transaction = Transaction::begin(d_->db);
    if (!transaction)
        return std::unexpected(transaction.error());
    ChangeSet changes;
    // The search index owns its tables: it is told row by row, as for any removal.
    auto customers = d_->db.prepare("SELECT id FROM customers");
    if (!customers)
        return std::unexpected(customers.error());
    for (;;) {
        auto row = customers->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QString id = customers->text(0);
        if (auto done = d_->search.removeCustomer(id); !done)
            return std::unexpected(done.error());
        changes.customerRemoved(id);
    }
    auto messages = d_->db.prepare("SELECT id, conversation_id FROM messages");
    if (!messages)
        return std::unexpected(messages.error());
    for (;;) {
        auto row = messages->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QString id = messages->text(0);
        if (auto done = d_->search.removeMessage(id); !done)
            return std::unexpected(done.error());
        changes.messageRemoved(id, messages->text(1));
    }
    auto conversations = d_->db.prepare("SELECT id FROM conversations");
    if (!conversations)
        return std::unexpected(conversations.error());
    for (;;) {
        auto row = conversations->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        changes.conversations.insert(conversations->text(0)); // the models find it gone
    }
    if (auto done = d_->db.exec(kDropEntities); !done)
        return std::unexpected(done.error());
    if (auto done = d_->repos.cursors.setCursor(space, 0); !done)
        return std::unexpected(done.error());
    // Effects on entities that are gone now find nothing and wait for the snapshot
    // (applySnapshot rebases them); created customers and sent messages come back at once.
    auto pending = d_->outbox.pendingEntities();
    if (!pending)
        return std::unexpected(pending.error());
    for (const EntityRef& entity : *pending) {
        if (auto done = d_->outbox.rebase(entity, changes); !done)
            return std::unexpected(done.error());
    }
    if (auto done = commit(*transaction); !done)
        return std::unexpected(done.error());
    return changes;
}

StoreResult<ChangeSet> Store::applySnapshot(const QString& space,
                                            const QList<protocol::Event>& events)
{
    auto transaction = Transaction::begin(d_->db);
    if (!transaction)
        return std::unexpected(transaction.error());
    BatchDecoder decoded(events, 0);
    auto pending = d_->outbox.pendingEntities();
    if (!pending)
        return std::unexpected(pending.error());
    ChangeSet changes;
    d_->applier.beginBatch(std::move(*pending));
    qint64 last = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const protocol::Event& event = events.at(i);
        if (!event.space.isEmpty() && event.space != space)
            return std::unexpected(StoreError::of(
                StoreErrorKind::BadEvent,
                u"snapshot event %1 belongs to space \"%2\", not \"%3\""_s.arg(
                    QString::number(event.seq), event.space, space)));
        if (event.seq <= last)
            return std::unexpected(StoreError::of(
                StoreErrorKind::BadEvent,
                u"snapshot seqs must increase: %1 follows %2; nothing was applied"_s.arg(
                    QString::number(event.seq), QString::number(last))));
        const StoreResult<DecodedPayload>& payload = decoded.at(i);
        if (!payload)
            return std::unexpected(payload.error());
        if (auto done = d_->applier.apply(*payload, changes); !done)
            return std::unexpected(done.error());
        last = event.seq;
    }
    const QList<EntityRef> written = d_->applier.serverWrites();
    for (const EntityRef& entity : written) {
        if (auto done = d_->outbox.rebase(entity, changes); !done)
            return std::unexpected(done.error());
    }
    // A message sent from here could not show while its conversation was missing (after
    // resetSpace); now that the snapshot may have brought the conversation, it can.
    auto stillPending = d_->outbox.pendingEntities();
    if (!stillPending)
        return std::unexpected(stillPending.error());
    for (const EntityRef& entity : std::as_const(*stillPending)) {
        if (entity.kind != EntityRef::Kind::Message || written.contains(entity))
            continue;
        auto exists = d_->repos.messages.exists(entity.id);
        if (!exists)
            return std::unexpected(exists.error());
        if (*exists)
            continue;
        if (auto done = d_->outbox.rebase(entity, changes); !done)
            return std::unexpected(done.error());
    }
    if (auto done = commit(*transaction); !done)
        return std::unexpected(done.error());
    return changes;
}

StoreResult<> Store::finishSnapshot(const QString& space, qint64 seq)
{
    auto transaction = Transaction::begin(d_->db);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto done = d_->repos.cursors.setCursor(space, seq); !done)
        return done;
    return transaction->commit();
}


StoreResult<ChangeSet> Store::acknowledgeOnServerState(const QUuid& commandId)
{
    auto transaction = Transaction::begin(d_->db);
    if (!transaction)
        return std::unexpected(transaction.error());
    ChangeSet changes;
    auto found = d_->repos.outbox.find(commandId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return changes;
    // Outbox::reject is exactly "back to the server's state, then the others on top"; for
    // an acknowledged command the server's state is the one that includes it.
    if (auto done = d_->outbox.reject(commandId, changes); !done)
        return std::unexpected(done.error());
    if (auto done = commit(*transaction); !done)
        return std::unexpected(done.error());
    return changes;
}

} // namespace switchboard::store
