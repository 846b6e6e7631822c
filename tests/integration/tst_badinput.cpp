// Issue 3 §6, bad input, against the real server process over real sockets: truncated
// JSON, wrong types, a 10 MB frame, invalid UTF-8, an unknown frame type, a replayed
// command id, a command on another team's conversation, an agent sending a lead-only
// command, a frame before hello. Each gets its coded answer, nothing changes that should
// not, and a desktop connected all along keeps syncing as if nothing happened.
#include "../sync/SyncTestSupport.h"
#include "BlockingLogin.h"
#include "CanonicalDump.h"
#include "EventLogReader.h"
#include "RawSession.h"
#include "ServerProcess.h"

using namespace switchboard;
using namespace switchboard::testing;
namespace CommandType = protocol::CommandType;

namespace {

QJsonObject commandFrame(const protocol::Command& command)
{
    return QJsonObject { { "type"_L1, u"command"_s }, { "command"_L1, command.toJson() } };
}

QString codeOf(const std::optional<QJsonObject>& frame)
{
    return frame ? frame->value("code"_L1).toString() : u"<no answer>"_s;
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badInputIsRefusedAndOthersAreServed()
    {
        QTemporaryDir dir;
        ServerProcess server { QStringLiteral(SWITCHBOARD_SERVER_PATH) };
        QVERIFY(server.seedDemo(100, 500, 9, kPassword));
        QVERIFY(server.addUser(kAdminUser, u"Bystander"_s, u"admin"_s, kPassword));
        auto started = server.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error()));
        const auto admin = BlockingLogin::login(server.url(), kAdminUser, kPassword);
        const auto agent = BlockingLogin::login(server.url(), u"agent-1"_s, kPassword);
        const auto lead = BlockingLogin::login(server.url(), u"agent-3"_s, kPassword);
        QVERIFY(admin && agent && lead);
        auto seqNow = [&] {
            auto log = EventLogReader::read(server.url(), admin->token);
            return log ? log->syncedSeq : -1;
        };

        // A desktop that stays connected through all of it.
        auto bystander = SyncedCache::open(dir.filePath(u"bystander.db"_s));
        bystander->client->start({ server.url(), admin->token, protocol::kLiveSpace });
        QVERIFY(bystander->waitOnline());
        const QString otherTeams = bystander->scalarText(
            "SELECT id FROM conversations WHERE assignee_id = 'agent-2' ORDER BY id LIMIT 1");
        const QString teammates = bystander->scalarText(
            "SELECT id FROM conversations WHERE assignee_id = 'agent-4' ORDER BY id LIMIT 1");
        const QString unassigned = bystander->scalarText(
            "SELECT id FROM conversations WHERE assignee_id IS NULL ORDER BY id LIMIT 1");
        QVERIFY(!otherTeams.isEmpty() && !teammates.isEmpty() && !unassigned.isEmpty());
        const QString before = CanonicalDump::of(*bystander->store).value_or(QString());
        const qint64 seq0 = seqNow();

        // Before hello.
        RawSession stranger(server.url());
        QVERIFY(stranger.waitOpen());
        stranger.send(commandFrame(protocol::Command::make(
            CommandType::AddTag, onConversation(unassigned, { { "tag"_L1, u"x"_s } }))));
        QCOMPARE(codeOf(stranger.take(u"error"_s)), QString(protocol::ErrorCode::NotAuthenticated));

