// POST /api/v1/login: a user name and password in (protocol::LoginRequest), a token out
// (protocol::LoginReply). A wrong name or password both get the same 401 bad_credentials;
// LoginThrottle answers 429 rate_limited first when a name or address failed too often.
// The password check runs on PasswordHasher's worker threads.
#pragma once

#include "server/HttpRouter.h"
#include "server/LoginThrottle.h"
#include "server/PasswordHasher.h"
#include "server/TokenIssuer.h"

#include <QObject>

namespace switchboard::server {

class LoginEndpoint : public QObject {
    Q_OBJECT
public:
    LoginEndpoint(ServerStorage& storage, TokenIssuer& tokens, PasswordHasher& hasher,
        QObject* parent = nullptr);

    void handle(const HttpRequest& request, const HttpResponder& respond);

private:
    void finish(const QString& username, const std::optional<UserRecord>& user,
        const QString& address, bool passwordOk, const HttpResponder& respond);

    ServerStorage& storage_;
    TokenIssuer& tokens_;
    PasswordHasher& hasher_;
    LoginThrottle throttle_;
};

} // namespace switchboard::server
