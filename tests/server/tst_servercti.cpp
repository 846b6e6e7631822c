// The CTI webhook end to end, over real HTTP to a real in-process server: a call's newCall,
// answer and hangup pop the profile on the mapped agent's WebSocket session and land the
// call on the timeline through the event log; every malformed request is refused as the
// contract says and changes nothing; a replay changes nothing; routing by queue picks the
// agent idle longest; the admin CLI rotates the token, blocks numbers and counts calls.
#include "CtiTestSupport.h"
#include "protocol/Agent.h"
#include "protocol/Frame.h"
#include "server/CtiToken.h"
#include "server/EntityKind.h"

#include <QJsonArray>
#include <QtTest>

using namespace switchboard::server;
using namespace switchboard::server::test;
using namespace Qt::StringLiterals;
namespace FrameType = switchboard::protocol::FrameType;

namespace {

QJsonObject webhook(
    const QString& name, const QString& callId, const QString& from = u"0532 123 45 67"_s)
{
    return QJsonObject { { "event"_L1, name }, { "callId"_L1, callId }, { "from"_L1, from },
        { "to"_L1, u"4401"_s }, { "direction"_L1, u"in"_s } };
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    object.insert(key, value);
    return object;
}

// The next `call` frame of `callId`; frames of other calls (an earlier call still ringing
// at the agent is offered again when they connect) are skipped.
std::optional<QJsonObject> takeCall(SyncClient& agent, const QString& callId)
{
    while (auto frame = agent.takeType(FrameType::Call)) {
        if (frame->value("callId"_L1).toString() == callId)
            return frame;
    }
    return std::nullopt;
}

} // namespace

class TestServerCti : public QObject {
    Q_OBJECT

    std::unique_ptr<InProcessServer> server_;
    std::unique_ptr<ServerStorage> storage_;
    QByteArray token_;

    HttpReply post(const QJsonObject& fields)
    {
        return postCti(server_->port, token_, ctiJson(fields));
    }
    qint64 liveSeq() { return storage_->currentSeq(u"live"_s).value_or(-1); }

private Q_SLOTS:
    void initTestCase()
    {
        server_ = InProcessServer::start(20, 60, [](ServerOptions& o) { o.ctiRegion = u"TR"_s; });
        QVERIFY(server_);
        storage_ = server_->openStorage();
        QVERIFY(storage_ && writeCallers(*storage_));
        auto token = CtiToken::rotate(storage_->cti());
        QVERIFY(token);
        token_ = token->toLatin1();
        QVERIFY(storage_->cti().mapPbxUser(u"201"_s, u"agent-3"_s));
        QVERIFY(storage_->cti().mapPbxUser(u"202"_s, u"agent-2"_s)); // for refusals only
        QVERIFY(storage_->cti().setBlocked(QString(kBlockedNumber), true));
    }

    void newCallAnswerHangupPopsAndLandsOnTheTimeline()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-3"_s) > 0);
        const qint64 before = liveSeq();

        QCOMPARE(
            post(with(webhook(u"newCall"_s, u"seq-1"_s), u"user"_s, QJsonArray { u"201"_s })).body,
            "{}");
        auto offered = agent.takeType(FrameType::Call);
        QVERIFY(offered);
        QCOMPARE(offered->value("event"_L1).toString(), u"offered"_s);
        QCOMPARE(offered->value("callId"_L1).toString(), u"seq-1"_s);
        QCOMPARE(offered->value("from"_L1).toString(), u"0532 123 45 67"_s);
        QCOMPARE(offered->value("e164"_L1).toString(), u"+905321234567"_s);
        QCOMPARE(offered->value("agentId"_L1).toString(), u"agent-3"_s);
        const QJsonArray matches = offered->value("matches"_L1).toArray();
        QCOMPARE(matches.size(), 1);
        const QJsonObject profile = matches.first().toObject();
        QCOMPARE(profile.value("customerId"_L1).toString(), QString(kCallerTr));
        QCOMPARE(profile.value("name"_L1).toString(), u"Ayşe Caller"_s);
        QCOMPARE(profile.value("segment"_L1).toString(), u"loyal"_s);
        QCOMPARE(profile.value("lifetimeValueMinor"_L1).toInteger(), 123456);
        QCOMPARE(profile.value("tags"_L1).toArray(), QJsonArray { u"vip"_s });

