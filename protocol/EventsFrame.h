// Events of one space, in seq order: catch-up batches and live events alike, so the client
// has one apply path. In a snapshot (after a welcome with resync) each event is the latest
// state of one entity and seqs are increasing but not contiguous.
#pragma once

#include "protocol/DecodeError.h"
#include "protocol/Event.h"

#include <QJsonObject>
#include <QList>

#include <expected>

namespace switchboard::protocol {

struct EventsFrame {
    QString space;
    QList<Event> events; // at most kMaxBatchEvents
    bool snapshot = false;

    QJsonObject toJson() const;
    static std::expected<EventsFrame, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const EventsFrame&) const = default;
};

} // namespace switchboard::protocol
