// Bearer tokens: random (32 bytes from randombytes_buf, hex, prefixed "sbt_"), handed out
// at login and stored only as their SHA-256, with an expiry. check() turns a token from a
// hello back into its user, or says why not.
#pragma once

#include "server/ServerStorage.h"

#include <chrono>

namespace switchboard::server {

struct IssuedToken {
    QString token;
    QDateTime expiresAt;
};

enum class TokenProblem { Unknown, Expired, Storage };

class TokenIssuer {
public:
    TokenIssuer(ServerStorage& storage, std::chrono::seconds lifetime);

    StoreResult<IssuedToken> issue(const QString& username);
    std::expected<UserRecord, TokenProblem> check(const QString& token);

    static QByteArray digest(const QString& token);

private:
    ServerStorage& storage_;
    std::chrono::seconds lifetime_;
};

} // namespace switchboard::server
