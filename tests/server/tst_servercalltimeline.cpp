// Where an ended call lands: an outbound call matches the number called and is an outgoing
// phone message by the agent; calls of one customer share their open phone conversation
// until it is resolved; an unanswered call is missed (or abandoned) with no talk time.
#include "CtiTestSupport.h"
#include "protocol/Conversation.h"
#include "protocol/Message.h"
#include "server/CtiToken.h"
#include "server/EntityKind.h"

#include <QtTest>

using namespace switchboard::server;
using namespace switchboard::server::test;
using namespace Qt::StringLiterals;
namespace protocol = switchboard::protocol;

class TestServerCallTimeline : public QObject {
    Q_OBJECT

    std::unique_ptr<InProcessServer> server_;
    std::unique_ptr<ServerStorage> storage_;
    QByteArray token_;

    // Rings, optionally answers, hangs up; the call's record afterwards.
    CtiCallRecord call(const QString& callId, const QString& direction, const QString& customer,
        bool answer, const QString& cause)
    {
        const bool in = direction == "in"_L1;
        const QJsonObject base { { "callId"_L1, callId }, { "direction"_L1, direction },
            { "from"_L1, in ? customer : u"201"_s }, { "to"_L1, in ? u"4401"_s : customer },
            { "user"_L1, u"agent-3"_s } };
        auto post = [&](const QString& event, const QJsonObject& extra = {}) {
            QJsonObject body = base;
            body.insert("event"_L1, event);
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            return postCti(server_->port, token_, ctiJson(body)).status;
        };
        if (post(u"newCall"_s) != 200 || (answer && post(u"answer"_s) != 200)
            || post(u"hangup"_s, { { "cause"_L1, cause } }) != 200)
            return {};
        return storage_->cti().call(callId).value().value_or(CtiCallRecord {});
    }

    protocol::Message messageOf(const CtiCallRecord& record)
    {
        auto events = storage_->entitiesOfCustomer(u"live"_s, record.customerIds.value(0));
        for (const StoredEntity& entity : events.value()) {
            auto message = protocol::Message::fromJson(entity.payload);
            if (entity.kind == EntityKind::Message && message && message->call
                && message->conversationId == record.conversationId
                && message->sentAt == record.offeredAt)
                return *message;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        server_ = InProcessServer::start(2, 0);
        QVERIFY(server_);
        storage_ = server_->openStorage();
        QVERIFY(storage_ && writeCallers(*storage_));
        token_ = CtiToken::rotate(storage_->cti()).value().toLatin1();
    }

    void outboundCallIsAnOutgoingMessageOfTheAgent()
    {
        const CtiCallRecord record
            = call(u"out-1"_s, u"out"_s, u"+44 20 7946 0958"_s, true, u"normalClearing"_s);
        QCOMPARE(record.customerIds, QStringList { QString(kCallerGb) });
        QCOMPARE(record.disposition, u"answered"_s);
        const protocol::Message message = messageOf(record);
        QCOMPARE(message.direction, protocol::MessageDirection::Outbound);
        QCOMPARE(message.channel, protocol::Channel::Phone);
        QCOMPARE(message.authorId, u"agent-3"_s);
        QVERIFY(message.call);
        QCOMPARE(message.call->disposition, u"answered"_s);
    }

    void callsShareTheOpenPhoneConversationUntilResolved()
    {
        const CtiCallRecord missed
            = call(u"in-1"_s, u"in"_s, u"+1 212 555 0123"_s, false, u"busy"_s);
        QCOMPARE(missed.disposition, u"missed"_s);
        const protocol::Message missedMessage = messageOf(missed);
        QVERIFY(missedMessage.call);
        QCOMPARE(missedMessage.call->durationSeconds, 0);
        QCOMPARE(missedMessage.body, u"Incoming call, missed"_s);
        const CtiCallRecord abandoned
            = call(u"in-2"_s, u"in"_s, u"+1 212 555 0123"_s, false, u"cancel"_s);
        QCOMPARE(abandoned.disposition, u"abandoned"_s);
        QCOMPARE(abandoned.conversationId, missed.conversationId);

        // Resolved: the next call opens a new phone conversation.
        auto stored = storage_->entity(u"live"_s, u"conversation"_s, missed.conversationId);
        QVERIFY(stored && *stored);
        auto conversation = protocol::Conversation::fromJson(**stored).value();
        QCOMPARE(conversation.channel, protocol::Channel::Phone);
        QCOMPARE(conversation.assigneeId, u"agent-3"_s);
        conversation.status = protocol::ConversationStatus::Resolved;
        conversation.revision += 1;
        WriteBatch batch;
        batch.space = u"live"_s;
        batch.events.append({ u"conversation.upserted"_s, conversation.id, conversation.toJson(),
            QDateTime::currentDateTimeUtc() });
        QVERIFY(storage_->commit(batch));
        const CtiCallRecord next
            = call(u"in-3"_s, u"in"_s, u"+1 212 555 0123"_s, true, u"normalClearing"_s);
        QVERIFY(!next.conversationId.isEmpty());
        QVERIFY(next.conversationId != missed.conversationId);
    }
};

QTEST_GUILESS_MAIN(TestServerCallTimeline)
#include "tst_servercalltimeline.moc"
