// Ends catch-up (or a snapshot): the client's cache now holds the space up to `seq`, and
// whatever follows is live.
#pragma once

#include "protocol/DecodeError.h"

#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

struct SyncedFrame {
    QString space;
    qint64 seq = 0;

    QJsonObject toJson() const;
    static std::expected<SyncedFrame, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const SyncedFrame&) const = default;
};

} // namespace switchboard::protocol
