#include "protocol/SyncedFrame.h"

#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject SyncedFrame::toJson() const
{
    return { { "type"_L1, FrameType::Synced }, { "space"_L1, space }, { "seq"_L1, seq } };
}

std::expected<SyncedFrame, DecodeError> SyncedFrame::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    SyncedFrame frame;
    frame.space = r.id("space"_L1);
    frame.seq = r.integer("seq"_L1, 0, kMaxCounter);
    return r.finish(std::move(frame));
}

} // namespace switchboard::protocol
