// After the call, over real sessions and the real webhook of an in-process server: a wrap-up
// puts a note, tags and a resolution or a follow-up on the call's conversation (the
// follow-up is snoozed, and reopened by SnoozeWaker when due); a call that did not land at
// hangup (unknown caller, shared number) lands on the customer the agent names; a wrap-up
// is refused while the call goes on, for someone else's call, twice, or without a customer
// when one is needed. A declined call is offered to the next idle agent of its queue; a
// desktop that connects while a call rings at its agent pops again.
#include "CtiTestSupport.h"
#include "protocol/Agent.h"
#include "protocol/CallWrapUp.h"
#include "protocol/Customer.h"
#include "protocol/Frame.h"
#include "protocol/WireTime.h"
#include "server/CtiToken.h"
#include "server/EntityKind.h"

#include <QJsonArray>
#include <QtTest>

using namespace switchboard::server;
using namespace switchboard::server::test;
using namespace Qt::StringLiterals;
namespace protocol = switchboard::protocol;
namespace FrameType = protocol::FrameType;

namespace {

constexpr int kWakeIntervalMs = 200;

QJsonObject webhook(
    const QString& name, const QString& callId, const QString& from, const QJsonObject& extra = {})
{
    QJsonObject body { { "event"_L1, name }, { "callId"_L1, callId }, { "from"_L1, from },
        { "to"_L1, u"4401"_s }, { "direction"_L1, u"in"_s } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QJsonObject wrapUpFrame(const protocol::CallWrapUp& wrapUp, const QString& commandId = {})
{
    return commandFrame(u"call.wrapUp"_s, wrapUp.toJson(), std::nullopt, commandId);
}

QJsonObject declineFrame(const QString& callId)
{
    return commandFrame(u"call.decline"_s, protocol::CallDecline { callId }.toJson());
}

protocol::CallWrapUp wrapUpOf(
    const QString& callId, protocol::WrapUpCode code, const QString& notes = {})
{
    protocol::CallWrapUp wrapUp;
    wrapUp.callId = callId;
    wrapUp.code = code;
    wrapUp.notes = notes;
    return wrapUp;
}

QString typeOf(const std::optional<QJsonObject>& answer)
{
    return answer ? answer->value("type"_L1).toString() : u"(none)"_s;
}

QString codeOf(const std::optional<QJsonObject>& answer)
{
    return answer ? answer->value("code"_L1).toString() : u"(none)"_s;
}

// The payloads of the events of `type` the client saw, in order.
QList<QJsonObject> payloadsOf(const SyncClient& client, QLatin1StringView type)
{
    QList<QJsonObject> out;
    for (const QJsonObject& event : client.events) {
        if (event.value("type"_L1).toString() == type)
            out.append(event.value("payload"_L1).toObject());
    }
    return out;
}

// The next `call` frame of `callId`; frames of other calls are skipped.
std::optional<QJsonObject> takeCall(SyncClient& agent, const QString& callId, int timeoutMs = 5000)
{
    while (auto frame = agent.takeType(FrameType::Call, timeoutMs)) {
        if (frame->value("callId"_L1).toString() == callId)
            return frame;
    }
    return std::nullopt;
}

} // namespace

class TestServerCallCommands : public QObject {
    Q_OBJECT

    std::unique_ptr<InProcessServer> server_;
    std::unique_ptr<ServerStorage> storage_;
    QByteArray token_;

    int post(const QJsonObject& body)
    {
        return postCti(server_->port, token_, ctiJson(body)).status;
    }
    // Rings `user`, optionally answers, hangs up: 200 each, or the first other status.
    bool ringAndHangUp(const QString& callId, const QString& from, const QString& user, bool answer,
        int talkMs = 0)
    {
        const QJsonObject who { { "user"_L1, user } };
        if (post(webhook(u"newCall"_s, callId, from, who)) != 200)
            return false;
        if (answer && post(webhook(u"answer"_s, callId, from, who)) != 200)
            return false;
        if (talkMs > 0)
            QTest::qWait(talkMs);
        return post(webhook(u"hangup"_s, callId, from,
                   { { "user"_L1, user },
                       { "cause"_L1, answer ? u"normalClearing"_s : u"noAnswer"_s } }))
            == 200;
    }
    CtiCallRecord record(const QString& callId)
    {
        return storage_->cti().call(callId).value_or(std::nullopt).value_or(CtiCallRecord {});
    }
    QJsonObject stored(QLatin1StringView kind, const QString& id)
    {
        auto entity = storage_->entity(u"live"_s, QString(kind), id);
        return entity && *entity ? **entity : QJsonObject();
    }
    qint64 liveSeq() { return storage_->currentSeq(u"live"_s).value_or(-1); }
    // Only these agents are available, all in Customer care (the team of q-care).
    bool onlyAvailable(const QStringList& ids)
    {
        auto agents = storage_->entitiesOfKind(u"live"_s, QString(EntityKind::Agent));
        if (!agents)
            return false;
        WriteBatch batch;
        batch.space = u"live"_s;
        for (const StoredEntity& stored : *agents) {
            auto agent = protocol::Agent::fromJson(stored.payload).value();
            const bool free = ids.contains(agent.id);
            agent.presence = free ? protocol::Presence::Available : protocol::Presence::Offline;
            if (free && !agent.teams.contains(u"Customer care"_s))
                agent.teams.append(u"Customer care"_s);
            batch.events.append(
                { u"agent.upserted"_s, agent.id, agent.toJson(), QDateTime::currentDateTimeUtc() });
        }
        return storage_->commit(batch).has_value();
    }

private Q_SLOTS:
    void init()
    {
        server_ = InProcessServer::start(20, 60, [](ServerOptions& o) {
            o.ctiRegion = u"TR"_s;
            o.snoozeWakeInterval = std::chrono::milliseconds(kWakeIntervalMs);
        });
        QVERIFY(server_);
        storage_ = server_->openStorage();
        QVERIFY(storage_ && writeCallers(*storage_));
        auto token = CtiToken::rotate(storage_->cti());
        QVERIFY(token);
        token_ = token->toLatin1();
    }

    void cleanup()
    {
        storage_.reset();
        server_.reset();
    }

    void wrapUpOfALandedCallNotesTagsAndResolves()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-3"_s) > 0);
        QVERIFY(ringAndHangUp(u"w-1"_s, u"0532 123 45 67"_s, u"agent-3"_s, true));
        const QString conversationId = record(u"w-1"_s).conversationId;
        QVERIFY(!conversationId.isEmpty());
        const qint64 revision
            = stored(EntityKind::Conversation, conversationId).value("revision"_L1).toInteger();

        protocol::CallWrapUp wrapUp = wrapUpOf(
            u"w-1"_s, protocol::WrapUpCode::Resolved, u"Refund confirmed, card in 3 days."_s);
        wrapUp.tags = { u"Refund"_s, u"Phone order"_s };
        const QString commandId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto ack = agent.command(wrapUpFrame(wrapUp, commandId));
        QCOMPARE(typeOf(ack), u"ack"_s);

        QList<QJsonObject> notes; // the hangup's call entry came before
        for (const QJsonObject& message : payloadsOf(agent, "message.added"_L1)) {
            if (!message.contains("call"_L1))
                notes.append(message);
        }
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().value("conversationId"_L1).toString(), conversationId);
        QCOMPARE(notes.first().value("direction"_L1).toString(), u"note"_s);
        QCOMPARE(notes.first().value("authorId"_L1).toString(), u"agent-3"_s);
        QCOMPARE(notes.first().value("body"_L1).toString(),
            u"Wrap-up: Resolved\nRefund confirmed, card in 3 days."_s);
        const QJsonObject conversation = payloadsOf(agent, "conversation.upserted"_L1).last();
        QCOMPARE(conversation.value("id"_L1).toString(), conversationId);
        QCOMPARE(conversation.value("status"_L1).toString(), u"resolved"_s);
        QVERIFY(conversation.contains("resolvedAt"_L1));
        QCOMPARE(conversation.value("tags"_L1).toArray(),
            (QJsonArray { u"Refund"_s, u"Phone order"_s }));
        QCOMPARE(conversation.value("revision"_L1).toInteger(), revision + 1);
        QCOMPARE(stored(EntityKind::Conversation, conversationId), conversation);
        QCOMPARE(record(u"w-1"_s).wrapUpCode, u"resolved"_s);
        QCOMPARE(record(u"w-1"_s).wrappedUpBy, u"agent-3"_s);

        // The same command again is answered as the first time and changes nothing.
        const qint64 seq = liveSeq();
        QCOMPARE(agent.command(wrapUpFrame(wrapUp, commandId)), ack);
        QCOMPARE(liveSeq(), seq);
        // A second wrap-up of the call is refused.
        const auto again = agent.command(wrapUpFrame(wrapUp));
        QCOMPARE(typeOf(again), u"reject"_s);
        QCOMPARE(codeOf(again), u"already_wrapped_up"_s);
        QCOMPARE(liveSeq(), seq);
    }

