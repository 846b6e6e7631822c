// What the UI tells the agent when the server refused one of their changes: the command,
// the server's code and sentence, and for a stale customer edit both values of the field.
// By the time this is emitted the store has already rolled the change back.
#pragma once

#include "protocol/Command.h"
#include "protocol/RejectFrame.h"

#include <QMetaType>

#include <optional>

namespace switchboard::sync {

struct CommandRejection {
    protocol::Command command; // only the id is known when the command was not pending
    QString code; // protocol::ErrorCode: forbidden, conflict, invalid, not_found...
    QString reason; // the rule or field, for logs
    QString message; // the sentence for the agent, in the server's words
    std::optional<protocol::FieldConflict> conflict;
};

} // namespace switchboard::sync

Q_DECLARE_METATYPE(switchboard::sync::CommandRejection)
