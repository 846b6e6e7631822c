// A server that misbehaves: after a good welcome it sends one bad frame (not JSON, cut
// short, wrong types, over-size, binary, another space, a snapshot nobody asked for, a
// synced that claims more than was sent, a second welcome). The client must log it, drop
// the session without applying anything, and come back with a new hello from its cursor;
// never crash. A bad call frame is the exception: dropped, the session goes on. A scripted
// QWebSocketServer plays the server, since the real one does not misbehave on purpose.
#include "protocol/Agent.h"
#include "protocol/CallFrame.h"
#include "protocol/Frame.h"
#include "protocol/HelloFrame.h"
#include "protocol/Limits.h"
#include "protocol/WelcomeFrame.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using namespace switchboard;
using namespace Qt::StringLiterals;

namespace {

QByteArray welcome()
{
    protocol::WelcomeFrame frame;
    frame.space = protocol::kLiveSpace;
    frame.agent.id = u"agent-1"_s;
    frame.agent.name = u"Elif Demir"_s;
    frame.currentSeq = 0;
    return protocol::frameText(frame.toJson());
}

} // namespace

class TestSyncBadFrames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badFrameRestartsTheSession_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<bool>("binary");
        QTest::newRow("not json") << QByteArray("hello?") << false;
        QTest::newRow("cut short")
            << QByteArray("{\"type\":\"events\",\"space\":\"live\",\"ev") << false;
        QTest::newRow("not an object") << QByteArray("[1,2,3]") << false;
        QTest::newRow("no type") << QByteArray("{\"space\":\"live\"}") << false;
        QTest::newRow("wrong types")
            << QByteArray("{\"type\":\"events\",\"space\":\"live\",\"events\":\"many\"}") << false;
        QTest::newRow("bad event")
            << QByteArray("{\"type\":\"events\",\"space\":\"live\",\"events\":[{\"seq\":\"one\"}]}")
            << false;
        QTest::newRow("other space")
            << QByteArray("{\"type\":\"events\",\"space\":\"training-1\",\"events\":[]}") << false;
        QTest::newRow("unasked snapshot") << QByteArray(
            "{\"type\":\"events\",\"space\":\"live\",\"snapshot\":true,\"events\":["
            "{\"seq\":5,\"space\":\"live\",\"type\":\"tag.upserted\",\"entity\":\"x\","
            "\"at\":\"2026-11-24T09:15:02.120Z\",\"payload\":{\"name\":\"x\","
            "\"colour\":\"#ffffff\",\"category\":\"c\"}}]}")
                                          << false;
        QTest::newRow("synced beyond the events")
            << QByteArray("{\"type\":\"synced\",\"space\":\"live\",\"seq\":99}") << false;
        QTest::newRow("second welcome") << welcome() << false;
        QTest::newRow("bad ack") << QByteArray("{\"type\":\"ack\",\"id\":\"nope\",\"seq\":1}")
                                 << false;
        QTest::newRow("over-size")
            << QByteArray("{\"type\":\"error\",\"code\":\"x\",\"message\":\"")
                + QByteArray(protocol::kMaxFrameBytes + 10, 'a') + QByteArray("\"}")
            << false;
        QTest::newRow("binary") << QByteArray("\x01\x02\x03", 3) << true;
    }

    void badFrameRestartsTheSession()
    {
        QFETCH(QByteArray, frame);
        QFETCH(bool, binary);
        QTemporaryDir dir;
        auto opened = store::Store::open(dir.filePath(u"cache.db"_s));
        QVERIFY(opened);
        store::Store store = std::move(*opened);

        QWebSocketServer server(u"scripted"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        QList<qint64> hellos;
        connect(&server, &QWebSocketServer::newConnection, &server, [&] {
            QWebSocket* socket = server.nextPendingConnection();
            socket->setParent(&server);
            const int number = ++connections;
            connect(socket, &QWebSocket::textMessageReceived, socket,
                [&, socket, number](const QString& text) {
                    auto parsed = protocol::parseFrame(text.toUtf8());
                    if (!parsed || parsed->type != protocol::FrameType::Hello)
                        return;
                    hellos << protocol::HelloFrame::fromJson(parsed->object)->lastSeq;
                    socket->sendTextMessage(QString::fromUtf8(welcome()));
                    if (number > 1)
                        return; // the second session is left alone
                    if (binary)
                        socket->sendBinaryMessage(frame);
                    else
                        socket->sendTextMessage(QString::fromUtf8(frame));
                });
        });

        sync::SyncClient client(store,
            sync::RetryPolicy({ std::chrono::milliseconds(20), std::chrono::milliseconds(100) }));
        QSignalSpy changed(&client, &sync::SyncClient::changed);
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(server.serverPort());
        client.start({ url, u"sbt_x"_s, protocol::kLiveSpace });
        QTRY_COMPARE_WITH_TIMEOUT(connections, 2, 10'000);
        QTRY_COMPARE(hellos.size(), 2);
        QCOMPARE(hellos, (QList<qint64> { 0, 0 })); // hello again from the same cursor
        QCOMPARE(store.cursor(protocol::kLiveSpace).value(), 0);
        QVERIFY(changed.isEmpty()); // nothing of the bad frame was applied
        client.stop();
        QCOMPARE(client.state(), sync::SyncState::Offline);
    }

    // A call frame is no part of the log: a bad one is dropped with a warning, the session
    // goes on, and the next good one reaches the call pop.
    void badCallFrameIsIgnored()
    {
        QTemporaryDir dir;
        auto opened = store::Store::open(dir.filePath(u"cache.db"_s));
        QVERIFY(opened);
        store::Store store = std::move(*opened);

        protocol::CallFrame call;
        call.event = protocol::CallEvent::Offered;
        call.callId = u"pbx-7f3b"_s;
        call.direction = u"in"_s;
        call.from = u"anonymous"_s;
        call.to = u"4401"_s;
        call.withheld = true;
        call.agentId = u"agent-1"_s;
        QWebSocketServer server(u"scripted"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QWebSocketServer::newConnection, &server, [&] {
            QWebSocket* socket = server.nextPendingConnection();
            socket->setParent(&server);
            ++connections;
            connect(socket, &QWebSocket::textMessageReceived, socket, [&, socket](const QString&) {
                socket->sendTextMessage(QString::fromUtf8(welcome()));
                socket->sendTextMessage(u"{\"type\":\"call\",\"event\":\"rang\",\"callId\":\"x\","
                                        "\"direction\":\"in\",\"from\":\"1\",\"to\":\"2\"}"_s);
                socket->sendTextMessage(u"{\"type\":\"call\",\"event\":\"offered\"}"_s);
                socket->sendTextMessage(QString::fromUtf8(protocol::frameText(call.toJson())));
            });
        });

        sync::SyncClient client(store,
            sync::RetryPolicy({ std::chrono::milliseconds(20), std::chrono::milliseconds(100) }));
        QSignalSpy calls(&client, &sync::SyncClient::callReceived);
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(server.serverPort());
        const QRegularExpression dropped(u"^ignoring a bad call frame"_s);
        QTest::ignoreMessage(QtWarningMsg, dropped); // the unknown event
        QTest::ignoreMessage(QtWarningMsg, dropped); // the one without a callId
        client.start({ url, u"sbt_x"_s, protocol::kLiveSpace });
        QVERIFY(calls.wait(10'000));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).at(0).value<protocol::CallFrame>(), call);
        QTest::qWait(200); // a restart would show as a second connection by now
        QCOMPARE(connections, 1);
        QCOMPARE(client.state(), sync::SyncState::Syncing); // still the first session
        client.stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncBadFrames)
#include "tst_syncbadframes.moc"
