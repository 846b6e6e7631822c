#include "server/LoginEndpoint.h"

#include "protocol/Frame.h"
#include "protocol/LoginRequest.h"
#include "server/AgentLookup.h"
#include "server/ServerLogging.h"

#include <QJsonDocument>

namespace switchboard::server {

using namespace Qt::StringLiterals;
namespace ErrorCode = protocol::ErrorCode;

LoginEndpoint::LoginEndpoint(
    ServerStorage& storage, TokenIssuer& tokens, PasswordHasher& hasher, QObject* parent)
    : QObject(parent)
    , storage_(storage)
    , tokens_(tokens)
    , hasher_(hasher)
{
}

void LoginEndpoint::handle(const HttpRequest& request, const HttpResponder& respond)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        respond(HttpResponse::error(
            400, QString(ErrorCode::BadFrame), u"The body must be a JSON object."_s));
        return;
    }
    auto login = protocol::LoginRequest::fromJson(document.object());
    if (!login) {
        respond(HttpResponse::error(400, QString(ErrorCode::BadFrame), login.error().toString()));
        return;
    }
    const QString address = request.peer.toString();
    if (auto wait
        = throttle_.retryAfter(login->username, address, QDateTime::currentDateTimeUtc())) {
        qCInfo(lcAuth) << "login of" << login->username << "from" << address << "throttled";
        respond(HttpResponse::error(429, QString(ErrorCode::RateLimited),
            u"Too many failed logins; try again in %1 s."_s.arg(*wait))
                    .withHeader("Retry-After"_ba, QByteArray::number(*wait)));
        return;
    }
    auto user = storage_.user(login->username);
    if (!user) {
        qCWarning(lcStorage) << "user lookup failed:" << user.error().message;
        respond(HttpResponse::error(
            503, QString(ErrorCode::Internal), u"The server cannot read its storage."_s));
        return;
    }
    const QString hash = *user ? (*user)->passwordHash : QString();
    hasher_.verifyLater(hash, login->password, this,
        [this, username = login->username, found = *user, address, respond](
            bool ok) { finish(username, found, address, ok, respond); });
}

void LoginEndpoint::finish(const QString& username, const std::optional<UserRecord>& user,
    const QString& address, bool passwordOk, const HttpResponder& respond)
{
    if (!user || !passwordOk) {
        qCInfo(lcAuth) << "login of" << username << "from" << address << "refused";
        throttle_.recordFailure(username, address, QDateTime::currentDateTimeUtc());
        respond(HttpResponse::error(
            401, QString(ErrorCode::BadCredentials), u"The user name or password is wrong."_s));
        return;
    }
    auto issued = tokens_.issue(user->username);
    auto agent = AgentLookup::forUser(storage_, *user, QString(protocol::kLiveSpace));
    if (!issued || !agent) {
        respond(HttpResponse::error(
            503, QString(ErrorCode::Internal), u"The server cannot write its storage."_s));
        return;
    }
    qCInfo(lcAuth) << user->username << "logged in from" << address;
    const protocol::LoginReply reply { issued->token, issued->expiresAt, *agent };
    respond(HttpResponse::json(200, reply.toJson()));
}

} // namespace switchboard::server
