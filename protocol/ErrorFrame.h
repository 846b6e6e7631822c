// The server could not take a frame: it was over-size, not JSON, of an unknown type, sent
// before hello, or it failed to decode (then `field` names the offending field). The
// connection stays open; a client that keeps sending bad frames is closed with the
// WebSocket policy-violation code.
#pragma once

#include "protocol/DecodeError.h"

#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

struct ErrorFrame {
    QString code; // one of ErrorCode
    QString message;
    QString field;

    static ErrorFrame fromDecodeError(const DecodeError& error);

    QJsonObject toJson() const;
    static std::expected<ErrorFrame, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const ErrorFrame&) const = default;
};

} // namespace switchboard::protocol
