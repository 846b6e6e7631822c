// The session protocol as a desktop meets it over a real WebSocket: hello and its refusals,
// catch-up in batches ended by synced, resync, limits on frames, and signals.
#include "ServerTestSupport.h"
#include "protocol/Limits.h"
#include "server/TokenIssuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace switchboard::server;
using namespace switchboard::server::test;
using namespace Qt::StringLiterals;

class TestServerSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> server_;

    qint64 liveSeq()
    {
        return httpGet(server_->port, "/health").json().value("liveSeq"_L1).toInteger();
    }

    // Every event in the events frames from `client`'s next frame up to synced; checks the
    // frames are at most kMaxBatchEvents each.
    QList<QJsonObject> catchUpEvents(SyncClient& client, bool snapshot, qsizetype* frameCount)
    {
        QList<QJsonObject> events;
        *frameCount = 0;
        while (auto frame = client.take()) {
            const QString type = frame->value("type"_L1).toString();
            if (type == "synced"_L1) {
                client.next -= 1; // leave synced for the caller
                break;
            }
            if (type != "events"_L1)
                continue;
            ++*frameCount;
            const QJsonArray batch = frame->value("events"_L1).toArray();
            if (batch.size() > switchboard::protocol::kMaxBatchEvents
                || frame->value("snapshot"_L1).toBool() != snapshot)
                return {};
            for (const QJsonValue& event : batch)
                events.append(event.toObject());
        }
        return events;
    }

