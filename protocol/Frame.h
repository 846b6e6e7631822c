// The envelope every WebSocket text frame shares: `{"type": ..., ...}`. parseFrame() checks
// the size before it parses anything, so an over-size frame costs nothing to refuse, and
// returns the type with the whole object for the frame's own decoder.
//
// docs/protocol.md is the contract; each frame type below has a sample there.
#pragma once

#include "protocol/DecodeError.h"

#include <QByteArray>
#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

namespace FrameType {
inline constexpr QLatin1StringView Hello { "hello" }; // client, first frame
inline constexpr QLatin1StringView Welcome { "welcome" }; // server, answer to hello
inline constexpr QLatin1StringView Events { "events" }; // server, catch-up and live events
inline constexpr QLatin1StringView Synced { "synced" }; // server, end of catch-up
inline constexpr QLatin1StringView Command { "command" }; // client
inline constexpr QLatin1StringView Ack { "ack" }; // server, command applied
inline constexpr QLatin1StringView Reject { "reject" }; // server, command refused
inline constexpr QLatin1StringView Signal { "signal" }; // both ways, viewing/typing
inline constexpr QLatin1StringView Error { "error" }; // server, a frame was refused
inline constexpr QLatin1StringView Call { "call" }; // server, a phone call offered/answered/ended
} // namespace FrameType

// Machine-readable codes of `error` and `reject` frames and of HTTP error bodies.
namespace ErrorCode {
inline constexpr QLatin1StringView BadFrame { "bad_frame" };
inline constexpr QLatin1StringView FrameTooLarge { "frame_too_large" };
inline constexpr QLatin1StringView UnknownFrame { "unknown_frame" };
inline constexpr QLatin1StringView NotAuthenticated { "not_authenticated" };
inline constexpr QLatin1StringView UnsupportedVersion { "unsupported_version" };
inline constexpr QLatin1StringView BadCredentials { "bad_credentials" };
inline constexpr QLatin1StringView BadToken { "bad_token" };
inline constexpr QLatin1StringView TokenExpired { "token_expired" };
inline constexpr QLatin1StringView RateLimited { "rate_limited" };
inline constexpr QLatin1StringView UnknownSpace { "unknown_space" };
inline constexpr QLatin1StringView Forbidden { "forbidden" };
inline constexpr QLatin1StringView NotFound { "not_found" };
inline constexpr QLatin1StringView Conflict { "conflict" };
inline constexpr QLatin1StringView Invalid { "invalid" };
inline constexpr QLatin1StringView Internal { "internal" };
} // namespace ErrorCode

struct Frame {
    QString type;
    QJsonObject object; // the whole frame, "type" included
};

// FrameTooLarge-sized text is refused as OutOfRange before parsing; text that is not a JSON
// object, or has no string "type", is BadJson / MissingField.
std::expected<Frame, DecodeError> parseFrame(QByteArrayView text);

// The compact text of a frame object.
QByteArray frameText(const QJsonObject& frame);

} // namespace switchboard::protocol
