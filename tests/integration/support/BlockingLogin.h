// LoginClient, waited for: tests and the soak client need a token before anything else.
#pragma once

#include "protocol/LoginRequest.h"

#include <QUrl>

#include <expected>

namespace switchboard::testing {

class BlockingLogin {
public:
    static constexpr int kTimeoutMs = 20'000;
    static std::expected<protocol::LoginReply, QString> login(
        const QUrl& server, const QString& username, const QString& password);
};

} // namespace switchboard::testing
