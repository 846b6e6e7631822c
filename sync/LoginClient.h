// `POST /api/v1/login` for the desktop's login dialog: a user name and password in, a
// LoginReply (bearer token, expiry, the agent) or a LoginError out. Asynchronous, on the
// thread the object lives in; the dialog never waits on the network.
//
// Knows nothing of the sync session: the token it returns goes into a SyncEndpoint.
#pragma once

#include "protocol/LoginRequest.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <expected>
#include <optional>

namespace switchboard::sync {

struct LoginError {
    enum class Kind {
        BadCredentials, // 401: wrong user name or password (the server does not say which)
        RateLimited, // 429: too many failures; try again after retryAfterSeconds
        Unreachable, // no answer: server down, wrong address, timeout
        BadReply, // an answer that is not the documented one
    };
    Kind kind = Kind::Unreachable;
    QString code; // the server's error code when it sent one (protocol::ErrorCode)
    QString message; // for logs and, lacking a translation of `kind`, for the user
    int httpStatus = 0; // 0 when no HTTP answer came
    std::optional<int> retryAfterSeconds;
};

class LoginClient : public QObject {
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 15'000;

    explicit LoginClient(QObject* parent = nullptr);

    // Reads a login answer: the HTTP status, its body and its Retry-After header.
    static std::expected<protocol::LoginReply, LoginError> interpret(
        int httpStatus, const QByteArray& body, const QByteArray& retryAfter = {});

public Q_SLOTS:
    // `server` is the base URL, http://host:port. One of the signals follows.
    void login(const QUrl& server, const QString& username, const QString& password);

Q_SIGNALS:
    void loggedIn(const switchboard::protocol::LoginReply& reply);
    void loginFailed(const switchboard::sync::LoginError& error);

private:
    QNetworkAccessManager network_;
};

} // namespace switchboard::sync

Q_DECLARE_METATYPE(switchboard::sync::LoginError)
Q_DECLARE_METATYPE(switchboard::protocol::LoginReply)
