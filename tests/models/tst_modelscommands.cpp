// The command API: each intent becomes the protocol command docs/protocol.md describes,
// with a fresh id; invalid intents make nothing. Also the canned-reply placeholders and
// the draft file.
#include "models/CannedReplyLibrary.h"
#include "models/FileDraftStore.h"
#include "models/WorkspaceCommands.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace switchboard {

using models::WorkspaceCommands;
namespace CommandType = protocol::CommandType;

class WorkspaceCommandsTest : public QObject {
    Q_OBJECT

private:
    static protocol::Command only(const QSignalSpy& spy)
    {
        if (spy.size() != 1)
            qFatal("expected one command, got %d", int(spy.size()));
        return spy.first().at(0).value<protocol::Command>();
    }

private Q_SLOTS:
    void intentsBecomeCommands_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("payload");
        QTest::newRow("addTag") << QString(CommandType::AddTag)
                                << QJsonObject { { u"conversationId"_s, u"con-1"_s },
                                       { u"tag"_s, u"Incident"_s } };
        QTest::newRow("removeTag")
            << QString(CommandType::RemoveTag)
            << QJsonObject { { u"conversationId"_s, u"con-1"_s }, { u"tag"_s, u"VIP"_s } };
        QTest::newRow("assignTo") << QString(CommandType::Assign)
                                  << QJsonObject { { u"conversationId"_s, u"con-1"_s },
                                         { u"agentId"_s, u"agt-2"_s } };
        QTest::newRow("assignToMe")
            << QString(CommandType::Assign)
            << QJsonObject { { u"conversationId"_s, u"con-1"_s }, { u"agentId"_s, u"agt-me"_s } };
        QTest::newRow("assignToQueue") << QString(CommandType::Assign)
                                       << QJsonObject { { u"conversationId"_s, u"con-1"_s },
                                              { u"queueId"_s, u"q-billing"_s } };
        QTest::newRow("setStatus")
            << QString(CommandType::SetStatus)
            << QJsonObject { { u"conversationId"_s, u"con-1"_s }, { u"status"_s, u"resolved"_s } };
        QTest::newRow("setPriority")
            << QString(CommandType::SetPriority)
            << QJsonObject { { u"conversationId"_s, u"con-1"_s }, { u"priority"_s, u"urgent"_s } };
        QTest::newRow("snooze") << QString(CommandType::Snooze)
                                << QJsonObject { { u"conversationId"_s, u"con-1"_s },
                                       { u"until"_s, u"2026-11-25T09:00:00.000Z"_s } };
    }

    void intentsBecomeCommands()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, payload);
        WorkspaceCommands commands;
        commands.setCurrentAgent(u"agt-me"_s);
        QSignalSpy spy(&commands, &WorkspaceCommands::commandReady);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        const QString c = u"con-1"_s;
        QUuid id;
        if (name == u"addTag")
            id = commands.addTag(c, u" Incident "_s);
        else if (name == u"removeTag")
            id = commands.removeTag(c, u"VIP"_s);
        else if (name == u"assignTo")
            id = commands.assignTo(c, u"agt-2"_s);
        else if (name == u"assignToMe")
            id = commands.assignToMe(c);
        else if (name == u"assignToQueue")
            id = commands.assignToQueue(c, u"q-billing"_s);
        else if (name == u"setStatus")
            id = commands.setStatus(c, protocol::ConversationStatus::Resolved);
        else if (name == u"setPriority")
            id = commands.setPriority(c, protocol::Priority::Urgent);
        else if (name == u"snooze")
            id = commands.snooze(c, QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        const protocol::Command command = only(spy);
        QCOMPARE(command.type, type);
        QCOMPARE(command.payload, payload);
        QCOMPARE(command.id, id);
        QVERIFY(!command.id.isNull());
        // It travels: the codec takes it back unchanged.
        auto decoded = protocol::Command::fromJson(command.toJson());
        QVERIFY(decoded);
        QCOMPARE(*decoded, command);
    }

    void repliesAndNotesCarryAMessageId()
    {
        WorkspaceCommands commands;
        QSignalSpy spy(&commands, &WorkspaceCommands::commandReady);
        commands.reply(u"con-1"_s, protocol::Channel::Sms, u"İadeniz bugün başlatıldı."_s);
        commands.addNote(u"con-1"_s, u"Called the courier."_s);
        QCOMPARE(spy.size(), 2);
        const auto reply = spy.at(0).at(0).value<protocol::Command>();
        const auto note = spy.at(1).at(0).value<protocol::Command>();
        QCOMPARE(reply.type, QString(CommandType::SendMessage));
        QCOMPARE(reply.payload.value(u"channel"_s).toString(), u"sms"_s);
        QCOMPARE(reply.payload.value(u"body"_s).toString(), u"İadeniz bugün başlatıldı."_s);
        QCOMPARE(note.type, QString(CommandType::AddNote));
        const QString a = reply.payload.value(u"messageId"_s).toString();
        const QString b = note.payload.value(u"messageId"_s).toString();
        QVERIFY(a.startsWith(u"msg-c-"_s));
        QVERIFY(a != b);
        QVERIFY(reply.id != note.id);
    }

    void invalidIntentsMakeNothing()
    {
        WorkspaceCommands commands; // no current agent
        QSignalSpy spy(&commands, &WorkspaceCommands::commandReady);
        QVERIFY(commands.addTag(u"con-1"_s, u"   "_s).isNull());
        QVERIFY(commands.addTag(u"con-1"_s, QString(65, u'x')).isNull());
        QVERIFY(commands.addTag(QString(), u"VIP"_s).isNull());
        QVERIFY(commands.assignToMe(u"con-1"_s).isNull());
        QVERIFY(commands.reply(u"con-1"_s, protocol::Channel::Chat, u"\n  "_s).isNull());
        QVERIFY(commands.setStatus(u"con-1"_s, protocol::ConversationStatus::Snoozed).isNull());
        QVERIFY(commands.snooze(u"con-1"_s, QDateTime()).isNull());
        QVERIFY(commands.updateCustomer(u"cus-1"_s, {}, 3).isNull());
        QCOMPARE(spy.size(), 0);
    }

    void customerEditsCarryTheirRevision()
    {
        WorkspaceCommands commands;
        QSignalSpy spy(&commands, &WorkspaceCommands::commandReady);
        commands.updateCustomer(u"cus-2"_s, { { u"company"_s, u"Acme Ltd"_s } }, 7);
        const auto command = only(spy);
        QCOMPARE(command.type, QString(CommandType::UpdateCustomer));
        QCOMPARE(command.baseRevision, std::optional<qint64>(7));
        QCOMPARE(command.payload.value(u"fields"_s).toObject().value(u"company"_s).toString(),
            u"Acme Ltd"_s);
    }

    void cannedRepliesFillPlaceholders()
    {
        models::CannedReplyLibrary library;
        QVERIFY(!library.matching(u"ref").isEmpty());
        QCOMPARE(library.matching(u"REF").first().shortcut, u"refund"_s);
        QCOMPARE(library.matching(QStringView()).size(), library.replies().size());
        protocol::Customer kevin;
        kevin.firstName = u"Kevin"_s;
        protocol::Order order;
        order.id = u"ord-0042"_s;
        QCOMPARE(models::CannedReplyLibrary::expand(
                     u"Hi {{first_name}}, order {{last_order}}."_s, kevin, order),
            u"Hi Kevin, order ord-0042."_s);
        QCOMPARE(models::CannedReplyLibrary::expand(
                     u"Hi {{first_name}}, order {{last_order}} left."_s, kevin, std::nullopt),
            u"Hi Kevin, order left."_s);
    }

    void draftsSurviveReopeningTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/drafts.json"_s);
        {
            models::FileDraftStore drafts(path);
            QVERIFY(drafts.setDraft(u"con-1"_s, u"Merhaba Ayşe,"_s));
            QVERIFY(drafts.setDraft(u"con-2"_s, u"Γεια σας"_s));
            QVERIFY(drafts.setDraft(u"con-2"_s, QString()));
        }
        models::FileDraftStore reopened(path);
        QCOMPARE(reopened.draft(u"con-1"_s), u"Merhaba Ayşe,"_s);
        QCOMPARE(reopened.draft(u"con-2"_s), QString());
        QVERIFY(!models::FileDraftStore::defaultPath().isEmpty());
    }
};

} // namespace switchboard

QTEST_GUILESS_MAIN(switchboard::WorkspaceCommandsTest)
#include "tst_modelscommands.moc"
