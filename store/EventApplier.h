// Writes one decoded server event into the cache: the entity's snapshot is upserted, the
// search index kept in step, and what changed recorded in a ChangeSet. Runs inside the
// caller's transaction and knows nothing of cursors or the outbox (Store does that
// around it).
#pragma once

#include "store/ChangeSet.h"
#include "store/EntityRef.h"
#include "store/EventDecoder.h"
#include "store/StoreError.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace switchboard::store {

struct Repositories;
class SearchDocument;
class SearchIndex;

class EventApplier {
public:
    EventApplier(Repositories& repositories, SearchIndex& search);

    // Starts a batch: forgets what it remembered from the last one (which may have been
    // rolled back) and watches for writes to `pending`, the entities with pending commands.
    void beginBatch(QSet<EntityRef> pending);
    // `prepared`: the payload's search document made ahead, when there is one (BatchDecoder).
    StoreResult<> apply(const DecodedPayload& payload, ChangeSet& changes,
        const SearchDocument* prepared = nullptr);
    // The watched entities this batch wrote the server's state of, in the order first
    // written: their pending commands are to be re-applied on top (Outbox::rebase). Not
    // the ChangeSet: an optimistic message moved by a merge was not written by the server.
    const QList<EntityRef>& serverWrites() const { return serverWrites_; }

private:
    StoreResult<> write(const protocol::Customer& customer, ChangeSet& changes);
    StoreResult<> write(const protocol::Conversation& conversation, ChangeSet& changes);
    StoreResult<> write(const protocol::Message& message, ChangeSet& changes);
    StoreResult<> write(const protocol::Order& order, ChangeSet& changes);
    StoreResult<> write(const protocol::Feedback& feedback, ChangeSet& changes);
    StoreResult<> write(const protocol::Tag& tag, ChangeSet& changes);
    StoreResult<> write(const protocol::Agent& agent, ChangeSet& changes);
    StoreResult<> write(const protocol::Queue& queue, ChangeSet& changes);
    StoreResult<> write(const CustomerMerge& merge, ChangeSet& changes);
    StoreResult<> write(const TagDeletion& deletion, ChangeSet& changes);
    StoreResult<std::optional<QString>> subjectOf(const QString& conversationId);
    void noteServerWrite(EntityRef::Kind kind, const QString& id);

    Repositories& repos_;
    SearchIndex& search_;
    // Conversation subjects looked up in this batch: messages are indexed with their
    // conversation's subject, and a batch of catch-up holds many messages per conversation.
    QHash<QString, std::optional<QString>> subjects_;
    QSet<EntityRef> pending_;
    QList<EntityRef> serverWrites_;
    const SearchDocument* prepared_ = nullptr; // for the event being applied
};

} // namespace switchboard::store
