// A passing hint for collision display: an agent is viewing, typing in, or has left a
// conversation. Signals are not events: the server stamps the sender and fans them out to
// the space without logging them, and a client treats them as stale after a few seconds.
#pragma once

#include "protocol/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

namespace SignalKind {
inline constexpr QLatin1StringView Viewing { "viewing" };
inline constexpr QLatin1StringView Typing { "typing" };
inline constexpr QLatin1StringView Left { "left" };
} // namespace SignalKind

struct SignalFrame {
    QString kind;
    QString conversationId;
    QString agentId; // filled by the server; empty from a client
    QDateTime at; // filled by the server

    QJsonObject toJson() const;
    static std::expected<SignalFrame, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const SignalFrame&) const = default;
};

} // namespace switchboard::protocol
