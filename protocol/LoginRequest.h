// `POST /api/v1/login`: a user name and password in, an expiring bearer token out. The
// token goes into the hello of every WebSocket session until it expires.
#pragma once

#include "protocol/Agent.h"
#include "protocol/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

struct LoginRequest {
    QString username;
    QString password;

    QJsonObject toJson() const;
    static std::expected<LoginRequest, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const LoginRequest&) const = default;
};

struct LoginReply {
    QString token;
    QDateTime expiresAt;
    Agent agent;

    QJsonObject toJson() const;
    static std::expected<LoginReply, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const LoginReply&) const = default;
};

} // namespace switchboard::protocol