        QCOMPARE(
            post(with(webhook(u"answer"_s, u"seq-1"_s), u"answeringNumber"_s, u"201"_s)).status,
            200);
        auto answered = agent.takeType(FrameType::Call);
        QVERIFY(answered);
        QCOMPARE(answered->value("event"_L1).toString(), u"answered"_s);
        QCOMPARE(answered->value("answeredBy"_L1).toString(), u"agent-3"_s);

        QCOMPARE(post(with(webhook(u"hangup"_s, u"seq-1"_s), u"cause"_s, u"normalClearing"_s)).body,
            "{}");
        auto events = agent.takeType(FrameType::Events);
        QVERIFY(events);
        auto ended = agent.takeType(FrameType::Call);
        QVERIFY(ended);
        QCOMPARE(ended->value("event"_L1).toString(), u"ended"_s);
        QCOMPARE(ended->value("disposition"_L1).toString(), u"answered"_s);
        const QString conversationId = ended->value("conversationId"_L1).toString();
        QVERIFY(conversationId.startsWith("con-call-"_L1));

        // The phone entry is in the log, so every desktop gets it.
        auto logged = storage_->events(u"live"_s, before, liveSeq(), 100);
        QVERIFY(logged);
        QCOMPARE(logged->size(), 2);
        const auto& message = logged->last();
        QCOMPARE(message.type, u"message.added"_s);
        QCOMPARE(message.payload.value("customerId"_L1).toString(), QString(kCallerTr));
        QCOMPARE(message.payload.value("conversationId"_L1).toString(), conversationId);
        QCOMPARE(message.payload.value("channel"_L1).toString(), u"phone"_s);
        QCOMPARE(message.payload.value("direction"_L1).toString(), u"in"_s);
        QCOMPARE(message.payload.value("call"_L1).toObject().value("disposition"_L1).toString(),
            u"answered"_s);
        QCOMPARE(
            events->value("events"_L1).toArray().last().toObject().value("entity"_L1).toString(),
            message.entity);

