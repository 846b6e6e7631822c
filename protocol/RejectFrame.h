// The server refused a command and changed nothing. `code` is one of ErrorCode, `reason`
// names the rule or field in a few words for logs, `message` is the sentence the agent
// reads. A stale customer edit carries the conflict: the field, the value the agent wrote
// and the value the server holds, at its current revision.
#pragma once

#include "protocol/DecodeError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>

#include <expected>
#include <optional>

namespace switchboard::protocol {

struct FieldConflict {
    QString field;
    QJsonValue yours;
    QJsonValue theirs;
    qint64 revision = 0; // the server's revision of the entity

    bool operator==(const FieldConflict&) const = default;
};

struct RejectFrame {
    QUuid commandId;
    QString code;
    QString reason;
    QString message;
    std::optional<FieldConflict> conflict;

    QJsonObject toJson() const;
    static std::expected<RejectFrame, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const RejectFrame&) const = default;
};

} // namespace switchboard::protocol
