// A client's command, wrapped for the wire. The server answers each with one ack or one
// reject carrying the command's id; a command it has seen before is answered as it was the
// first time and applied only once.
#pragma once

#include "protocol/Command.h"
#include "protocol/DecodeError.h"

#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

struct CommandFrame {
    Command command;

    QJsonObject toJson() const;
    static std::expected<CommandFrame, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const CommandFrame&) const = default;
};

} // namespace switchboard::protocol