        // A second call of the same customer lands in the same open phone conversation.
        QVERIFY(post(with(webhook(u"newCall"_s, u"seq-2"_s), u"user"_s, u"201"_s)).status == 200);
        QVERIFY(
            post(with(webhook(u"hangup"_s, u"seq-2"_s), u"cause"_s, u"cancel"_s)).status == 200);
        auto second = storage_->cti().call(u"seq-2"_s);
        QVERIFY(second && *second);
        QCOMPARE((*second)->conversationId, conversationId);
        QCOMPARE((*second)->disposition, u"abandoned"_s);
    }

    void anUnknownRegionIsRefusedAtStart()
    {
        QVERIFY(!InProcessServer::start(2, 0, [](ServerOptions& o) { o.ctiRegion = u"XX"_s; }));
    }

    void theTokenIsNotLogged()
    {
        // Fails unless exactly this line, with the token hidden, was logged.
        QTest::ignoreMessage(QtInfoMsg, "answered 401 \"/api/v1/cti/***\"");
        QCOMPARE(postCti(server_->port, "wrong-secret", "{}").status, 401);
    }

    void wrongTokenIs401()
    {
        for (const QByteArray& token : QByteArrayList { "nope"_ba, QByteArray(), token_ + "x" }) {
            const HttpReply reply
                = postCti(server_->port, token, ctiJson(webhook(u"newCall"_s, u"t-1"_s)));
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.json().value("error"_L1).toObject().value("code"_L1).toString(),
                u"bad_token"_s);
        }
        QVERIFY(!storage_->cti().call(u"t-1"_s).value());
    }

    void malformedRequestsNameTheField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QJsonObject noCallId = webhook(u"newCall"_s, u"x"_s);
        noCallId.remove("callId"_L1);
        QJsonObject noFrom = webhook(u"newCall"_s, u"m-2"_s);
        noFrom.remove("from"_L1);
        QTest::newRow("missing callId") << noCallId << u"callId"_s;
        QTest::newRow("missing from") << noFrom << u"from"_s;
        QTest::newRow("bad direction") << with(webhook(u"newCall"_s, u"m-3"_s), u"direction"_s,
            u"sideways"_s) << u"direction"_s;
        QTest::newRow("unknown event") << webhook(u"ring"_s, u"m-4"_s) << u"event"_s;
        QTest::newRow("hangup, no cause") << webhook(u"hangup"_s, u"seq-1"_s) << u"cause"_s;
        QTest::newRow("hangup, bad cause")
            << with(webhook(u"hangup"_s, u"seq-1"_s), u"cause"_s, u"meteor"_s) << u"cause"_s;
        QTest::newRow("number not a string")
            << with(webhook(u"newCall"_s, u"m-7"_s), u"to"_s, QJsonObject {}) << u"to"_s;
        QJsonObject noEvent = webhook(u"newCall"_s, u"m-8"_s);
        noEvent.remove("event"_L1);
        QJsonObject noTo = webhook(u"newCall"_s, u"m-9"_s);
        noTo.remove("to"_L1);
        QJsonObject noDirection = webhook(u"newCall"_s, u"m-10"_s);
        noDirection.remove("direction"_L1);
        QTest::newRow("missing event") << noEvent << u"event"_s;
        QTest::newRow("missing to") << noTo << u"to"_s;
        QTest::newRow("missing direction") << noDirection << u"direction"_s;
        // callId: 128 characters at most, numbers 64 (CtiEventParser).
        QTest::newRow("callId too long")
            << webhook(u"newCall"_s, QString(129, u'c')) << u"callId"_s;
        QTest::newRow("from too long")
            << webhook(u"newCall"_s, u"m-11"_s, QString(65, u'5')) << u"from"_s;
        QTest::newRow("to too long")
            << with(webhook(u"newCall"_s, u"m-12"_s), u"to"_s, QString(65, u'4')) << u"to"_s;
    }

    void malformedRequestsNameTheField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const qint64 before = liveSeq();
        const HttpReply reply = post(body);
        QCOMPARE(reply.status, 422);
        const QJsonObject error = reply.json().value("error"_L1).toObject();
        QCOMPARE(error.value("code"_L1).toString(), u"invalid"_s);
        QCOMPARE(error.value("field"_L1).toString(), field);
        QCOMPARE(liveSeq(), before);
        if (body.value("event"_L1) == "newCall"_L1 && body.contains("callId"_L1))
            QVERIFY(!storage_->cti().call(body.value("callId"_L1).toString()).value());
    }

    void fieldsAtTheirLimitAreAccepted()
    {
        const QString callId = u"lim-"_s + QString(124, u'x'); // 128 characters
        const QString from = u"+49 89 1234567"_s + QString(50, u' '); // 64 characters
        const QJsonObject ring = with(webhook(u"newCall"_s, callId, from), u"user"_s, u"202"_s);
        QCOMPARE(post(with(ring, u"to"_s, QString(64, u'4'))).body, "{}");
        const auto record = storage_->cti().call(callId).value();
        QVERIFY(record);
        QCOMPARE(record->callId, callId);
        QCOMPARE(record->fromE164, u"+49891234567"_s);
        QCOMPARE(post(with(with(ring, u"event"_s, u"hangup"_s), u"cause"_s, u"cancel"_s)).status,
            200);
    }

    void notJsonNorFormIs400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("JSON array") << "[1, 2]"_ba << "application/json"_ba;
        QTest::newRow("unterminated JSON") << "{\"event\": \"newCall\", \"unterminated"_ba
                                           << "application/json"_ba;
        QTest::newRow("unterminated JSON, no type") << "{\"unterminated"_ba << "text/plain"_ba;
        QTest::newRow("binary") << "\x00\xff\xfe\x01"_ba << "application/json"_ba;
    }

    void notJsonNorFormIs400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        const qint64 before = liveSeq();
        const HttpReply reply = postCti(server_->port, token_, body, contentType);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value("error"_L1).toObject().value("code"_L1).toString(),
            u"bad_frame"_s);
        QCOMPARE(liveSeq(), before);
    }

    void unknownCallIdIs404AndChangesNothing()
    {
        const qint64 before = liveSeq();
        for (const QJsonObject& body : { webhook(u"answer"_s, u"never"_s),
                 with(webhook(u"hangup"_s, u"never"_s), u"cause"_s, u"busy"_s) }) {
            const HttpReply reply = post(body);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.json().value("error"_L1).toObject().value("code"_L1).toString(),
                u"not_found"_s);
        }
        QVERIFY(!storage_->cti().call(u"never"_s).value());
        QCOMPARE(liveSeq(), before);
    }

    void replayChangesNothing()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-3"_s) > 0);
        const QJsonObject ring = with(webhook(u"newCall"_s, u"rep-1"_s), u"user"_s, u"201"_s);
        QCOMPARE(post(ring).body, "{}");
        QVERIFY(takeCall(agent, u"rep-1"_s));
        QCOMPARE(post(ring).body, "{}");
        QVERIFY(agent.quietFor(300));

        const QJsonObject hangup
            = with(webhook(u"hangup"_s, u"rep-1"_s), u"cause"_s, u"noAnswer"_s);
        QCOMPARE(post(hangup).status, 200);
        QVERIFY(takeCall(agent, u"rep-1"_s)); // ended
        const qint64 after = liveSeq();
        const auto record = storage_->cti().call(u"rep-1"_s).value();
        QCOMPARE(post(hangup).body, "{}");
        QCOMPARE(post(webhook(u"answer"_s, u"rep-1"_s)).body, "{}"); // after the hangup
        QVERIFY(agent.quietFor(300));
        QCOMPARE(liveSeq(), after);
        QCOMPARE(storage_->cti().call(u"rep-1"_s).value()->toJson(), record->toJson());
        QCOMPARE(record->disposition, u"missed"_s);
    }

    void formBodyWithUserArray()
    {
        const QByteArray form = "event=newCall&from=%2B44+20+7946+0958&to=4401&direction=in"
                                "&callId=form-1&user%5B%5D=999&user[]=201&queue=";
        const HttpReply reply
            = postCti(server_->port, token_, form, "application/x-www-form-urlencoded");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, "{}");
        const auto record = storage_->cti().call(u"form-1"_s).value();
        QVERIFY(record);
        QCOMPARE(record->agentId, u"agent-3"_s); // 999 maps to nobody, 201 to agent-3
        QCOMPARE(record->fromE164, u"+442079460958"_s);
        QCOMPARE(record->customerIds, QStringList { QString(kCallerGb) });

        const HttpReply missing = postCti(server_->port, token_,
            "event=answer&from=1&to=2&callId=form-1", "application/x-www-form-urlencoded");
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.json().value("error"_L1).toObject().value("field"_L1).toString(),
            u"direction"_s);
    }

    void blockedNumberIsRejected()
    {
        const HttpReply reply = post(webhook(u"newCall"_s, u"blk-1"_s, u"0555 999 88 77"_s));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json(),
            (QJsonObject { { "action"_L1, u"reject"_s }, { "reason"_L1, u"busy"_s } }));
        QVERIFY(!storage_->cti().call(u"blk-1"_s).value());
    }

    // Each refusal is aimed at PBX user 202 (agent-2, who no other test calls): had it been
    // taken, agent-2's session would get a `call` frame.
    void refusalsLeaveTheAgentQuiet_data()
    {
        QTest::addColumn<bool>("wrongToken");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QJsonObject>("answer"); // the whole answer, or {} to check `code`
        QTest::addColumn<QString>("code");
        auto to202 = [](const QString& name, const QString& callId,
                         const QString& from = u"+49 89 1234567"_s) {
            return with(webhook(name, callId, from), u"user"_s, u"202"_s);
        };
        QJsonObject noTo = to202(u"newCall"_s, u"quiet-2"_s);
        noTo.remove("to"_L1);
        QTest::newRow("wrong token")
            << true << to202(u"newCall"_s, u"quiet-1"_s) << 401 << QJsonObject {} << u"bad_token"_s;
        QTest::newRow("missing field") << false << noTo << 422 << QJsonObject {} << u"invalid"_s;
        QTest::newRow("bad direction")
            << false << with(to202(u"newCall"_s, u"quiet-3"_s), u"direction"_s, u"up"_s) << 422
            << QJsonObject {} << u"invalid"_s;
        QTest::newRow("answer, unknown call")
            << false << to202(u"answer"_s, u"quiet-4"_s) << 404 << QJsonObject {} << u"not_found"_s;
        QTest::newRow("hangup, unknown call")
            << false << with(to202(u"hangup"_s, u"quiet-5"_s), u"cause"_s, u"busy"_s) << 404
            << QJsonObject {} << u"not_found"_s;
        QTest::newRow("blocked number")
            << false << to202(u"newCall"_s, u"quiet-6"_s, u"0555 999 88 77"_s) << 200
            << QJsonObject { { "action"_L1, u"reject"_s }, { "reason"_L1, u"busy"_s } }
            << QString();
    }

    void refusalsLeaveTheAgentQuiet()
    {
        QFETCH(bool, wrongToken);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QJsonObject, answer);
        QFETCH(QString, code);
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-2"_s) > 0);
        const qint64 before = liveSeq();
        const qsizetype seen = agent.frames.size();

        const HttpReply reply
            = postCti(server_->port, wrongToken ? token_ + "-old" : token_, ctiJson(body));
        QCOMPARE(reply.status, status);
        if (code.isEmpty())
            QCOMPARE(reply.json(), answer);
        else
            QCOMPARE(reply.json().value("error"_L1).toObject().value("code"_L1).toString(), code);
        QTest::qWait(300);
        for (qsizetype i = seen; i < agent.frames.size(); ++i)
            QVERIFY2(agent.frames.at(i).value("type"_L1).toString() != FrameType::Call,
                QJsonDocument(agent.frames.at(i)).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(liveSeq(), before);
        const QString callId = body.value("callId"_L1).toString();
        QVERIFY(!storage_->cti().call(callId).value());

        // The session does see calls: the same call, well formed, pops there.
        const QJsonObject ring
            = with(webhook(u"newCall"_s, callId, u"+49 89 1234567"_s), u"user"_s, u"202"_s);
        QCOMPARE(post(ring).body, "{}");
        QVERIFY(takeCall(agent, callId));
        QCOMPARE(post(with(with(ring, u"event"_s, u"hangup"_s), u"cause"_s, u"noAnswer"_s)).status,
            200);
    }

    void severalUnknownAndWithheldCallersPopWithoutATimelineEntry_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("matches");
        QTest::addColumn<bool>("withheld");
        QTest::newRow("shared number")
            << u"+30 210 123 4567"_s << QStringList { QString(kCallerGr1), QString(kCallerGr2) }
            << false;
        QTest::newRow("unknown") << u"+49 89 1234567"_s << QStringList {} << false;
        QTest::newRow("anonymous") << u"anonymous"_s << QStringList {} << true;
        QTest::newRow("empty") << QString() << QStringList {} << true;
    }

    void severalUnknownAndWithheldCallersPopWithoutATimelineEntry()
    {
        QFETCH(QString, from);
        QFETCH(QStringList, matches);
        QFETCH(bool, withheld);
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-3"_s) > 0);
        const QString callId
            = u"pop-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const qint64 before = liveSeq();
        QCOMPARE(post(with(webhook(u"newCall"_s, callId, from), u"user"_s, u"201"_s)).status, 200);
        auto offered = takeCall(agent, callId);
        QVERIFY(offered);
        QStringList offeredIds;
        for (const QJsonValue& match : offered->value("matches"_L1).toArray())
            offeredIds.append(match.toObject().value("customerId"_L1).toString());
        QCOMPARE(offeredIds, matches);
        QCOMPARE(offered->value("withheld"_L1).toBool(), withheld);
        QCOMPARE(
            post(with(webhook(u"hangup"_s, callId, from), u"cause"_s, u"normalClearing"_s)).status,
            200);
        auto ended = takeCall(agent, callId);
        QVERIFY(ended);
        QCOMPARE(ended->value("event"_L1).toString(), u"ended"_s);
        QVERIFY(!ended->contains("conversationId"_L1));
        QCOMPARE(liveSeq(), before);
    }

    void queueCallsGoToTheAgentIdleLongest()
    {
        // Only agent-1 and agent-4 (both in Customer care) are available.
        auto agents = storage_->entitiesOfKind(u"live"_s, QString(EntityKind::Agent));
        QVERIFY(agents);
        WriteBatch batch;
        batch.space = u"live"_s;
        for (const StoredEntity& stored : *agents) {
            auto agent = switchboard::protocol::Agent::fromJson(stored.payload).value();
            const bool free = agent.id == "agent-1"_L1 || agent.id == "agent-4"_L1;
            agent.presence = free ? switchboard::protocol::Presence::Available
                                  : switchboard::protocol::Presence::Offline;
            if (free && !agent.teams.contains(u"Customer care"_s))
                agent.teams.append(u"Customer care"_s);
            batch.events.append(
                { u"agent.upserted"_s, agent.id, agent.toJson(), QDateTime::currentDateTimeUtc() });
        }
        QVERIFY(storage_->commit(batch));
        QStringList offeredTo;
        for (int i = 0; i < 3; ++i) {
            const QString callId = u"q-"_s + QString::number(i);
            QCOMPARE(
                post(with(webhook(u"newCall"_s, callId), u"queue"_s, u"q-care"_s)).status, 200);
            offeredTo.append(storage_->cti().call(callId).value()->agentId);
            QTest::qWait(5); // distinct end times
            QCOMPARE(
                post(with(webhook(u"hangup"_s, callId), u"cause"_s, u"noAnswer"_s)).status, 200);
        }
        QCOMPARE(offeredTo, (QStringList { u"agent-1"_s, u"agent-4"_s, u"agent-1"_s }));
    }

    void cliManagesTheWebhookAndCountsCalls()
    {
        const QString dir = server_->dir.path();
        CliRun mapped = runCli({ u"cti"_s, u"map-user"_s, u"--pbx-user"_s, u"305"_s, u"--agent"_s,
            u"agent-4"_s, u"--data-dir"_s, dir });
        QCOMPARE(mapped.exitCode, 0);
        QCOMPARE(runCli({ u"cti"_s, u"map-user"_s, u"--pbx-user"_s, u"306"_s, u"--agent"_s,
                            u"agent-999"_s, u"--data-dir"_s, dir })
                     .exitCode,
            1);
        QCOMPARE(runCli({ u"cti"_s, u"block-number"_s, u"--number"_s, u"(0212) 444-5566"_s,
                            u"--data-dir"_s, dir })
                     .out,
            "blocked +902124445566\n");
        QCOMPARE(post(webhook(u"newCall"_s, u"cli-1"_s, u"+902124445566"_s))
                     .json()
                     .value("action"_L1)
                     .toString(),
            u"reject"_s);

        const CliRun listed = runCli({ u"cti"_s, u"list"_s, u"--data-dir"_s, dir });
        QVERIFY2(listed.out.contains("region: TR\n")
                && listed.out.contains("pbx-user 201 -> agent-3\n")
                && listed.out.contains("pbx-user 305 -> agent-4\n")
                && listed.out.contains("blocked +905559998877\n"),
            listed.out.constData());

        const CliRun stats = runCli({ u"cti"_s, u"stats"_s, u"--data-dir"_s, dir });
        QCOMPARE(stats.exitCode, 0);
        QVERIFY2(stats.out.contains("answered 1\n") && stats.out.contains("abandoned "),
            stats.out.constData());
        const QJsonObject calls
            = httpGet(server_->port, "/health").json().value("calls"_L1).toObject();
        QCOMPARE(calls.value("answered"_L1).toInteger(), 1);
        QVERIFY(calls.value("missed"_L1).toInteger() >= 4);

        const CliRun rotated = runCli({ u"cti"_s, u"rotate-token"_s, u"--data-dir"_s, dir });
        QCOMPARE(rotated.exitCode, 0);
        const QByteArray fresh = rotated.out.trimmed();
        QCOMPARE(fresh.size(), 43); // 256 bits, URL-safe base64
        QCOMPARE(post(webhook(u"newCall"_s, u"rot-1"_s)).status, 401); // the old token
        token_ = fresh;
        QCOMPARE(post(webhook(u"newCall"_s, u"rot-1"_s)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerCti)
#include "tst_servercti.moc"