    void followUpIsSnoozedForTheAgentAndReopensWhenDue()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        QVERIFY(ringAndHangUp(u"w-2"_s, u"+44 20 7946 0958"_s, u"agent-1"_s, true));
        const QString conversationId = record(u"w-2"_s).conversationId;
        QVERIFY(!conversationId.isEmpty());

        protocol::CallWrapUp wrapUp = wrapUpOf(u"w-2"_s, protocol::WrapUpCode::CallbackNeeded,
            u"Wants the repair estimate by phone."_s);
        wrapUp.followUpAt = QDateTime::currentDateTimeUtc().addMSecs(1500);
        QCOMPARE(typeOf(agent.command(wrapUpFrame(wrapUp))), u"ack"_s);
        const QString body
            = payloadsOf(agent, "message.added"_L1).last().value("body"_L1).toString();
        QVERIFY2(body.startsWith(u"Wrap-up: Callback needed\nWants the repair estimate by phone.\n"
                                 u"Follow-up: "_s),
            qPrintable(body));
        const QJsonObject snoozed = payloadsOf(agent, "conversation.upserted"_L1).last();
        QCOMPARE(snoozed.value("status"_L1).toString(), u"snoozed"_s);
        QCOMPARE(snoozed.value("assigneeId"_L1).toString(), u"agent-1"_s);
        QCOMPARE(
            protocol::fromWireTime(snoozed.value("snoozedUntil"_L1).toString()), wrapUp.followUpAt);

