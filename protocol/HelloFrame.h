// The client's first frame on a connection: who it is (a bearer token from login), which
// space it syncs, and the last seq its cache holds, so the server knows where catch-up
// starts. Any other frame before a successful hello is refused.
#pragma once

#include "protocol/DecodeError.h"
#include "protocol/ProtocolVersion.h"

#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

struct HelloFrame {
    ProtocolVersion protocol;
    QString token;
    QString space;
    qint64 lastSeq = 0;

    QJsonObject toJson() const;
    static std::expected<HelloFrame, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const HelloFrame&) const = default;
};

} // namespace switchboard::protocol
