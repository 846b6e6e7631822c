#include "BlockingLogin.h"

#include "sync/LoginClient.h"

#include <QEventLoop>
#include <QTimer>

namespace switchboard::testing {

using namespace Qt::StringLiterals;

std::expected<protocol::LoginReply, QString> BlockingLogin::login(
    const QUrl& server, const QString& username, const QString& password)
{
    sync::LoginClient client;
    QEventLoop loop;
    std::expected<protocol::LoginReply, QString> result = std::unexpected(u"login timed out"_s);
    QObject::connect(
        &client, &sync::LoginClient::loggedIn, &loop, [&](const protocol::LoginReply& reply) {
            result = reply;
            loop.quit();
        });
    QObject::connect(
        &client, &sync::LoginClient::loginFailed, &loop, [&](const sync::LoginError& error) {
            result = std::unexpected(u"%1 (HTTP %2): %3"_s.arg(
                error.code, QString::number(error.httpStatus), error.message));
            loop.quit();
        });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    client.login(server, username, password);
    loop.exec();
    return result;
}

} // namespace switchboard::testing
