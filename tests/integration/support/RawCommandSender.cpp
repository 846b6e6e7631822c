#include "RawCommandSender.h"

#include "protocol/AckFrame.h"
#include "protocol/CommandFrame.h"
#include "protocol/Frame.h"
#include "protocol/HelloFrame.h"
#include "sync/SyncEndpoint.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <QWebSocket>

namespace switchboard::testing {

bool RawCommandSender::send(
    const QUrl& server, const QString& token, qint64 lastSeq, const protocol::Command& command)
{
    QWebSocket socket;
    QEventLoop loop;
    bool acked = false;
    QObject::connect(&socket, &QWebSocket::connected, &loop, [&] {
        protocol::HelloFrame hello;
        hello.token = token;
        hello.space = protocol::kLiveSpace;
        hello.lastSeq = lastSeq;
        socket.sendTextMessage(QString::fromUtf8(protocol::frameText(hello.toJson())));
    });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, [&](const QString& text) {
        auto frame = protocol::parseFrame(text.toUtf8());
        if (!frame)
            return;
        if (frame->type == protocol::FrameType::Synced)
            socket.sendTextMessage(QString::fromUtf8(
                protocol::frameText(protocol::CommandFrame { command }.toJson())));
        if (frame->type == protocol::FrameType::Ack
            && protocol::AckFrame::fromJson(frame->object).value_or(protocol::AckFrame {}).commandId
                == command.id) {
            acked = true;
            loop.quit();
        }
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    socket.open(sync::SyncEndpoint { server, token, protocol::kLiveSpace }.syncUrl());
    loop.exec();
    socket.disconnect(&loop);
    socket.close();
    return acked;
}

} // namespace switchboard::testing
