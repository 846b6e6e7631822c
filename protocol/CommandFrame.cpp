#include "protocol/CommandFrame.h"

#include "protocol/Frame.h"
#include "protocol/JsonReader.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject CommandFrame::toJson() const
{
    return { { "type"_L1, FrameType::Command }, { "command"_L1, command.toJson() } };
}

std::expected<CommandFrame, DecodeError> CommandFrame::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    const QJsonObject command = r.object("command"_L1);
    if (!r.ok())
        return r.finish(CommandFrame {});
    auto decoded = Command::fromJson(command, u"command"_s);
    if (!decoded)
        return std::unexpected(decoded.error());
    return CommandFrame { std::move(*decoded) };
}

} // namespace switchboard::protocol
