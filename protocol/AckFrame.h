// The server applied a command: `seq` is the event it became, or 0 when the command
// changed nothing (adding a tag that is already there).
#pragma once

#include "protocol/DecodeError.h"

#include <QJsonObject>
#include <QUuid>

#include <expected>

namespace switchboard::protocol {

struct AckFrame {
    QUuid commandId;
    qint64 seq = 0;

    QJsonObject toJson() const;
    static std::expected<AckFrame, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const AckFrame&) const = default;
};

} // namespace switchboard::protocol
