#include "server/EventFrames.h"

#include "protocol/EventsFrame.h"
#include "protocol/Frame.h"
#include "protocol/Limits.h"

namespace switchboard::server {

QList<QString> EventFrames::texts(
    const QString& space, const QList<protocol::Event>& events, bool snapshot)
{
    const QByteArray text
        = protocol::frameText(protocol::EventsFrame { space, events, snapshot }.toJson());
    if (text.size() <= protocol::kMaxFrameBytes || events.size() < 2)
        return { QString::fromUtf8(text) };
    const qsizetype half = events.size() / 2;
    return texts(space, events.first(half), snapshot) + texts(space, events.sliced(half), snapshot);
}

} // namespace switchboard::server
