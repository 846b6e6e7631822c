#include "protocol/HelloFrame.h"

#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject HelloFrame::toJson() const
{
    return { { "type"_L1, FrameType::Hello }, { "protocol"_L1, protocol.toString() },
        { "token"_L1, token }, { "space"_L1, space }, { "lastSeq"_L1, lastSeq } };
}

std::expected<HelloFrame, DecodeError> HelloFrame::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    HelloFrame hello;
    const QString version = r.string("protocol"_L1, 16);
    hello.token = r.string("token"_L1, kMaxTokenChars);
    hello.space = r.id("space"_L1);
    hello.lastSeq = r.integer("lastSeq"_L1, 0, kMaxCounter);
    if (r.ok()) {
        if (auto parsed = ProtocolVersion::parse(version))
            hello.protocol = *parsed;
        else
            r.fail(
                DecodeErrorCode::WrongType, "protocol"_L1, u"expected a version such as \"1.0\""_s);
    }
    return r.finish(std::move(hello));
}

} // namespace switchboard::protocol