private Q_SLOTS:
    void init()
    {
        server_ = InProcessServer::start();
        QVERIFY(server_);
    }
    void cleanup() { server_.reset(); }

    void helloGetsWelcomeThenTheWholeLogThenSynced()
    {
        const qint64 current = liveSeq();
        SyncClient client(server_->port);
        QVERIFY(client.open());
        QVERIFY(client.hello(login(server_->port, u"agent-1"_s)));
        const auto welcome = client.take();
        QVERIFY(welcome);
        QCOMPARE(welcome->value("type"_L1).toString(), u"welcome"_s);
        QCOMPARE(welcome->value("currentSeq"_L1).toInteger(), current);
        QCOMPARE(welcome->value("resync"_L1).toBool(), false);
        QCOMPARE(welcome->value("agent"_L1).toObject().value("id"_L1).toString(), u"agent-1"_s);
        qsizetype frames = 0;
        const QList<QJsonObject> events = catchUpEvents(client, false, &frames);
        QCOMPARE(events.size(), current);
        for (qsizetype i = 0; i < events.size(); ++i)
            QCOMPARE(events.at(i).value("seq"_L1).toInteger(), i + 1); // gap-free, in order
        const auto synced = client.take();
        QCOMPARE(synced->value("type"_L1).toString(), u"synced"_s);
        QCOMPARE(synced->value("seq"_L1).toInteger(), current);
    }

    void catchUpStartsAfterTheClientsCursor()
    {
        const qint64 current = liveSeq();
        SyncClient client(server_->port);
        QVERIFY(client.open());
        QVERIFY(client.hello(login(server_->port, u"agent-1"_s), current - 5));
        client.take(); // welcome
        qsizetype frames = 0;
        const QList<QJsonObject> events = catchUpEvents(client, false, &frames);
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.first().value("seq"_L1).toInteger(), current - 4);
        QCOMPARE(client.take()->value("seq"_L1).toInteger(), current);
    }

    void largeCatchUpComesInBatchesOf1000AndLiveEventsFollowSynced()
    {
        server_.reset();
        server_ = InProcessServer::start(400, 2000);
        QVERIFY(server_);
        const qint64 current = liveSeq();
        QVERIFY(current > 2500);

        SyncClient other(server_->port);
        QVERIFY(other.join(u"agent-3"_s) == current);
        SyncClient client(server_->port);
        QVERIFY(client.open());
        client.send(QJsonObject { { "type"_L1, u"hello"_s }, { "protocol"_L1, u"1.0"_s },
            { "token"_L1, login(server_->port, u"agent-1"_s) }, { "space"_L1, u"live"_s },
            { "lastSeq"_L1, 0 } });
        QVERIFY(client.takeType("welcome"_L1));
        // A live event while the catch-up is under way.
        const auto ack = other.command(commandFrame(u"conversation.addTag"_s,
            { { "conversationId"_L1, QString(kUnassigned) }, { "tag"_L1, u"Incident"_s } }));
        QCOMPARE(ack->value("type"_L1).toString(), u"ack"_s);

        qsizetype frames = 0;
        const QList<QJsonObject> events = catchUpEvents(client, false, &frames);
        QCOMPARE(events.size(), current);
        QCOMPARE(frames, (current + 999) / 1000);
        QCOMPARE(client.take()->value("seq"_L1).toInteger(), current); // synced
        const auto live = client.takeType("events"_L1);
        QVERIFY(live);
        QCOMPARE(live->value("events"_L1).toArray().first().toObject().value("seq"_L1).toInteger(),
            current + 1);
    }

    void noEventsFrameIsOverTheFrameLimit()
    {
        auto storage = server_->openStorage();
        WriteBatch batch;
        batch.space = u"live"_s;
        for (int i = 0; i < 40; ++i) {
            const QJsonObject message { { "id"_L1, u"msg-big-%1"_s.arg(i) },
                { "conversationId"_L1, QString(kOfAgent1) },
                { "customerId"_L1, QString(kCustomerA) }, { "direction"_L1, u"in"_s },
                { "authorId"_L1, QString(kCustomerA) }, { "channel"_L1, u"email"_s },
                { "body"_L1, QString(60000, u'ğ') },
                { "sentAt"_L1, u"2026-11-24T09:00:00.000Z"_s } };
            batch.events.append(PendingEvent { u"message.added"_s,
                message.value("id"_L1).toString(), message, QDateTime::currentDateTimeUtc() });
        }
        QVERIFY(storage->commit(batch));
        const qint64 current = liveSeq();
        SyncClient client(server_->port);
        QVERIFY(client.open());
        const bool synced = client.hello(login(server_->port, u"agent-1"_s), current - 40);
        QVERIFY2(synced, qPrintable(QString::number(client.frames.size())));
        qsizetype events = 0;
        while (auto frame = client.take()) {
            if (frame->value("type"_L1).toString() == "synced"_L1)
                break;
            if (frame->value("type"_L1).toString() != "events"_L1)
                continue;
            QVERIFY(QJsonDocument(*frame).toJson(QJsonDocument::Compact).size()
                <= switchboard::protocol::kMaxFrameBytes);
            events += frame->value("events"_L1).toArray().size();
        }
        QCOMPARE(events, 40);
    }

    void clientAheadOfTheServerGetsASnapshot()
    {
        const qint64 current = liveSeq();
        SyncClient client(server_->port);
        QVERIFY(client.open());
        QVERIFY(client.hello(login(server_->port, u"agent-1"_s), current + 100));
        const auto welcome = client.take();
        QCOMPARE(welcome->value("resync"_L1).toBool(), true);
        qsizetype frames = 0;
        const QList<QJsonObject> events = catchUpEvents(client, true, &frames);
        QVERIFY(!events.isEmpty());
        QVERIFY(events.size() < current + 1);
        for (qsizetype i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i).value("seq"_L1).toInteger()
                > events.at(i - 1).value("seq"_L1).toInteger());
        QCOMPARE(client.take()->value("seq"_L1).toInteger(), current);
    }

    void framesBeforeHelloAreRefused()
    {
        SyncClient client(server_->port);
        QVERIFY(client.open());
        client.send(commandFrame(u"agent.setPresence"_s, { { "presence"_L1, u"busy"_s } }));
        const auto error = client.take();
        QCOMPARE(error->value("code"_L1).toString(), u"not_authenticated"_s);
        QVERIFY(client.hello(login(server_->port, u"agent-1"_s))); // the session stays
    }

    void helloWithABadTokenIsRefusedAndTheSessionStays()
    {
        SyncClient client(server_->port);
        QVERIFY(client.open());
        QVERIFY(!client.hello(u"sbt_not-a-token"_s));
        QCOMPARE(client.take()->value("code"_L1).toString(), u"bad_token"_s);
        QVERIFY(client.hello(login(server_->port, u"agent-1"_s)));
    }

    void helloWithAnExpiredTokenIsRefused()
    {
        auto storage = server_->openStorage();
        QVERIFY(storage->saveToken(TokenIssuer::digest(u"sbt_expired"_s),
            { u"agent-1"_s, QDateTime::currentDateTimeUtc().addSecs(-1) }));
        SyncClient client(server_->port);
        QVERIFY(client.open());
        QVERIFY(!client.hello(u"sbt_expired"_s));
        const auto error = client.take();
        QCOMPARE(error->value("code"_L1).toString(), u"token_expired"_s);
        QCOMPARE(error->value("field"_L1).toString(), u"token"_s);
        QVERIFY(client.quietFor(100));
        QVERIFY(!client.closeCode);
    }

    void helloOfAnotherMajorVersionIsRefusedAndClosed()
    {
        SyncClient client(server_->port);
        QVERIFY(client.open());
        client.send(QJsonObject { { "type"_L1, u"hello"_s }, { "protocol"_L1, u"2.0"_s },
            { "token"_L1, login(server_->port, u"agent-1"_s) }, { "space"_L1, u"live"_s },
            { "lastSeq"_L1, 0 } });
        QCOMPARE(client.take()->value("code"_L1).toString(), u"unsupported_version"_s);
        QVERIFY(client.waitClosed());
        QCOMPARE(*client.closeCode, QWebSocketProtocol::CloseCodeProtocolError);
    }

    void helloForAnUnknownSpaceIsRefused()
    {
        SyncClient client(server_->port);
        QVERIFY(client.open());
        QVERIFY(!client.hello(login(server_->port, u"agent-1"_s), 0, u"training-42"_s));
        const auto error = client.take();
        QCOMPARE(error->value("code"_L1).toString(), u"unknown_space"_s);
        QCOMPARE(error->value("field"_L1).toString(), u"space"_s);
    }

    void overSizeFrameIsRefusedAndTheSessionGoesOn()
    {
        SyncClient client(server_->port);
        QVERIFY(client.join(u"agent-1"_s) > 0);
        const QString big = u"{\"type\":\"signal\",\"pad\":\""_s
            + QString(switchboard::protocol::kMaxFrameBytes, u'x') + u"\"}"_s;
        client.sendText(big);
        const auto error = client.takeType("error"_L1, 10000);
        QVERIFY(error);
        QCOMPARE(error->value("code"_L1).toString(), u"frame_too_large"_s);
        const auto ack = client.command(
            commandFrame(u"agent.setPresence"_s, { { "presence"_L1, u"busy"_s } }));
        QCOMPARE(ack->value("type"_L1).toString(), u"ack"_s);
    }

    void malformedFramesGetErrorsNamingTheField()
    {
        SyncClient client(server_->port);
        QVERIFY(client.join(u"agent-1"_s) > 0);
        client.send(QJsonObject { { "type"_L1, u"command"_s },
            { "command"_L1,
                QJsonObject { { "id"_L1, u"1b4e28ba-2fa1-41d2-883f-0016d3cca427"_s },
                    { "type"_L1, u"conversation.addTag"_s } } } });
        // Its id is readable: rejected by id, naming the field, so the sender's outbox can
        // let it go.
        auto error = client.take();
        QCOMPARE(error->value("type"_L1).toString(), u"reject"_s);
        QCOMPARE(error->value("id"_L1).toString(), u"1b4e28ba-2fa1-41d2-883f-0016d3cca427"_s);
        QCOMPARE(error->value("code"_L1).toString(), u"invalid"_s);
        QCOMPARE(error->value("reason"_L1).toString(), u"command.payload"_s);
        // No readable id: an error frame, naming the field.
        client.send(QJsonObject { { "type"_L1, u"command"_s },
            { "command"_L1,
                QJsonObject { { "id"_L1, 42 }, { "type"_L1, u"conversation.addTag"_s } } } });
        error = client.take();
        QCOMPARE(error->value("code"_L1).toString(), u"bad_frame"_s);
        QCOMPARE(error->value("field"_L1).toString(), u"command.id"_s);

        client.sendText(u"{\"type\": \"command\", "_s); // truncated JSON
        QCOMPARE(client.take()->value("code"_L1).toString(), u"bad_frame"_s);
        client.send(QJsonObject { { "type"_L1, u"welcome"_s } });
        error = client.take();
        QCOMPARE(error->value("code"_L1).toString(), u"unknown_frame"_s);
        QCOMPARE(error->value("field"_L1).toString(), u"type"_s);
        client.sendBinary("\x01\x02");
        QCOMPARE(client.take()->value("code"_L1).toString(), u"bad_frame"_s);
        client.send(QJsonObject { { "type"_L1, u"signal"_s }, { "kind"_L1, u"dancing"_s },
            { "conversationId"_L1, QString(kUnassigned) } });
        error = client.take();
        QCOMPARE(error->value("field"_L1).toString(), u"kind"_s);
        QVERIFY(!client.closeCode);
    }

    void tenBadFramesInAMinuteCloseTheSessionWith1008()
    {
        SyncClient client(server_->port);
        QVERIFY(client.open());
        for (int i = 0; i < 10; ++i)
            client.sendText(u"garbage"_s);
        QVERIFY(client.waitClosed());
        QCOMPARE(*client.closeCode, QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(client.frames.size(), 10); // each got its error first
    }

    void theDemoTrafficReachesConnectedDesktops()
    {
        SyncClient desk(server_->port);
        const qint64 synced = desk.join(u"agent-1"_s);
        QVERIFY(synced > 0);
        DemoTrafficOptions options;
        options.minIntervalMs = 5;
        options.maxIntervalMs = 10;
        QVERIFY(server_->server->startDemoTraffic(options));
        const auto live = desk.takeType("events"_L1);
        QVERIFY(live);
        QCOMPARE(live->value("events"_L1).toArray().first().toObject().value("seq"_L1).toInteger(),
            synced + 1);
    }

    void signalsReachTheOthersWithWhoAndWhenAndAreNotLogged()
    {
        const qint64 before = liveSeq();
        SyncClient sender(server_->port);
        SyncClient watcher(server_->port);
        QVERIFY(sender.join(u"agent-1"_s) > 0);
        QVERIFY(watcher.join(u"agent-4"_s) > 0);
        sender.send(QJsonObject { { "type"_L1, u"signal"_s }, { "kind"_L1, u"typing"_s },
            { "conversationId"_L1, QString(kUnassigned) } });
        const auto signal = watcher.takeType("signal"_L1);
        QVERIFY(signal);
        QCOMPARE(signal->value("agentId"_L1).toString(), u"agent-1"_s);
        QCOMPARE(signal->value("kind"_L1).toString(), u"typing"_s);
        QVERIFY(signal->contains("at"_L1));
        QVERIFY(sender.quietFor(100));
        QCOMPARE(liveSeq(), before);
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_serversync.moc"
