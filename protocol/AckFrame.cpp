#include "protocol/AckFrame.h"

#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject AckFrame::toJson() const
{
    return { { "type"_L1, FrameType::Ack }, { "id"_L1, commandId.toString(QUuid::WithoutBraces) },
        { "seq"_L1, seq } };
}

std::expected<AckFrame, DecodeError> AckFrame::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    AckFrame ack;
    ack.commandId = r.uuid("id"_L1);
    ack.seq = r.integer("seq"_L1, 0, kMaxCounter);
    return r.finish(std::move(ack));
}

} // namespace switchboard::protocol
