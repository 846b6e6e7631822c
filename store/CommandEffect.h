// The optimistic local effect of each command the desktop makes, and its undo. An effect
// touches one entity (EntityRef) and reports a before-image of exactly what it changed
// (see BeforeImage). Conversation commands are ConversationEffect's; customer edits and
// creations and sent messages and notes are handled here.
//
// Runs inside the caller's transaction; keeps the search index in step.
#pragma once

#include "protocol/Command.h"
#include "store/ChangeSet.h"
#include "store/ConversationEffect.h"
#include "store/EntityRef.h"
#include "store/StoreError.h"

#include <QJsonObject>

namespace switchboard::store {

struct Repositories;
class SearchIndex;

class CommandEffect {
public:
    CommandEffect(Repositories& repositories, SearchIndex& search);

    // The entity the command's effect touches, None for commands with no local effect
    // (presence, merges: the server's events bring those). Fails with BadCommand for
    // signals, which are sent at once and never queued, for unknown types, and for a
    // payload that lacks the id the effect needs.
    static StoreResult<EntityRef> target(const protocol::Command& command);

    // Applies the effect on top of what is stored now and returns the before-image.
    // Fails with BadCommand when the payload cannot be applied (the effect would make an
    // entity the codec refuses), NotFound when the entity is not cached.
    StoreResult<QJsonObject> apply(const protocol::Command& command, ChangeSet& changes);

    // Writes a before-image back over the entity.
    StoreResult<> restore(const EntityRef& entity, const QJsonObject& image,
                          ChangeSet& changes);

private:
    StoreResult<QJsonObject> createCustomer(const protocol::Command& command, ChangeSet& changes);
    StoreResult<QJsonObject> updateCustomer(const protocol::Command& command, ChangeSet& changes);
    StoreResult<QJsonObject> addMessage(const protocol::Command& command, ChangeSet& changes);
    StoreResult<> restoreCustomer(const QString& id, const QJsonObject& image,
                                  ChangeSet& changes);
    StoreResult<> restoreMessage(const QString& id, const QJsonObject& image, ChangeSet& changes);

    Repositories& repos_;
    SearchIndex& search_;
    ConversationEffect conversations_;
};

} // namespace switchboard::store
