// Events as `events` frames: at most kMaxBatchEvents each (the caller's batches) and never
// over kMaxFrameBytes, so a batch of large messages is split rather than refused by the
// client's own limit.
#pragma once

#include "protocol/Event.h"

#include <QList>
#include <QString>

namespace switchboard::server {

class EventFrames {
public:
    static QList<QString> texts(
        const QString& space, const QList<protocol::Event>& events, bool snapshot);
};

} // namespace switchboard::server
