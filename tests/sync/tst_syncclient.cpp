// SyncClient against a real switchboard-server process (seeded demo data, real sockets):
// catch-up and live events land in the store; a command is acknowledged; a forbidden one
// is rolled back with a notice for the UI; a command resent after a lost ack or queued
// offline is applied once; a seq gap makes the client say hello again from its cursor; a
// cursor the server cannot continue from brings a full resync; the UI's state and pending
// count move as they should; a call the CTI webhook reports reaches the desktop; a dead
// server is retried with backoff, not in a loop; a bad token stops the retries.
#include "BlockingLogin.h"
#include "CanonicalDump.h"
#include "EventLogReader.h"
#include "RawCommandSender.h"
#include "SyncTestSupport.h"
#include "TcpCutProxy.h"
#include "protocol/CallFrame.h"
#include "protocol/Frame.h"
#include "protocol/SignalFrame.h"
#include "store/MessageRepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

using namespace switchboard;
using namespace switchboard::testing;
using sync::SyncState;
namespace CommandType = protocol::CommandType;

class TestSyncClient : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<ServerProcess> server_;
    QString adminToken_;
    QString agentToken_; // agent-1, an ordinary agent
    int stores_ = 0;

    std::unique_ptr<SyncedCache> newCache(sync::RetryPolicy retry
        = sync::RetryPolicy({ std::chrono::milliseconds(100), std::chrono::milliseconds(1000) }))
    {
        return SyncedCache::open(dir_.filePath(u"cache-%1.db"_s.arg(++stores_)), retry);
    }

    sync::SyncEndpoint endpoint(const QString& token) const
    {
        return { server_->url(), token, protocol::kLiveSpace };
    }

    qint64 serverSeq()
    {
        auto log = EventLogReader::read(server_->url(), adminToken_);
        return log ? log->syncedSeq : -1;
    }

    int countMessageEvents(const QString& messageId)
    {
        auto log = EventLogReader::read(server_->url(), adminToken_);
        return log ? log->count(protocol::EventType::MessageAdded, messageId) : -1;
    }

    bool sendBehindTheClientsBack(const protocol::Command& command)
    {
        return RawCommandSender::send(server_->url(), adminToken_, serverSeq(), command);
    }

    // A new CTI webhook token, as an admin would make one; empty when that failed.
    QByteArray rotateCtiToken()
    {
        QProcess cli;
        // ServerProcess serves the "data" folder of its directory.
        cli.start(QStringLiteral(SWITCHBOARD_SERVER_PATH),
            { u"cti"_s, u"rotate-token"_s, u"--data-dir"_s,
                QDir(server_->dataDir()).filePath(u"data"_s) });
        if (!cli.waitForFinished(30'000) || cli.exitCode() != 0)
            return {};
        return cli.readAllStandardOutput().trimmed();
    }

    // POSTs a CTI webhook as a PBX would; the HTTP status, or 0 when there was no answer.
    int postCti(const QByteArray& token, const QJsonObject& fields)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(
            server_->url().resolved(QUrl(u"/api/v1/cti/"_s + QString::fromLatin1(token))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply* reply = network.post(request, QJsonDocument(fields).toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
            return 0;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        server_ = std::make_unique<ServerProcess>(QStringLiteral(SWITCHBOARD_SERVER_PATH));
        QVERIFY(server_->isValid());
        auto seeded = server_->seedDemo(200, 1000, 7, kPassword);
        QVERIFY2(seeded, seeded ? "" : qPrintable(seeded.error()));
        auto added = server_->addUser(kAdminUser, u"Sync Admin"_s, u"admin"_s, kPassword);
        QVERIFY2(added, added ? "" : qPrintable(added.error()));
        auto started = server_->start();
        QVERIFY2(started, started ? "" : qPrintable(started.error()));
        auto admin = BlockingLogin::login(server_->url(), kAdminUser, kPassword);
        QVERIFY2(admin, admin ? "" : qPrintable(admin.error()));
        adminToken_ = admin->token;
        auto agent = BlockingLogin::login(server_->url(), u"agent-1"_s, kPassword);
        QVERIFY2(agent, agent ? "" : qPrintable(agent.error()));
        QCOMPARE(agent->agent.id, u"agent-1"_s);
        agentToken_ = agent->token;
    }

    void cleanupTestCase() { server_.reset(); }

    void init()
    {
        if (!server_->isRunning()) {
            auto started = server_->start();
            QVERIFY2(started, started ? "" : qPrintable(started.error()));
        }
    }

    void catchUpAndLiveEventsReachTheStore()
    {
        auto agent = newCache();
        QSignalSpy welcomed(agent->client.get(), &sync::SyncClient::welcomed);
        agent->client->start(endpoint(agentToken_));
        QVERIFY(agent->waitOnline());
        QCOMPARE(welcomed.size(), 1);
        QCOMPARE(welcomed.at(0).at(0).value<protocol::Agent>().id, u"agent-1"_s);
        const qint64 seq = serverSeq();
        QVERIFY(seq > 0);
        QCOMPARE(agent->cursor(), seq);
        QCOMPARE(agent->client->cursor(), seq);
        QVERIFY(agent->scalarText("SELECT COUNT(*) FROM customers").toInt() > 0);

        // Live: another client's note shows up here without asking.
        auto admin = newCache();
        admin->client->start(endpoint(adminToken_));
        QVERIFY(admin->waitOnline());
        QSignalSpy changed(agent->client.get(), &sync::SyncClient::changed);
        const QString conversation
            = admin->scalarText("SELECT id FROM conversations ORDER BY id LIMIT 1");
        const auto note = protocol::Command::make(CommandType::AddNote,
            onConversation(conversation,
                { { "messageId"_L1, u"msg-live-1"_s }, { "body"_L1, u"seen live"_s } }));
        QVERIFY(admin->client->submit(note));
        QTRY_VERIFY_WITH_TIMEOUT(
            agent->store->messages().exists(u"msg-live-1"_s).value_or(false), 10'000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(
            changed.constLast().at(0).value<store::ChangeSet>().messages.value(u"msg-live-1"_s),
            conversation);
        QCOMPARE(agent->client->state(), SyncState::Online);
    }

    void commandIsAcknowledged()
    {
        auto admin = newCache();
        admin->client->start(endpoint(adminToken_));
        QVERIFY(admin->waitOnline());
        const QString conversation
            = admin->scalarText("SELECT id FROM conversations ORDER BY id LIMIT 1 OFFSET 1");
        const auto tag = protocol::Command::make(
            CommandType::AddTag, onConversation(conversation, { { "tag"_L1, u"Acked"_s } }));
        QVERIFY(admin->client->submit(tag));
        QCOMPARE(admin->pending(), 1); // until the server answers
        QTRY_COMPARE_WITH_TIMEOUT(admin->pending(), 0, 10'000);
        QTRY_COMPARE(admin->client->pendingCount(), 0);
        QVERIFY(admin->rejections.isEmpty());
        QVERIFY(
            admin->store->conversations().find(conversation).value()->tags.contains(u"Acked"_s));
        QCOMPARE(admin->cursor(), serverSeq()); // the command's event arrived before its ack
    }

    void forbiddenCommandIsRolledBackWithANotice()
    {
        auto agent = newCache();
        agent->client->start(endpoint(agentToken_));
        QVERIFY(agent->waitOnline());
        const QString theirs
            = agent->scalarText("SELECT id FROM conversations WHERE assignee_id IS NOT NULL"
                                " AND assignee_id <> 'agent-1' ORDER BY id LIMIT 1");
        QVERIFY(!theirs.isEmpty());
        const auto before = agent->store->conversations().find(theirs).value().value();
        QSignalSpy rejected(agent->client.get(), &sync::SyncClient::commandRejected);
        QSignalSpy changed(agent->client.get(), &sync::SyncClient::changed);
        const auto tag = protocol::Command::make(
            CommandType::AddTag, onConversation(theirs, { { "tag"_L1, u"Not mine"_s } }));
        QVERIFY(agent->client->submit(tag));
        QVERIFY(agent->store->conversations().find(theirs).value()->tags.contains(
            u"Not mine"_s)); // optimistic, for now
        QVERIFY(rejected.wait(10'000));
        const auto rejection = rejected.at(0).at(0).value<sync::CommandRejection>();
        QCOMPARE(rejection.code, QString(protocol::ErrorCode::Forbidden));
        QCOMPARE(rejection.command, tag);
        QVERIFY(!rejection.message.isEmpty());
        QCOMPARE(agent->store->conversations().find(theirs).value().value(), before);
        QVERIFY(changed.size() >= 2); // the effect, then its undo
        QVERIFY(changed.constLast().at(0).value<store::ChangeSet>().conversations.contains(theirs));
        QCOMPARE(agent->pending(), 0);
        QTRY_COMPARE(agent->client->pendingCount(), 0);
    }

    void resendIsAppliedOnce()
    {
        auto admin = newCache();
        admin->client->start(endpoint(adminToken_));
        QVERIFY(admin->waitOnline());
        const QString conversation
            = admin->scalarText("SELECT id FROM conversations ORDER BY id LIMIT 1 OFFSET 2");

        // Queued while offline, sent on reconnect.
        admin->client->stop();
        QCOMPARE(admin->client->state(), SyncState::Offline);
        const auto offline = protocol::Command::make(CommandType::AddNote,
            onConversation(conversation,
                { { "messageId"_L1, u"msg-offline-1"_s }, { "body"_L1, u"typed offline"_s } }));
        QVERIFY(admin->client->submit(offline));
        QTRY_COMPARE(admin->client->pendingCount(), 1);
        admin->client->start(endpoint(adminToken_));
        QVERIFY(admin->waitOnline());
        QTRY_COMPARE_WITH_TIMEOUT(admin->pending(), 0, 10'000);
        QCOMPARE(countMessageEvents(u"msg-offline-1"_s), 1);

        // The ack of a command that did reach the server was lost: the client resends it
        // (same id) on its next session, and the server answers without applying it again.
        admin->client->stop();
        const auto lost = protocol::Command::make(CommandType::AddNote,
            onConversation(conversation,
                { { "messageId"_L1, u"msg-lost-ack-1"_s }, { "body"_L1, u"ack lost"_s } }));
        QVERIFY(admin->client->submit(lost));
        QVERIFY(sendBehindTheClientsBack(lost));
        const qint64 seqAfterFirst = serverSeq();
        admin->client->start(endpoint(adminToken_));
        QVERIFY(admin->waitOnline());
        QTRY_COMPARE_WITH_TIMEOUT(admin->pending(), 0, 10'000);
        QVERIFY(admin->rejections.isEmpty());
        QCOMPARE(serverSeq(), seqAfterFirst);
        QCOMPARE(countMessageEvents(u"msg-lost-ack-1"_s), 1);
        QCOMPARE(admin->cursor(), seqAfterFirst);
    }

    void replayedAckDoesNotUndoLaterChanges()
    {
        auto ours = newCache();
        ours->client->start(endpoint(adminToken_));
        QVERIFY(ours->waitOnline());
        const QString conversation
            = ours->scalarText("SELECT id FROM conversations ORDER BY id LIMIT 1 OFFSET 5");
        const QString now
            = ours->scalarText("SELECT status FROM conversations ORDER BY id LIMIT 1 OFFSET 5");
        QStringList others { u"open"_s, u"pending"_s, u"resolved"_s };
        others.removeAll(now);
        const QString mine = others.at(0);
        const QString theirs = others.at(1);
        ours->client->stop();

        // Our command reaches the server but its ack is lost; then someone else changes the
        // same field. On reconnect, catch-up re-applies our still-pending command on top of
        // theirs, and the resend is answered with an ack and no new event.
        const auto setMine = protocol::Command::make(
            CommandType::SetStatus, onConversation(conversation, { { "status"_L1, mine } }));
        QVERIFY(ours->client->submit(setMine));
        QVERIFY(sendBehindTheClientsBack(setMine));
        auto other = newCache();
        other->client->start(endpoint(adminToken_));
        QVERIFY(other->waitOnline());
        QVERIFY(other->client->submit(protocol::Command::make(
            CommandType::SetStatus, onConversation(conversation, { { "status"_L1, theirs } }))));
        QTRY_COMPARE_WITH_TIMEOUT(other->pending(), 0, 10'000);

        ours->client->start(endpoint(adminToken_));
        QVERIFY(ours->waitOnline());
        QTRY_COMPARE_WITH_TIMEOUT(ours->pending(), 0, 10'000);
        QCOMPARE(ours->cursor(), serverSeq());
        QCOMPARE(ours->scalarText("SELECT status FROM conversations ORDER BY id LIMIT 1 OFFSET 5"),
            theirs); // last writer in server order wins, here as on the server
    }

    void gapMakesTheClientSayHelloAgain()
    {
        auto agent = newCache();
        agent->client->start(endpoint(agentToken_));
        QVERIFY(agent->waitOnline());
        auto admin = newCache();
        admin->client->start(endpoint(adminToken_));
        QVERIFY(admin->waitOnline());
        // The cache loses its last event behind the client's back: the next live event no
        // longer follows its cursor.
        QVERIFY(agent->store->database().exec("UPDATE sync_cursors SET seq = seq - 1"));
        agent->states.clear();
        const QString conversation
            = admin->scalarText("SELECT id FROM conversations ORDER BY id LIMIT 1 OFFSET 3");
        QVERIFY(admin->client->submit(protocol::Command::make(CommandType::AddNote,
            onConversation(conversation,
                { { "messageId"_L1, u"msg-gap-1"_s }, { "body"_L1, u"after a gap"_s } }))));
        QTRY_VERIFY_WITH_TIMEOUT(
            agent->store->messages().exists(u"msg-gap-1"_s).value_or(false), 10'000);
        QVERIFY(agent->waitOnline());
        QCOMPARE(agent->cursor(), serverSeq());
        // It went round again: a new session, a catch-up, online.
        QVERIFY2(agent->states.contains(SyncState::Connecting),
            qPrintable(QString::number(agent->states.size())));
        QCOMPARE(agent->states.constLast(), SyncState::Online);
    }

    void cursorAheadOfTheServerBringsAFullResync()
    {
        auto agent = newCache();
        agent->client->start(endpoint(agentToken_));
        QVERIFY(agent->waitOnline());
        agent->client->stop();
        // A restored backup of the server: the cache is ahead of it.
        QVERIFY(agent->store->database().exec("UPDATE sync_cursors SET seq = seq + 1000"));
        QVERIFY(agent->store->database().exec(
            "INSERT INTO tags(name, colour, category) VALUES('stale-local', '#000000', 'x')"));
        QSignalSpy changed(agent->client.get(), &sync::SyncClient::changed);
        agent->client->start(endpoint(agentToken_));
        QVERIFY(agent->waitOnline());
        // welcome.resync dropped the cache before the snapshot: the stale row is gone.
        QCOMPARE(agent->scalarText("SELECT COUNT(*) FROM tags WHERE name = 'stale-local'"), u"0"_s);
        QCOMPARE(agent->cursor(), serverSeq());
        auto fresh = newCache();
        fresh->client->start(endpoint(agentToken_));
        QVERIFY(fresh->waitOnline());
        const auto ours = CanonicalDump::of(*agent->store);
        const auto theirs = CanonicalDump::of(*fresh->store);
        QVERIFY(ours && theirs);
        QVERIFY2(*ours == *theirs, qPrintable(CanonicalDump::firstDifference(*ours, *theirs)));
        QVERIFY(!changed.isEmpty());
    }

    void stateAndPendingCountMoveAsTheUiShowsThem()
    {
        auto admin = newCache();
        QSignalSpy states(admin->client.get(), &sync::SyncClient::stateChanged);
        QSignalSpy counts(admin->client.get(), &sync::SyncClient::pendingCountChanged);
        admin->client->start(endpoint(adminToken_));
        QVERIFY(admin->waitOnline());
        QCOMPARE(admin->states,
            (QList<SyncState> { SyncState::Connecting, SyncState::Syncing, SyncState::Online }));
        admin->client->stop();
        QCOMPARE(admin->client->state(), SyncState::Offline);
        const QString conversation
            = admin->scalarText("SELECT id FROM conversations ORDER BY id LIMIT 1 OFFSET 4");
        for (const char* tag : { "one", "two" })
            QVERIFY(admin->client->submit(protocol::Command::make(CommandType::AddTag,
                onConversation(conversation, { { "tag"_L1, QString::fromLatin1(tag) } }))));
        QTRY_COMPARE(admin->client->pendingCount(), 2); // "offline, 2 changes waiting"
        admin->client->start(endpoint(adminToken_));
        QVERIFY(admin->waitOnline());
        QTRY_COMPARE_WITH_TIMEOUT(admin->client->pendingCount(), 0, 10'000);
        QList<int> seen;
        for (const auto& args : std::as_const(counts))
            seen << args.at(0).toInt();
        QCOMPARE(seen.constLast(), 0);
        QVERIFY(seen.contains(2));
    }

    void signalsReachTheOtherSessions()
    {
        auto agent = newCache();
        auto admin = newCache();
        agent->client->start(endpoint(agentToken_));
        admin->client->start(endpoint(adminToken_));
        QVERIFY(agent->waitOnline());
        QVERIFY(admin->waitOnline());
        QSignalSpy received(agent->client.get(), &sync::SyncClient::signalReceived);
        admin->client->sendSignal(QString(protocol::SignalKind::Typing), u"con-x"_s);
        QVERIFY(received.wait(5'000));
        const auto signal = received.at(0).at(0).value<protocol::SignalFrame>();
        QCOMPARE(signal.kind, QString(protocol::SignalKind::Typing));
        QCOMPARE(signal.conversationId, u"con-x"_s);
        QVERIFY(!signal.agentId.isEmpty());
        admin->client->stop();
        admin->client->sendSignal(QString(protocol::SignalKind::Viewing), u"con-x"_s); // dropped
    }

    void silentConnectionIsDropped()
    {
        TcpCutProxy proxy(server_->port(), 1);
        proxy.setCutting(false);
        QVERIFY(proxy.listen());
        auto admin = newCache();
        admin->client->setKeepAliveInterval(std::chrono::milliseconds(250));
        admin->client->start({ proxy.url(), adminToken_, protocol::kLiveSpace });
        QVERIFY(admin->waitOnline());
        QTest::qWait(500); // pings answered: a quiet session is not a dead one
        QCOMPARE(admin->states.count(SyncState::Connecting), 1);
        proxy.freezeAll(); // the connection stays open, but nothing gets through any more
        QTRY_COMPARE_WITH_TIMEOUT(admin->states.count(SyncState::Connecting), 2, 5'000);
        QVERIFY(admin->waitOnline()); // through a new connection
    }

    void aBadTokenStopsTheRetries()
    {
        auto cache = newCache();
        QSignalSpy refused(cache->client.get(), &sync::SyncClient::sessionRefused);
        cache->client->start(endpoint(u"sbt_not-a-token"_s));
        QVERIFY(refused.wait(10'000));
        QCOMPARE(refused.at(0).at(0).toString(), QString(protocol::ErrorCode::BadToken));
        QCOMPARE(cache->client->state(), SyncState::Offline);
        QTest::qWait(500);
        QCOMPARE(cache->states.count(SyncState::Connecting), 1);
    }

    // The CTI webhook rings agent-1: the offer with the caller's profile, the answer and
    // the hangup reach the desktop through callReceived, decoded, on a session that stays.
    void callFramesReachTheDesktop()
    {
        auto agent = newCache();
        QSignalSpy calls(agent->client.get(), &sync::SyncClient::callReceived);
        agent->client->start(endpoint(agentToken_));
        QVERIFY(agent->waitOnline());
        // A number exactly one customer has, so the call lands on their timeline.
        const QString e164 = agent->scalarText(
            "SELECT e164 FROM customer_phones WHERE e164 IS NOT NULL"
            " GROUP BY e164 HAVING COUNT(DISTINCT customer_id) = 1 ORDER BY e164 LIMIT 1");
        QVERIFY(!e164.isEmpty());
        const QByteArray byNumber
            = "SELECT customer_id FROM customer_phones WHERE e164 = '" + e164.toLatin1() + "'";
        const QString customerId = agent->scalarText(byNumber.constData());
        const QByteArray token = rotateCtiToken();
        QVERIFY(!token.isEmpty());
        const QJsonObject call { { "callId"_L1, u"sync-call-1"_s }, { "from"_L1, e164 },
            { "to"_L1, u"4401"_s }, { "direction"_L1, u"in"_s }, { "user"_L1, u"agent-1"_s } };
        auto webhook = [&](const QString& event, QJsonObject fields = {}) {
            for (auto it = call.begin(); it != call.end(); ++it)
                fields.insert(it.key(), it.value());
            fields.insert("event"_L1, event);
            return postCti(token, fields);
        };
        auto next = [&](qsizetype count) {
            return QTest::qWaitFor([&] { return calls.size() >= count; }, 10'000)
                ? calls.at(count - 1).at(0).value<protocol::CallFrame>()
                : protocol::CallFrame();
        };

        QCOMPARE(webhook(u"newCall"_s), 200);
        const protocol::CallFrame offered = next(1);
        QCOMPARE(offered.event, QString(protocol::CallEvent::Offered));
        QCOMPARE(offered.callId, u"sync-call-1"_s);
        QCOMPARE(offered.e164, e164);
        QCOMPARE(offered.agentId, u"agent-1"_s);
        QCOMPARE(offered.matches.size(), 1);
        QCOMPARE(offered.matches.first().customerId, customerId);

        QCOMPARE(webhook(u"answer"_s), 200);
        const protocol::CallFrame answered = next(2);
        QCOMPARE(answered.event, QString(protocol::CallEvent::Answered));
        QCOMPARE(answered.answeredBy, u"agent-1"_s);

        QCOMPARE(webhook(u"hangup"_s, { { "cause"_L1, u"normalClearing"_s } }), 200);
        const protocol::CallFrame ended = next(3);
        QCOMPARE(ended.event, QString(protocol::CallEvent::Ended));
        QCOMPARE(ended.disposition, QString(protocol::CallDisposition::Answered));
        QVERIFY(!ended.conversationId.isEmpty());
        QCOMPARE(agent->states.count(SyncState::Connecting), 1); // one session all along
        QCOMPARE(agent->client->state(), SyncState::Online);
    }

    // Last: it kills the server (init() starts it again for anything after).
    void deadServerIsRetriedWithBackoff()
    {
        auto admin = newCache(sync::RetryPolicy(
            { std::chrono::milliseconds(100), std::chrono::milliseconds(800) }, 11));
        admin->client->start(endpoint(adminToken_));
        QVERIFY(admin->waitOnline());
        admin->states.clear();
        server_->kill();
        QTRY_COMPARE_WITH_TIMEOUT(admin->client->state(), SyncState::Offline, 5'000);
        QTest::qWait(3'000);
        const qsizetype attempts = admin->states.count(SyncState::Connecting);
        // Ceilings 100, 200, 400, 800, 800...: a handful of attempts in 3 s, not hundreds.
        QVERIFY2(attempts >= 2 && attempts <= 20, qPrintable(QString::number(attempts)));
        auto started = server_->start(); // same port: the client finds it again by itself
        QVERIFY2(started, started ? "" : qPrintable(started.error()));
        QVERIFY(admin->waitOnline());
        QCOMPARE(admin->cursor(), serverSeq());
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
