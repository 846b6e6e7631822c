#include "protocol/SignalFrame.h"

#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/WireTime.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject SignalFrame::toJson() const
{
    QJsonObject json { { "type"_L1, FrameType::Signal }, { "kind"_L1, kind },
        { "conversationId"_L1, conversationId } };
    if (!agentId.isEmpty())
        json.insert("agentId"_L1, agentId);
    if (at.isValid())
        json.insert("at"_L1, toWireTime(at));
    return json;
}

std::expected<SignalFrame, DecodeError> SignalFrame::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    SignalFrame signal;
    signal.kind = r.string("kind"_L1, 16);
    signal.conversationId = r.id("conversationId"_L1);
    signal.agentId = r.id("agentId"_L1, Need::Optional);
    signal.at = r.timestamp("at"_L1, Need::Optional);
    if (r.ok() && signal.kind != SignalKind::Viewing && signal.kind != SignalKind::Typing
        && signal.kind != SignalKind::Left)
        r.fail(
            DecodeErrorCode::UnknownValue, "kind"_L1, u"unknown signal \"%1\""_s.arg(signal.kind));
    return r.finish(std::move(signal));
}

} // namespace switchboard::protocol
