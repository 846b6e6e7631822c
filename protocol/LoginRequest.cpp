#include "protocol/LoginRequest.h"

#include "protocol/JsonReader.h"
#include "protocol/Limits.h"
#include "protocol/WireTime.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject LoginRequest::toJson() const
{
    return { { "username"_L1, username }, { "password"_L1, password } };
}

std::expected<LoginRequest, DecodeError> LoginRequest::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    LoginRequest request;
    request.username = r.id("username"_L1);
    request.password = r.string("password"_L1, kMaxPasswordChars);
    return r.finish(std::move(request));
}

QJsonObject LoginReply::toJson() const
{
    return { { "token"_L1, token }, { "expiresAt"_L1, toWireTime(expiresAt) },
        { "agent"_L1, agent.toJson() } };
}

std::expected<LoginReply, DecodeError> LoginReply::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    LoginReply reply;
    reply.token = r.string("token"_L1, kMaxTokenChars);
    reply.expiresAt = r.timestamp("expiresAt"_L1);
    const QJsonObject agent = r.object("agent"_L1);
    if (!r.ok())
        return r.finish(std::move(reply));
    auto decoded = Agent::fromJson(agent, u"agent"_s);
    if (!decoded)
        return std::unexpected(decoded.error());
    reply.agent = std::move(*decoded);
    return reply;
}

} // namespace switchboard::protocol
