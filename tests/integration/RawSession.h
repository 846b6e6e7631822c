// A sync session spoken by hand, for sending what a well-behaved client never would:
// frames as raw text or bytes, and (rawTextFrame) a text frame whose bytes are not UTF-8,
// which QWebSocket cannot send, written straight onto a TCP socket after a hand-made
// upgrade. Collects every frame the server answers and how it closed.
#pragma once

#include "protocol/Frame.h"
#include "protocol/HelloFrame.h"
#include "protocol/Limits.h"
#include "sync/SyncEndpoint.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>

#include <optional>

namespace switchboard::testing {

using namespace Qt::StringLiterals;

class RawSession {
public:
    explicit RawSession(const QUrl& server)
    {
        socket_.setMaxAllowedIncomingMessageSize(protocol::kMaxFrameBytes * 2);
        QObject::connect(&socket_, &QWebSocket::textMessageReceived, [this](const QString& t) {
            auto frame = protocol::parseFrame(t.toUtf8());
            frames_.append(frame ? frame->object : QJsonObject { { "type"_L1, u"<bad>"_s } });
        });
        QObject::connect(
            &socket_, &QWebSocket::disconnected, [this] { closeCode_ = int(socket_.closeCode()); });
        socket_.open(sync::SyncEndpoint { server, {}, {} }.syncUrl());
    }

    bool waitOpen()
    {
        return QTest::qWaitFor(
            [this] { return socket_.state() == QAbstractSocket::ConnectedState; }, 5'000);
    }
    // Hello, and everything up to synced.
    bool join(const QString& token, qint64 lastSeq)
    {
        protocol::HelloFrame hello;
        hello.token = token;
        hello.space = protocol::kLiveSpace;
        hello.lastSeq = lastSeq;
        send(hello.toJson());
        return take(u"synced"_s).has_value();
    }
    void send(const QJsonObject& frame) { sendText(protocol::frameText(frame)); }
    void sendText(const QByteArray& utf8) { socket_.sendTextMessage(QString::fromUtf8(utf8)); }
    void sendBinary(const QByteArray& bytes) { socket_.sendBinaryMessage(bytes); }

    // The next frame of `type`, skipping (and dropping) the frames before it.
    std::optional<QJsonObject> take(const QString& type, int timeoutMs = 10'000)
    {
        std::optional<QJsonObject> found;
        (void)QTest::qWaitFor(
            [&] {
                while (!frames_.isEmpty()) {
                    QJsonObject frame = frames_.takeFirst();
                    if (frame.value("type"_L1).toString() == type) {
                        found = frame;
                        return true;
                    }
                }
                return closeCode_.has_value();
            },
            timeoutMs);
        return found;
    }
    std::optional<int> closeCode() const { return closeCode_; }

    // A text frame carrying `payload` as it is, on a connection of its own; returns the
    // close code the server answered with (nullopt: it kept the connection open).
    static std::optional<int> rawTextFrame(quint16 port, const QByteArray& payload)
    {
        QTcpSocket tcp;
        tcp.connectToHost(QHostAddress::LocalHost, port);
        if (!tcp.waitForConnected(5'000))
            return -1;
        tcp.write("GET /sync HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  "Sec-WebSocket-Version: 13\r\n\r\n");
        QByteArray response;
        while (!response.contains("\r\n\r\n") && tcp.waitForReadyRead(5'000))
            response += tcp.readAll();
        if (!response.startsWith("HTTP/1.1 101"))
            return -1;
        QByteArray frame;
        frame.append(char(0x81)); // FIN, text
        frame.append(char(0x80 | payload.size())); // masked, short payload
        const quint32 mask = QRandomGenerator::global()->generate();
        for (int i = 0; i < 4; ++i)
            frame.append(char((mask >> (8 * i)) & 0xff));
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload.at(i) ^ frame.at(2 + i % 4)));
        tcp.write(frame);
        QByteArray answer;
        while (tcp.waitForReadyRead(2'000))
            answer += tcp.readAll();
        // A close frame: 0x88, length, then the code in network order.
        const qsizetype at = answer.indexOf(char(0x88));
        if (at < 0 || answer.size() < at + 4)
            return std::nullopt;
        return (quint8(answer.at(at + 2)) << 8) | quint8(answer.at(at + 3));
    }

private:
    QWebSocket socket_;
    QList<QJsonObject> frames_;
    std::optional<int> closeCode_;
};

} // namespace switchboard::testing
