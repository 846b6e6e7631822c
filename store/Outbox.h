// The commands waiting for the server and their optimistic effects on the cache, kept so
// that for every entity: what is stored = the server's state + the pending commands'
// effects, applied in the order they were made.
//
// Each command's before-image is what its effect replaced. The server's value of a field
// is therefore in the before-image of the first pending command that touched it; that is
// what a reject restores before re-applying the commands still pending, and what a new
// server state replaces (rebase) before they are re-applied on top of it.
//
// Every method runs inside the caller's transaction (Store opens one per call).
#pragma once

#include "protocol/Command.h"
#include "store/ChangeSet.h"
#include "store/EntityRef.h"
#include "store/StoreError.h"

#include <QSet>

namespace switchboard::store {

struct Repositories;
class CommandEffect;

class Outbox {
public:
    Outbox(Repositories& repositories, CommandEffect& effect);

    // Applies the command's effect and queues it with its before-image.
    StoreResult<> enqueue(const protocol::Command& command, ChangeSet& changes);
    // The server accepted the command: its effect is now part of the server's state.
    // Unknown ids are fine: a resend after a lost ack is acknowledged twice.
    StoreResult<> acknowledge(const QUuid& commandId);
    // The server refused the command: the server's state comes back, with the effects of
    // the commands still pending on the entity re-applied on top.
    StoreResult<> reject(const QUuid& commandId, ChangeSet& changes);
    // The server's state of `entity` was just written: the pending commands' effects are
    // re-applied on top of it, and their before-images now hold the server's values.
    StoreResult<> rebase(const EntityRef& entity, ChangeSet& changes);
    // The entities that have pending commands (empty for most batches of a sync).
    StoreResult<QSet<EntityRef>> pendingEntities();

private:
    Repositories& repos_;
    CommandEffect& effect_;
};

} // namespace switchboard::store
