// Every command as an agent, lead, trainer or admin sends it over a real session: what it
// changes, who may send it, what a refused one says, and that nothing is applied twice.
#include "ServerTestSupport.h"
#include "server/EntityKind.h"

#include <QJsonArray>
#include <QTest>

using namespace switchboard::server;
using namespace switchboard::server::test;
using namespace Qt::StringLiterals;

class TestServerCommands : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> server_;

    qint64 liveSeq()
    {
        return httpGet(server_->port, "/health").json().value("liveSeq"_L1).toInteger();
    }
    QJsonObject stored(QLatin1StringView kind, const QString& id)
    {
        auto storage = server_->openStorage();
        auto entity = storage->entity(u"live"_s, QString(kind), id);
        return entity && *entity ? **entity : QJsonObject();
    }
    static QJsonObject onConversation(const QString& id, QJsonObject payload = {})
    {
        payload.insert("conversationId"_L1, id);
        return payload;
    }
    // The payload of the last event the client saw.
    static QJsonObject lastPayload(const SyncClient& client)
    {
        return client.events.isEmpty() ? QJsonObject()
                                       : client.events.last().value("payload"_L1).toObject();
    }
    static QString typeOf(const std::optional<QJsonObject>& answer)
    {
        return answer ? answer->value("type"_L1).toString() : u"(none)"_s;
    }

