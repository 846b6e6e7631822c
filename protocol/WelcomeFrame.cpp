#include "protocol/WelcomeFrame.h"

#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject WelcomeFrame::toJson() const
{
    return { { "type"_L1, FrameType::Welcome }, { "protocol"_L1, protocol.toString() },
        { "space"_L1, space }, { "agent"_L1, agent.toJson() }, { "currentSeq"_L1, currentSeq },
        { "resync"_L1, resync } };
}

std::expected<WelcomeFrame, DecodeError> WelcomeFrame::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    WelcomeFrame welcome;
    const QString version = r.string("protocol"_L1, 16);
    welcome.space = r.id("space"_L1);
    const QJsonObject agent = r.object("agent"_L1);
    welcome.currentSeq = r.integer("currentSeq"_L1, 0, kMaxCounter);
    welcome.resync = r.boolean("resync"_L1);
    if (r.ok()) {
        if (auto parsed = ProtocolVersion::parse(version))
            welcome.protocol = *parsed;
        else
            r.fail(
                DecodeErrorCode::WrongType, "protocol"_L1, u"expected a version such as \"1.0\""_s);
    }
    if (!r.ok())
        return r.finish(std::move(welcome));
    auto decodedAgent = Agent::fromJson(agent, u"agent"_s);
    if (!decodedAgent)
        return std::unexpected(decodedAgent.error());
    welcome.agent = std::move(*decodedAgent);
    return welcome;
}

} // namespace switchboard::protocol
