#include "bench/fanout/SwitchboardTarget.h"

#include "protocol/Command.h"
#include "protocol/CommandFrame.h"
#include "protocol/Event.h"
#include "protocol/Frame.h"
#include "protocol/HelloFrame.h"
#include "protocol/LoginRequest.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>

namespace switchboard::bench {

using namespace Qt::StringLiterals;

namespace {
const QString kUser = u"bench-admin"_s;
const QString kPassword = u"fan-out bench password"_s;
const QString kConversation = u"con-0000001"_s;
} // namespace

SwitchboardTarget::SwitchboardTarget(QString serverBinary)
    : binary_(std::move(serverBinary))
{
}

QString SwitchboardTarget::runAdmin(const QStringList& arguments, const QByteArray& input)
{
    QProcess admin;
    admin.setProcessChannelMode(QProcess::MergedChannels);
    admin.start(binary_, arguments + QStringList { u"--data-dir"_s, dir_.path() });
    admin.write(input);
    admin.closeWriteChannel();
    if (!admin.waitForFinished(120000) || admin.exitStatus() != QProcess::NormalExit
        || admin.exitCode() != 0) {
        return arguments.join(u' ') + u" failed: "_s + QString::fromUtf8(admin.readAll());
    }
    return {};
}

QString SwitchboardTarget::start()
{
    if (!dir_.isValid())
        return u"no temporary folder"_s;
    QString error = runAdmin({ u"seed-demo"_s, u"--customers"_s, u"200"_s, u"--messages"_s,
        u"400"_s, u"--seed"_s, u"7"_s });
    if (error.isEmpty())
        error = runAdmin({ u"user"_s, u"add"_s, u"--username"_s, kUser, u"--name"_s,
                             u"Fan-out Bench"_s, u"--role"_s, u"admin"_s },
            kPassword.toUtf8() + '\n');
    if (!error.isEmpty())
        return error;
    port_ = process_.start(binary_,
        { u"serve"_s, u"--data-dir"_s, dir_.path(), u"--listen"_s, u"127.0.0.1"_s, u"--port"_s,
            u"0"_s, u"--port-file"_s, dir_.filePath(u"port"_s) },
        dir_.filePath(u"port"_s));
    if (port_ == 0)
        return process_.error();
    return login();
}

QString SwitchboardTarget::login()
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/api/v1/login"_s.arg(port_)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const protocol::LoginRequest body { kUser, kPassword };
    QNetworkReply* reply = network.post(request, QJsonDocument(body.toJson()).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    auto decoded = protocol::LoginReply::fromJson(QJsonDocument::fromJson(answer).object());
    if (!decoded)
        return u"login failed: "_s + QString::fromUtf8(answer);
    token_ = decoded->token;
    return {};
}

QUrl SwitchboardTarget::url() const
{
    return QUrl(u"ws://127.0.0.1:%1/sync"_s.arg(port_));
}

QByteArray SwitchboardTarget::openingFrame() const
{
    // lastSeq at the current end would skip catch-up; from 0 the clients load the small
    // demo set first, as a desktop's first start does.
    protocol::HelloFrame hello;
    hello.token = token_;
    hello.space = QString(protocol::kLiveSpace);
    return protocol::frameText(hello.toJson());
}

bool SwitchboardTarget::isReady(const QByteArray& frame) const
{
    return frame.contains(R"("type":"synced")");
}

QByteArray SwitchboardTarget::injection(qint64 k) const
{
    const QString marker = QString::fromLatin1(injectionMarker(k));
    const QJsonObject payload { { u"conversationId"_s, kConversation },
        { u"messageId"_s, QString(u"msg-fanout-"_s + QString::number(k)) },
        { u"body"_s, QString(marker + u" a note the load sends to measure delivery"_s) } };
    const protocol::Command note = protocol::Command::make(protocol::CommandType::AddNote, payload);
    return protocol::frameText(protocol::CommandFrame { note }.toJson());
}

} // namespace switchboard::bench