        // Not before it is due...
        QVERIFY(agent.quietFor(kWakeIntervalMs * 3));
        // ...then back in agent-1's queue, on every desktop.
        QJsonObject woken;
        QVERIFY(QTest::qWaitFor(
            [&] {
                while (auto frame = agent.take(50)) {
                    for (const QJsonValue& event : frame->value("events"_L1).toArray()) {
                        const QJsonObject payload = event.toObject().value("payload"_L1).toObject();
                        if (payload.value("id"_L1).toString() == conversationId)
                            woken = payload;
                    }
                }
                return !woken.isEmpty();
            },
            5000));
        QCOMPARE(woken.value("status"_L1).toString(), u"open"_s);
        QCOMPARE(woken.value("assigneeId"_L1).toString(), u"agent-1"_s);
        QVERIFY(!woken.contains("snoozedUntil"_L1));
        QCOMPARE(
            woken.value("revision"_L1).toInteger(), snoozed.value("revision"_L1).toInteger() + 1);
        QCOMPARE(stored(EntityKind::Conversation, conversationId), woken);
        QCOMPARE(storage_->dueSnoozes(QDateTime::currentDateTimeUtc(), 10).value().size(), 0);
    }

    void unknownCallerLandsOnTheCustomerTheAgentCreated()
    {
        SyncClient agent(server_->port);
        SyncClient colleague(server_->port);
        QVERIFY(agent.join(u"agent-3"_s) > 0);
        QVERIFY(colleague.join(u"agent-4"_s) > 0);
        QVERIFY(ringAndHangUp(u"w-3"_s, u"+49 89 1234567"_s, u"agent-3"_s, true, 1100));
        QVERIFY(record(u"w-3"_s).conversationId.isEmpty()); // nobody's yet
        QVERIFY(record(u"w-3"_s).customerIds.isEmpty());

        protocol::Customer created;
        created.id = u"cus-new-caller"_s;
        created.firstName = u"Lena"_s;
        created.lastName = u"Vogel"_s;
        created.phones.append({ u"+49 89 1234567"_s, u"+49891234567"_s, u"mobile"_s });
        QCOMPARE(
            typeOf(agent.command(commandFrame(u"customer.create"_s, created.toJson()))), u"ack"_s);
        protocol::CallWrapUp wrapUp
            = wrapUpOf(u"w-3"_s, protocol::WrapUpCode::InformationGiven, u"Asked for hours."_s);
        wrapUp.customerId = created.id;
        QCOMPARE(typeOf(agent.command(wrapUpFrame(wrapUp))), u"ack"_s);

        // The call is now a phone entry on Lena's timeline, seen by every desktop.
        const QString conversationId = record(u"w-3"_s).conversationId;
        QVERIFY(conversationId.startsWith("con-call-"_L1));
        QVERIFY(QTest::qWaitFor([&] {
            for (const QJsonObject& frame : colleague.frames) {
                for (const QJsonValue& event : frame.value("events"_L1).toArray()) {
                    const QJsonObject payload = event.toObject().value("payload"_L1).toObject();
                    if (payload.contains("call"_L1) && payload.value("customerId"_L1) == created.id)
                        return true;
                }
            }
            return false;
        }));
        QJsonObject call;
        for (const QJsonObject& message : payloadsOf(agent, "message.added"_L1)) {
            if (message.contains("call"_L1))
                call = message;
        }
        QCOMPARE(call.value("customerId"_L1).toString(), created.id);
        QCOMPARE(call.value("conversationId"_L1).toString(), conversationId);
        QCOMPARE(call.value("channel"_L1).toString(), u"phone"_s);
        QCOMPARE(call.value("direction"_L1).toString(), u"in"_s);
        QCOMPARE(
            call.value("call"_L1).toObject().value("disposition"_L1).toString(), u"answered"_s);
        QVERIFY(call.value("call"_L1).toObject().value("durationSeconds"_L1).toInteger() >= 1);
        const QJsonObject conversation = stored(EntityKind::Conversation, conversationId);
        QCOMPARE(conversation.value("customerId"_L1).toString(), created.id);
        QCOMPARE(conversation.value("channel"_L1).toString(), u"phone"_s);
        // information_given with no follow-up leaves the conversation open.
        QCOMPARE(conversation.value("status"_L1).toString(), u"open"_s);
        auto timeline = storage_->entitiesOfCustomer(u"live"_s, created.id);
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), 3); // the conversation, the call, the wrap-up note
    }

    void sharedNumberCallLandsOnThePickedCustomer()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-3"_s) > 0);
        QVERIFY(ringAndHangUp(u"w-4"_s, u"+30 210 123 4567"_s, u"agent-3"_s, false));
        QCOMPARE(record(u"w-4"_s).customerIds,
            (QStringList { QString(kCallerGr1), QString(kCallerGr2) }));
        QVERIFY(record(u"w-4"_s).conversationId.isEmpty());

        // Without a pick the server cannot tell whose call it was.
        const protocol::CallWrapUp wrapUp
            = wrapUpOf(u"w-4"_s, protocol::WrapUpCode::CallbackNeeded);
        const qint64 seq = liveSeq();
        const auto refused = agent.command(wrapUpFrame(wrapUp));
        QCOMPARE(codeOf(refused), u"customer_required"_s);
        QCOMPARE(refused->value("reason"_L1).toString(), u"payload.customerId"_s);
        QCOMPARE(liveSeq(), seq);

        protocol::CallWrapUp picked = wrapUp;
        picked.customerId = QString(kCallerGr2);
        QCOMPARE(typeOf(agent.command(wrapUpFrame(picked))), u"ack"_s);
        auto nikos = storage_->entitiesOfCustomer(u"live"_s, QString(kCallerGr2));
        auto eleni = storage_->entitiesOfCustomer(u"live"_s, QString(kCallerGr1));
        QVERIFY(nikos && eleni);
        QJsonObject call;
        for (const StoredEntity& entity : *nikos) {
            if (entity.kind == EntityKind::Message && entity.payload.contains("call"_L1))
                call = entity.payload;
        }
        QCOMPARE(call.value("call"_L1).toObject().value("disposition"_L1).toString(), u"missed"_s);
        QCOMPARE(call.value("call"_L1).toObject().value("durationSeconds"_L1).toInteger(), 0);
        QCOMPARE(call.value("body"_L1).toString(), u"Incoming call, missed"_s);
        QVERIFY(eleni->isEmpty());
    }

    void refusedWrapUpsChangeNothing()
    {
        SyncClient agent(server_->port);
        SyncClient other(server_->port);
        SyncClient lead(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        QVERIFY(other.join(u"agent-2"_s) > 0); // Technical support
        QVERIFY(lead.join(u"agent-3"_s) > 0); // leads Customer care, agent-1's team
        const qint64 seq = liveSeq();

        const auto unknown
            = agent.command(wrapUpFrame(wrapUpOf(u"never-rang"_s, protocol::WrapUpCode::Resolved)));
        QCOMPARE(codeOf(unknown), u"not_found"_s);
        QCOMPARE(unknown->value("reason"_L1).toString(), u"payload.callId"_s);

        QJsonObject badCode = wrapUpOf(u"w-5"_s, protocol::WrapUpCode::Resolved).toJson();
        badCode.insert("code"_L1, u"sorted"_s);
        const auto invalid = agent.command(commandFrame(u"call.wrapUp"_s, badCode));
        QCOMPARE(codeOf(invalid), u"invalid"_s);
        QCOMPARE(invalid->value("reason"_L1).toString(), u"payload.code"_s);

        QCOMPARE(post(webhook(
                     u"newCall"_s, u"w-5"_s, u"0532 123 45 67"_s, { { "user"_L1, u"agent-1"_s } })),
            200);
        const protocol::CallWrapUp wrapUp = wrapUpOf(u"w-5"_s, protocol::WrapUpCode::Escalated);
        QCOMPARE(codeOf(agent.command(wrapUpFrame(wrapUp))), u"call_not_ended"_s);
        QCOMPARE(post(webhook(
                     u"hangup"_s, u"w-5"_s, u"0532 123 45 67"_s, { { "cause"_L1, u"cancel"_s } })),
            200);
        const qint64 landed = liveSeq();
        QCOMPARE(landed, seq + 2); // the abandoned call on the timeline, nothing else
        const auto forbidden = other.command(wrapUpFrame(wrapUp));
        QCOMPARE(codeOf(forbidden), u"forbidden"_s);
        QCOMPARE(liveSeq(), landed);
        QVERIFY(record(u"w-5"_s).wrapUpCode.isEmpty());

        // The lead of the agent's team may wrap it up for them.
        QCOMPARE(typeOf(lead.command(wrapUpFrame(wrapUp))), u"ack"_s);
        QCOMPARE(record(u"w-5"_s).wrappedUpBy, u"agent-3"_s);
    }

    void declinedCallIsOfferedToTheNextIdleAgent()
    {
        QVERIFY(onlyAvailable({ u"agent-1"_s, u"agent-4"_s }));
        SyncClient one(server_->port);
        SyncClient four(server_->port);
        QVERIFY(one.join(u"agent-1"_s) > 0);
        QVERIFY(four.join(u"agent-4"_s) > 0);
        QCOMPARE(post(webhook(
                     u"newCall"_s, u"d-1"_s, u"0532 123 45 67"_s, { { "queue"_L1, u"q-care"_s } })),
            200);
        const QString first = record(u"d-1"_s).agentId;
        QVERIFY(first == "agent-1"_L1 || first == "agent-4"_L1);
        SyncClient& firstClient = first == "agent-1"_L1 ? one : four;
        SyncClient& secondClient = first == "agent-1"_L1 ? four : one;
        const QString second = first == "agent-1"_L1 ? u"agent-4"_s : u"agent-1"_s;
        QVERIFY(takeCall(firstClient, u"d-1"_s));

        // Only the agent it rings at may decline it.
        QCOMPARE(codeOf(secondClient.command(declineFrame(u"d-1"_s))), u"forbidden"_s);

        const qint64 seq = liveSeq();
        const auto declined = firstClient.command(declineFrame(u"d-1"_s));
        QCOMPARE(typeOf(declined), u"ack"_s);
        QCOMPARE(declined->value("seq"_L1).toInteger(), 0);
        QCOMPARE(liveSeq(), seq);
        const auto offered = takeCall(secondClient, u"d-1"_s);
        QVERIFY(offered);
        QCOMPARE(offered->value("event"_L1).toString(), u"offered"_s);
        QCOMPARE(offered->value("agentId"_L1).toString(), second);
        const QJsonArray matches = offered->value("matches"_L1).toArray();
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().toObject().value("customerId"_L1).toString(), QString(kCallerTr));
        QCOMPARE(record(u"d-1"_s).agentId, second);
        QCOMPARE(record(u"d-1"_s).declinedBy, QStringList { first });

        // The second declines too: nobody else is free, so it rings at nobody.
        QCOMPARE(typeOf(secondClient.command(declineFrame(u"d-1"_s))), u"ack"_s);
        QVERIFY(record(u"d-1"_s).agentId.isEmpty());
        QCOMPARE(record(u"d-1"_s).declinedBy, (QStringList { first, second }));
        QVERIFY(firstClient.quietFor(300)); // the decliner hears no more of it

        // An answered call can no longer be declined; an ended one neither.
        QCOMPARE(post(webhook(
                     u"newCall"_s, u"d-2"_s, u"0532 123 45 67"_s, { { "user"_L1, u"agent-1"_s } })),
            200);
        QCOMPARE(post(webhook(u"answer"_s, u"d-2"_s, u"0532 123 45 67"_s)), 200);
        QCOMPARE(codeOf(one.command(declineFrame(u"d-2"_s))), u"call_answered"_s);
        QCOMPARE(post(webhook(u"hangup"_s, u"d-2"_s, u"0532 123 45 67"_s,
                     { { "cause"_L1, u"normalClearing"_s } })),
            200);
        QCOMPARE(codeOf(one.command(declineFrame(u"d-2"_s))), u"call_ended"_s);
        QCOMPARE(record(u"d-2"_s).answeredBy, u"agent-1"_s);
    }

    void aDesktopConnectingMidRingPopsAgain()
    {
        QCOMPARE(post(webhook(u"newCall"_s, u"r-1"_s, u"+1 212 555 0123"_s,
                     { { "user"_L1, u"agent-3"_s } })),
            200);
        // Rang before agent-3's desktop was up: it pops once the session is synced.
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-3"_s) > 0);
        const auto offered = takeCall(agent, u"r-1"_s);
        QVERIFY(offered);
        QCOMPARE(offered->value("event"_L1).toString(), u"offered"_s);
        QCOMPARE(offered->value("e164"_L1).toString(), u"+12125550123"_s);
        QCOMPARE(offered->value("matches"_L1).toArray().first().toObject().value("customerId"_L1),
            QJsonValue(QString(kCallerUs)));
        // Nobody else's desktop gets it.
        SyncClient colleague(server_->port);
        QVERIFY(colleague.join(u"agent-1"_s) > 0);
        QVERIFY(colleague.quietFor(300));

        // Answered: a desktop connecting now has nothing to pop.
        QCOMPARE(post(webhook(u"answer"_s, u"r-1"_s, u"+1 212 555 0123"_s)), 200);
        SyncClient later(server_->port);
        QVERIFY(later.join(u"agent-3"_s) > 0);
        QVERIFY(later.quietFor(300));

        // A call that has rung longer than a PBX rings is not offered again either.
        QCOMPARE(post(webhook(u"newCall"_s, u"r-2"_s, u"+1 212 555 0123"_s,
                     { { "user"_L1, u"agent-3"_s } })),
            200);
        CtiCallRecord stale = record(u"r-2"_s);
        stale.offeredAt = QDateTime::currentDateTimeUtc().addSecs(-61);
        QVERIFY(storage_->cti().saveCall(stale));
        SyncClient late(server_->port);
        QVERIFY(late.join(u"agent-3"_s) > 0);
        QVERIFY(late.quietFor(300));
    }
};

QTEST_GUILESS_MAIN(TestServerCallCommands)
#include "tst_servercallcommands.moc"
