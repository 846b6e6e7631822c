// The optimistic effects of the conversation commands (tags, assignment, status,
// priority, snooze) and their undo. Each changes only the fields it names: a tag command
// only that tag's presence, so tag changes commute with the server's.
#pragma once

#include "protocol/Command.h"
#include "store/ChangeSet.h"
#include "store/StoreError.h"

#include <QJsonObject>

namespace switchboard::store {

class ConversationRepository;

class ConversationEffect {
public:
    explicit ConversationEffect(ConversationRepository& conversations);

    static bool handles(QStringView commandType);
    // Applies the effect; returns its before-image (see BeforeImage).
    StoreResult<QJsonObject> apply(const protocol::Command& command, ChangeSet& changes);
    StoreResult<> restore(const QString& conversationId, const QJsonObject& image,
                          ChangeSet& changes);

private:
    ConversationRepository& conversations_;
};

} // namespace switchboard::store