        RawSession attacker(server.url());
        QVERIFY(attacker.waitOpen());
        QVERIFY(attacker.join(agent->token, seq0));
        attacker.sendText("{\"type\": \"command\", \"command\": {\"id\": ");
        QCOMPARE(codeOf(attacker.take(u"error"_s)), QString(protocol::ErrorCode::BadFrame));
        attacker.sendText("{\"type\": \"command\", \"command\": {\"id\": 5, \"type\": true}}");
        QCOMPARE(codeOf(attacker.take(u"error"_s)), QString(protocol::ErrorCode::BadFrame));
        // A command whose id can be read is rejected by id, so a desktop's outbox lets it
        // go (a newer desktop's command type, say) instead of resending it for ever.
        attacker.sendText("{\"type\": \"command\", \"command\": {\"id\": "
                          "\"6f1c2e0a-4b7d-4d1e-9a63-2f5d1b7c9e10\", \"type\": \"call.teleport\", "
                          "\"payload\": {}}}");
        const auto refused = attacker.take(u"reject"_s);
        QVERIFY(refused);
        QCOMPARE(codeOf(refused), QString(protocol::ErrorCode::Invalid));
        QCOMPARE(refused->value("id"_L1).toString(),
            u"6f1c2e0a-4b7d-4d1e-9a63-2f5d1b7c9e10"_s);
        attacker.sendText("{\"type\": \"teleport\"}");
        QCOMPARE(codeOf(attacker.take(u"error"_s)), QString(protocol::ErrorCode::UnknownFrame));
        attacker.sendText(
            "{\"type\": \"signal\", \"pad\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}");
        QCOMPARE(
            codeOf(attacker.take(u"error"_s, 20'000)), QString(protocol::ErrorCode::FrameTooLarge));
        QVERIFY(!attacker.closeCode()); // all of that, and the session goes on

        // Rules: another team's conversation; a lead's reassignment made by an agent.
        const auto tagTheirs = protocol::Command::make(
            CommandType::AddTag, onConversation(otherTeams, { { "tag"_L1, u"Mine"_s } }));
        attacker.send(commandFrame(tagTheirs));
        QCOMPARE(codeOf(attacker.take(u"reject"_s)), QString(protocol::ErrorCode::Forbidden));
        const auto reassign = protocol::Command::make(
            CommandType::Assign, onConversation(teammates, { { "agentId"_L1, u"agent-1"_s } }));
        attacker.send(commandFrame(reassign));
        QCOMPARE(codeOf(attacker.take(u"reject"_s)), QString(protocol::ErrorCode::Forbidden));
        QCOMPARE(seqNow(), seq0); // nothing changed
        QCOMPARE(CanonicalDump::of(*bystander->store).value_or(QString()), before);

        // A replayed command id: answered as the first time, applied once.
        const auto note = protocol::Command::make(CommandType::AddNote,
            onConversation(
                unassigned, { { "messageId"_L1, u"msg-replayed-1"_s }, { "body"_L1, u"once"_s } }));
        attacker.send(commandFrame(note));
        const auto first = attacker.take(u"ack"_s);
        QVERIFY(first);
        attacker.send(commandFrame(note));
        QCOMPARE(attacker.take(u"ack"_s), first);
        QCOMPARE(seqNow(), seq0 + 1);

        // Invalid UTF-8 in a text frame: RFC 6455 makes the server fail that connection
        // (1007); nobody else notices.
        const auto utf8Close = RawSession::rawTextFrame(server.port(), "{\"type\": \"\xc3\x28\"}");
        QCOMPARE(utf8Close.value_or(0), int(QWebSocketProtocol::CloseCodeWrongDatatype));

        // The same reassignment is a lead's to make.
        RawSession teamLead(server.url());
        QVERIFY(teamLead.waitOpen());
        QVERIFY(teamLead.join(lead->token, seqNow()));
        auto byLead = reassign;
        byLead.id = QUuid::createUuid(); // an id is answered as it was the first time
        teamLead.send(commandFrame(byLead));
        const auto leadAnswer = teamLead.take(u"ack"_s);
        QVERIFY(leadAnswer);

        // The bystander saw exactly the accepted changes, and still works.
        QTRY_COMPARE_WITH_TIMEOUT(bystander->cursor(), seqNow(), 10'000);
        QVERIFY(
            bystander->store->conversations().find(teammates).value()->assigneeId == u"agent-1"_s);
        QVERIFY(
            !bystander->store->conversations().find(otherTeams).value()->tags.contains(u"Mine"_s));
        QVERIFY(bystander->client->submit(protocol::Command::make(
            CommandType::AddTag, onConversation(unassigned, { { "tag"_L1, u"Still here"_s } }))));
        QTRY_COMPARE_WITH_TIMEOUT(bystander->pending(), 0, 10'000);
        QVERIFY(bystander->rejections.isEmpty());
        QCOMPARE(bystander->client->state(), sync::SyncState::Online);
        QCOMPARE(bystander->states.count(sync::SyncState::Connecting), 1);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
