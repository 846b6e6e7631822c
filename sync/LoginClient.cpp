#include "sync/LoginClient.h"

#include "protocol/Frame.h"
#include "protocol/Limits.h"
#include "sync/SyncEndpoint.h"
#include "sync/SyncLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace switchboard::sync {

using namespace Qt::StringLiterals;

namespace {

constexpr int kHttpOk = 200;
constexpr int kHttpUnauthorized = 401;
constexpr int kHttpTooManyRequests = 429;

LoginError badReply(int status, QString message)
{
    return LoginError { LoginError::Kind::BadReply, {}, std::move(message), status, {} };
}

} // namespace

LoginClient::LoginClient(QObject* parent)
    : QObject(parent)
{
}

std::expected<protocol::LoginReply, LoginError> LoginClient::interpret(
    int httpStatus, const QByteArray& body, const QByteArray& retryAfter)
{
    if (body.size() > protocol::kMaxFrameBytes)
        return std::unexpected(badReply(httpStatus, u"login answer is over-size"_s));
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::unexpected(
            badReply(httpStatus, u"login answer (HTTP %1) is not a JSON object"_s.arg(httpStatus)));
    const QJsonObject object = document.object();
    if (httpStatus == kHttpOk) {
        auto reply = protocol::LoginReply::fromJson(object);
        if (!reply)
            return std::unexpected(badReply(httpStatus, reply.error().toString()));
        return *reply;
    }
    const QJsonObject error = object.value("error"_L1).toObject();
    LoginError failure { LoginError::Kind::BadReply, error.value("code"_L1).toString(),
        error.value("message"_L1).toString(), httpStatus, {} };
    if (httpStatus == kHttpUnauthorized) {
        failure.kind = LoginError::Kind::BadCredentials;
    } else if (httpStatus == kHttpTooManyRequests) {
        failure.kind = LoginError::Kind::RateLimited;
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            failure.retryAfterSeconds = seconds;
    }
    if (failure.message.isEmpty())
        failure.message = u"login refused with HTTP %1"_s.arg(httpStatus);
    return std::unexpected(failure);
}

void LoginClient::login(const QUrl& server, const QString& username, const QString& password)
{
    QNetworkRequest request(SyncEndpoint::loginUrl(server));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(kTimeoutMs);
    const protocol::LoginRequest body { username, password };
    QNetworkReply* reply = network_.post(request, protocol::frameText(body.toJson()));
    connect(reply, &QNetworkReply::finished, this, [this, reply, username] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            qCWarning(lcSyncLogin)
                << "login of" << username << "got no answer:" << reply->errorString();
            Q_EMIT loginFailed(
                LoginError { LoginError::Kind::Unreachable, {}, reply->errorString(), 0, {} });
            return;
        }
        auto result = interpret(status.toInt(), reply->readAll(), reply->rawHeader("Retry-After"));
        if (!result) {
            qCInfo(lcSyncLogin) << "login of" << username << "refused:" << result.error().code
                                << result.error().message;
            Q_EMIT loginFailed(result.error());
            return;
        }
        qCInfo(lcSyncLogin) << "logged in as" << result->agent.id;
        Q_EMIT loggedIn(*result);
    });
}

} // namespace switchboard::sync
