#include "EventLogReader.h"

#include "protocol/EventsFrame.h"
#include "protocol/Frame.h"
#include "protocol/HelloFrame.h"
#include "protocol/Limits.h"
#include "protocol/SyncedFrame.h"
#include "protocol/WelcomeFrame.h"
#include "sync/SyncEndpoint.h"

#include <QEventLoop>
#include <QTimer>
#include <QWebSocket>

namespace switchboard::testing {

using namespace Qt::StringLiterals;
namespace FrameType = protocol::FrameType;

std::expected<EventLog, QString> EventLogReader::read(
    const QUrl& server, const QString& token, const QString& space)
{
    sync::SyncEndpoint endpoint { server, token, space };
    QWebSocket socket;
    socket.setMaxAllowedIncomingMessageSize(protocol::kMaxFrameBytes);
    QEventLoop loop;
    EventLog log;
    std::optional<QString> failure;
    bool done = false;
    auto fail = [&](const QString& why) {
        failure = why;
        loop.quit();
    };
    QObject::connect(&socket, &QWebSocket::connected, &loop, [&] {
        protocol::HelloFrame hello;
        hello.token = token;
        hello.space = space;
        hello.lastSeq = 0;
        socket.sendTextMessage(QString::fromUtf8(protocol::frameText(hello.toJson())));
    });
    QObject::connect(
        &socket, &QWebSocket::disconnected, &loop, [&] { fail(u"disconnected before synced"_s); });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, [&](const QString& text) {
        auto frame = protocol::parseFrame(text.toUtf8());
        if (!frame)
            return fail(frame.error().toString());
        if (frame->type == FrameType::Welcome) {
            auto welcome = protocol::WelcomeFrame::fromJson(frame->object);
            if (!welcome)
                return fail(welcome.error().toString());
            log.resync = welcome->resync;
        } else if (frame->type == FrameType::Events) {
            auto events = protocol::EventsFrame::fromJson(frame->object);
            if (!events)
                return fail(events.error().toString());
            log.events.append(events->events);
        } else if (frame->type == FrameType::Synced) {
            auto synced = protocol::SyncedFrame::fromJson(frame->object);
            if (!synced)
                return fail(synced.error().toString());
            log.syncedSeq = synced->seq;
            done = true;
            loop.quit();
        } else if (frame->type == FrameType::Error) {
            return fail(u"error frame: "_s + text);
        }
    });
    QTimer::singleShot(kTimeoutMs, &loop, [&] { fail(u"no synced in time"_s); });
    socket.open(endpoint.syncUrl());
    loop.exec();
    socket.disconnect(&loop);
    socket.close();
    if (!done)
        return std::unexpected(failure.value_or(u"stopped"_s));
    return log;
}

} // namespace switchboard::testing