private Q_SLOTS:
    void init()
    {
        server_ = InProcessServer::start();
        QVERIFY(server_);
    }
    void cleanup() { server_.reset(); }

    void conversationCommandsChangeTheConversation()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        const QString id(kUnassigned);
        struct Step {
            QString type;
            QJsonObject payload;
            QString field;
            QJsonValue expected;
        };
        const QList<Step> steps {
            { u"conversation.addTag"_s, { { "tag"_L1, u"Incident"_s } }, u"tags"_s,
                QJsonArray { u"Incident"_s } },
            { u"conversation.removeTag"_s, { { "tag"_L1, u"Incident"_s } }, u"tags"_s,
                QJsonArray() },
            { u"conversation.setPriority"_s, { { "priority"_L1, u"urgent"_s } }, u"priority"_s,
                u"urgent"_s },
            { u"conversation.setStatus"_s, { { "status"_L1, u"pending"_s } }, u"status"_s,
                u"pending"_s },
            { u"conversation.snooze"_s, { { "until"_L1, u"2030-01-01T09:00:00.000Z"_s } },
                u"status"_s, u"snoozed"_s },
            { u"conversation.assign"_s, { { "agentId"_L1, u"agent-1"_s } }, u"assigneeId"_s,
                u"agent-1"_s },
            { u"conversation.assign"_s, { { "queueId"_L1, u"q-billing"_s } }, u"queueId"_s,
                u"q-billing"_s },
        };
        qint64 revision = stored(EntityKind::Conversation, id).value("revision"_L1).toInteger();
        for (const Step& step : steps) {
            const auto ack
                = agent.command(commandFrame(step.type, onConversation(id, step.payload)));
            QCOMPARE(typeOf(ack), u"ack"_s);
            const QJsonObject conversation = lastPayload(agent);
            QCOMPARE(
                agent.events.last().value("seq"_L1).toInteger(), ack->value("seq"_L1).toInteger());
            QCOMPARE(conversation.value(step.field), step.expected);
            QCOMPARE(conversation.value("revision"_L1).toInteger(), ++revision);
            QCOMPARE(stored(EntityKind::Conversation, id), conversation);
        }
        // Handed to a queue, the conversation has no assignee any more.
        QVERIFY(stored(EntityKind::Conversation, id).value("assigneeId"_L1).toString().isEmpty());
    }

    void aCommandThatChangesNothingIsAckedWithSeqZero()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        const auto frame = [] {
            return commandFrame(u"conversation.addTag"_s,
                onConversation(QString(kOfAgent1), { { "tag"_L1, u"VIP"_s } }));
        };
        QVERIFY(agent.command(frame())->value("seq"_L1).toInteger() > 0);
        const qint64 seq = liveSeq();
        QCOMPARE(agent.command(frame())->value("seq"_L1).toInteger(), 0);
        QCOMPARE(liveSeq(), seq);
    }

    void theEventReachesEverySessionBeforeTheAck()
    {
        SyncClient sender(server_->port);
        SyncClient other(server_->port);
        QVERIFY(sender.join(u"agent-1"_s) > 0);
        QVERIFY(other.join(u"agent-4"_s) > 0);
        sender.send(commandFrame(u"conversation.setPriority"_s,
            onConversation(QString(kOfAgent1), { { "priority"_L1, u"high"_s } })));
        const auto events = sender.take();
        const auto ack = sender.take();
        QCOMPARE(events->value("type"_L1).toString(), u"events"_s);
        QCOMPARE(ack->value("type"_L1).toString(), u"ack"_s);
        const qint64 seq
            = events->value("events"_L1).toArray().first().toObject().value("seq"_L1).toInteger();
        QCOMPARE(ack->value("seq"_L1).toInteger(), seq);
        const auto seen = other.takeType("events"_L1);
        QVERIFY(seen);
        QCOMPARE(
            seen->value("events"_L1).toArray().first().toObject().value("seq"_L1).toInteger(), seq);
    }

    void aResentCommandIsAnsweredAsBeforeAndAppliedOnce()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        const QJsonObject frame = commandFrame(u"note.add"_s,
            onConversation(QString(kOfAgent1),
                { { "messageId"_L1, u"msg-c-1"_s }, { "body"_L1, u"Called back"_s } }));
        const auto first = agent.command(frame);
        QCOMPARE(typeOf(first), u"ack"_s);
        const qint64 seq = liveSeq();
        const auto again = agent.command(frame);
        QCOMPARE(*again, *first);
        QCOMPARE(liveSeq(), seq);
        // A refused command is refused the same way again.
        const QJsonObject forbidden = commandFrame(
            u"conversation.addTag"_s, onConversation(QString(kOfAgent2), { { "tag"_L1, u"X"_s } }));
        const auto refused = agent.command(forbidden);
        QCOMPARE(typeOf(refused), u"reject"_s);
        QCOMPARE(*agent.command(forbidden), *refused);
    }

    void anAgentMayNotWorkSomeoneElsesConversation()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        const qint64 seq = liveSeq();
        const QJsonObject before = stored(EntityKind::Conversation, QString(kOfAgent2));
        const auto reject = agent.command(commandFrame(u"conversation.setStatus"_s,
            onConversation(QString(kOfAgent2), { { "status"_L1, u"resolved"_s } })));
        QCOMPARE(typeOf(reject), u"reject"_s);
        QCOMPARE(reject->value("code"_L1).toString(), u"forbidden"_s);
        QCOMPARE(reject->value("reason"_L1).toString(), u"conversation.assignee"_s);
        QVERIFY(reject->value("message"_L1).toString().contains(u"Can Aydın"_s));
        QCOMPARE(liveSeq(), seq);
        QCOMPARE(stored(EntityKind::Conversation, QString(kOfAgent2)), before);
        // Taking an unassigned one is fine; giving it to a colleague is not.
        QCOMPARE(agent
                     .command(commandFrame(u"conversation.assign"_s,
                         onConversation(QString(kUnassigned), { { "agentId"_L1, u"agent-4"_s } })))
                     ->value("code"_L1)
                     .toString(),
            u"forbidden"_s);
        QCOMPARE(typeOf(agent.command(commandFrame(u"conversation.assign"_s,
                     onConversation(QString(kUnassigned), { { "agentId"_L1, u"agent-1"_s } })))),
            u"ack"_s);
        // Their own they may hand to anyone.
        QCOMPARE(typeOf(agent.command(commandFrame(u"conversation.assign"_s,
                     onConversation(QString(kOfAgent1), { { "agentId"_L1, u"agent-2"_s } })))),
            u"ack"_s);
    }

    void aLeadWorksTheirTeamsConversationsOnly()
    {
        SyncClient lead(server_->port); // agent-3 leads Billing and Customer care
        QVERIFY(lead.join(u"agent-3"_s) > 0);
        QCOMPARE(typeOf(lead.command(commandFrame(u"conversation.assign"_s,
                     onConversation(QString(kOfAgent1), { { "agentId"_L1, u"agent-4"_s } })))),
            u"ack"_s);
        QCOMPARE(lead
                     .command(commandFrame(u"conversation.assign"_s,
                         onConversation(QString(kUnassigned), { { "agentId"_L1, u"agent-2"_s } })))
                     ->value("reason"_L1)
                     .toString(),
            u"payload.agentId"_s);
        const auto outside = lead.command(commandFrame(u"conversation.addTag"_s,
            onConversation(QString(kOfAgent2), { { "tag"_L1, u"Incident"_s } })));
        QCOMPARE(outside->value("code"_L1).toString(), u"forbidden"_s);

        SyncClient techLead(server_->port); // agent-9 leads Technical support
        QVERIFY(techLead.join(u"agent-9"_s) > 0);
        QCOMPARE(typeOf(techLead.command(commandFrame(u"conversation.addTag"_s,
                     onConversation(QString(kOfAgent2), { { "tag"_L1, u"Incident"_s } })))),
            u"ack"_s);
    }

    void aTrainerInLiveMaySetOnlyTheirPresence()
    {
        SyncClient trainer(server_->port);
        QVERIFY(trainer.join(u"agent-14"_s) > 0);
        const auto refused = trainer.command(commandFrame(u"conversation.addTag"_s,
            onConversation(QString(kUnassigned), { { "tag"_L1, u"X"_s } })));
        QCOMPARE(refused->value("code"_L1).toString(), u"forbidden"_s);
        QCOMPARE(trainer
                     .command(commandFrame(u"customer.update"_s,
                         { { "customerId"_L1, QString(kCustomerA) },
                             { "fields"_L1, QJsonObject { { "company"_L1, u"X"_s } } } },
                         1))
                     ->value("code"_L1)
                     .toString(),
            u"forbidden"_s);
        QCOMPARE(typeOf(trainer.command(
                     commandFrame(u"agent.setPresence"_s, { { "presence"_L1, u"away"_s } }))),
            u"ack"_s);
        QCOMPARE(lastPayload(trainer).value("presence"_L1).toString(), u"away"_s);
        QCOMPARE(
            stored(EntityKind::Agent, u"agent-14"_s).value("presence"_L1).toString(), u"away"_s);
    }

    void anAdminMayWorkAnyConversation()
    {
        SyncClient admin(server_->port);
        QVERIFY(admin.join(u"agent-16"_s) > 0);
        QCOMPARE(typeOf(admin.command(
                     commandFrame(u"conversation.unassign"_s, onConversation(QString(kOfAgent2))))),
            u"ack"_s);
        QVERIFY(lastPayload(admin).value("assigneeId"_L1).toString().isEmpty());
    }

    void sendingAMessageAddsItAndUpdatesTheConversation()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        const auto ack = agent.command(commandFrame(u"message.send"_s,
            onConversation(QString(kOfAgent1),
                { { "messageId"_L1, u"msg-c-9"_s }, { "channel"_L1, u"sms"_s },
                    { "body"_L1, u"İadeniz başlatıldı."_s } })));
        QCOMPARE(typeOf(ack), u"ack"_s);
        QCOMPARE(agent.events.size(), 2);
        const QJsonObject message = agent.events.at(0).value("payload"_L1).toObject();
        QCOMPARE(agent.events.at(0).value("type"_L1).toString(), u"message.added"_s);
        QCOMPARE(message.value("direction"_L1).toString(), u"out"_s);
        QCOMPARE(message.value("authorId"_L1).toString(), u"agent-1"_s);
        QCOMPARE(message.value("customerId"_L1).toString(), QString(kCustomerA));
        const QJsonObject conversation = agent.events.at(1).value("payload"_L1).toObject();
        QCOMPARE(conversation.value("firstResponseAt"_L1), message.value("sentAt"_L1));
        QCOMPARE(conversation.value("updatedAt"_L1), message.value("sentAt"_L1));

        agent.events.clear();
        QCOMPARE(typeOf(agent.command(commandFrame(u"note.add"_s,
                     onConversation(QString(kOfAgent1),
                         { { "messageId"_L1, u"msg-c-10"_s }, { "body"_L1, u"VIP"_s } })))),
            u"ack"_s);
        QCOMPARE(agent.events.size(), 1);
        QCOMPARE(lastPayload(agent).value("direction"_L1).toString(), u"note"_s);
        // A message id is used once.
        QCOMPARE(agent
                     .command(commandFrame(u"note.add"_s,
                         onConversation(QString(kOfAgent1),
                             { { "messageId"_L1, u"msg-c-10"_s }, { "body"_L1, u"again"_s } })))
                     ->value("reason"_L1)
                     .toString(),
            u"payload.messageId"_s);
    }

    void invalidPayloadsAreRejectedNamingTheField()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        const qint64 seq = liveSeq();
        auto reject = agent.command(commandFrame(u"conversation.setPriority"_s,
            onConversation(QString(kOfAgent1), { { "priority"_L1, u"whenever"_s } })));
        QCOMPARE(reject->value("code"_L1).toString(), u"invalid"_s);
        QCOMPARE(reject->value("reason"_L1).toString(), u"payload.priority"_s);
        reject = agent.command(commandFrame(u"conversation.addTag"_s, { { "tag"_L1, u"X"_s } }));
        QCOMPARE(reject->value("reason"_L1).toString(), u"payload.conversationId"_s);
        reject = agent.command(commandFrame(
            u"conversation.addTag"_s, onConversation(u"con-nope"_s, { { "tag"_L1, u"X"_s } })));
        QCOMPARE(reject->value("code"_L1).toString(), u"not_found"_s);
        reject = agent.command(commandFrame(u"conversation.addTag"_s,
            onConversation(QString(kOfAgent1), { { "tag"_L1, QString(65, u'x') } })));
        QCOMPARE(reject->value("reason"_L1).toString(), u"payload.tag"_s);
        QCOMPARE(liveSeq(), seq);
    }

    void creatingACustomer()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        const QJsonObject customer { { "id"_L1, u"cus-c-1"_s }, { "firstName"_L1, u"Kevin"_s },
            { "emails"_L1, QJsonArray { u"kevin@example.com"_s } } };
        QCOMPARE(typeOf(agent.command(commandFrame(u"customer.create"_s, customer))), u"ack"_s);
        QCOMPARE(lastPayload(agent).value("revision"_L1).toInteger(), 1);
        QCOMPARE(stored(EntityKind::Customer, u"cus-c-1"_s).value("firstName"_L1).toString(),
            u"Kevin"_s);
        QCOMPARE(agent.command(commandFrame(u"customer.create"_s, customer))
                     ->value("reason"_L1)
                     .toString(),
            u"payload.id"_s);
        QCOMPARE(agent.command(commandFrame(u"customer.create"_s, { { "id"_L1, u"cus-c-2"_s } }))
                     ->value("reason"_L1)
                     .toString(),
            u"payload.firstName"_s);
    }

    void aStaleEditOfTheSameFieldIsAConflictWithBothValues()
    {
        SyncClient first(server_->port);
        SyncClient second(server_->port);
        QVERIFY(first.join(u"agent-1"_s) > 0);
        QVERIFY(second.join(u"agent-4"_s) > 0);
        const auto edit = [](const QString& field, const QString& value) {
            return commandFrame(u"customer.update"_s,
                { { "customerId"_L1, QString(kCustomerA) },
                    { "fields"_L1, QJsonObject { { field, value } } } },
                1);
        };
        QCOMPARE(typeOf(first.command(edit(u"company"_s, u"ACME Holding"_s))), u"ack"_s);
        const auto conflict = second.command(edit(u"company"_s, u"Acme Ltd"_s));
        QCOMPARE(conflict->value("code"_L1).toString(), u"conflict"_s);
        QCOMPARE(conflict->value("reason"_L1).toString(), u"customer.company"_s);
        const QJsonObject both = conflict->value("conflict"_L1).toObject();
        QCOMPARE(both.value("field"_L1).toString(), u"company"_s);
        QCOMPARE(both.value("yours"_L1).toString(), u"Acme Ltd"_s);
        QCOMPARE(both.value("theirs"_L1).toString(), u"ACME Holding"_s);
        QCOMPARE(both.value("revision"_L1).toInteger(), 2);
        // Another field of the same stale revision goes through.
        QCOMPARE(typeOf(second.command(edit(u"firstName"_s, u"Adaline"_s))), u"ack"_s);
        const QJsonObject customer = stored(EntityKind::Customer, QString(kCustomerA));
        QCOMPARE(customer.value("company"_L1).toString(), u"ACME Holding"_s);
        QCOMPARE(customer.value("firstName"_L1).toString(), u"Adaline"_s);
        QCOMPARE(customer.value("revision"_L1).toInteger(), 3);
        QCOMPARE(second
                     .command(commandFrame(u"customer.update"_s,
                         { { "customerId"_L1, QString(kCustomerA) },
                             { "fields"_L1, QJsonObject { { "company"_L1, u"X"_s } } } }))
                     ->value("reason"_L1)
                     .toString(),
            u"command.baseRevision"_s);
    }

    void mergingMovesEverythingToTheSurvivor()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        const auto ack = agent.command(commandFrame(u"customer.merge"_s,
            { { "survivorId"_L1, QString(kCustomerA) }, { "mergedId"_L1, QString(kCustomerB) } }));
        QCOMPARE(typeOf(ack), u"ack"_s);
        QCOMPARE(agent.events.size(), 2);
        QCOMPARE(agent.events.at(0).value("type"_L1).toString(), u"customer.merged"_s);
        QCOMPARE(agent.events.at(1).value("type"_L1).toString(), u"customer.upserted"_s);
        const QJsonObject survivor = lastPayload(agent);
        QCOMPARE(survivor.value("phones"_L1).toArray().size(), 2);
        QCOMPARE(survivor.value("emails"_L1).toArray(),
            (QJsonArray { u"ada@example.com"_s, u"bo@example.com"_s }));
        QVERIFY(stored(EntityKind::Customer, QString(kCustomerB)).isEmpty());
        QCOMPARE(
            stored(EntityKind::Conversation, QString(kOfAgent2)).value("customerId"_L1).toString(),
            QString(kCustomerA));
        QCOMPARE(stored(EntityKind::Message, u"msg-t-b1"_s).value("customerId"_L1).toString(),
            QString(kCustomerA));
        QCOMPARE(agent
                     .command(commandFrame(u"customer.merge"_s,
                         { { "survivorId"_L1, QString(kCustomerA) },
                             { "mergedId"_L1, QString(kCustomerB) } }))
                     ->value("code"_L1)
                     .toString(),
            u"not_found"_s);
    }

    void settingPresence()
    {
        SyncClient agent(server_->port);
        QVERIFY(agent.join(u"agent-1"_s) > 0);
        QCOMPARE(typeOf(agent.command(
                     commandFrame(u"agent.setPresence"_s, { { "presence"_L1, u"busy"_s } }))),
            u"ack"_s);
        QCOMPARE(agent.events.last().value("type"_L1).toString(), u"agent.upserted"_s);
        QCOMPARE(lastPayload(agent).value("presence"_L1).toString(), u"busy"_s);
        QCOMPARE(
            agent.command(commandFrame(u"agent.setPresence"_s, { { "presence"_L1, u"asleep"_s } }))
                ->value("reason"_L1)
                .toString(),
            u"payload.presence"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
