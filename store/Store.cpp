#include "store/Store.h"

#include "store/BatchDecoder.h"
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
    {
    }

    Database db;
    Repositories repos;
    SearchIndex search;
    EventApplier applier;
    CommandEffect effect;
    Outbox outbox;
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
        if (auto done = d_->applier.apply(*payload, changes); !done)
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
    if (auto done = commit(*transaction); !done)
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

} // namespace switchboard::store
