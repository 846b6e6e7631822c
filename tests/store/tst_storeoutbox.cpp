// The outbox as the user lives it: an action shows at once (optimistic effect, written
// with the queued command in one transaction); a rejected action is undone exactly, to
// what the server says now plus whatever else is still pending; the server's copy of a
// message sent from here replaces the optimistic one instead of doubling it.
#include "StoreTestData.h"

#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/MessageRepository.h"
#include "store/SearchIndex.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace switchboard;
using namespace switchboard::store;
using namespace switchboard::store::testdata;
using namespace Qt::StringLiterals;
namespace CommandType = protocol::CommandType;
using protocol::Command;

Q_DECLARE_METATYPE(protocol::Command)

class TestStoreOutbox : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString path_;
    std::optional<Store> store_;
    qint64 seq_ = 0;

    protocol::Conversation serverConversation() const
    {
        auto c = conversation(u"con1"_s, u"c1"_s, u"Delivery late"_s);
        c.tags = {u"Billing"_s};
        c.assigneeId = u"agent-1"_s;
        return c;
    }

    protocol::Conversation stored(const QString& id = u"con1"_s)
    {
        auto found = store_->conversations().find(id);
        if (!found || !*found)
            qFatal("conversation %s is missing", qPrintable(id));
        return **found;
    }

    void applyServer(const protocol::Event& e)
    {
        protocol::Event numbered = e;
        numbered.seq = ++seq_;
        auto applied = store_->apply(kSpace, {numbered});
        if (!applied)
            qFatal("apply failed: %s", qPrintable(applied.error().message));
    }

    Command enqueued(QLatin1StringView type, const QJsonObject& payload)
    {
        const Command command = Command::make(type, payload);
        auto changes = store_->enqueue(command);
        if (!changes)
            qFatal("enqueue failed: %s", qPrintable(changes.error().message));
        return command;
    }

    static QJsonObject on(const QString& conversationId, QJsonObject fields)
    {
        fields.insert("conversationId"_L1, conversationId);
        return fields;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QUuid::createUuid().toString(QUuid::Id128));
        auto store = Store::open(path_);
        QVERIFY(store);
        store_.emplace(std::move(*store));
        seq_ = 0;
        applyServer(
            customerEvent(0, customer(u"c1"_s, u"Maria"_s, u"Georgiou"_s, u"+306900000001"_s)));
        applyServer(conversationEvent(0, serverConversation()));
    }

    void cleanup() { store_.reset(); }

    void effectShowsAtOnceAndIsQueuedWithIt()
    {
        const Command command = Command::make(CommandType::AddTag,
                                              on(u"con1"_s, {{"tag"_L1, u"Incident"_s}}));
        auto changes = store_->enqueue(command);
        QVERIFY(changes);
        QCOMPARE(changes->conversations, QSet<QString>{u"con1"_s});
        QCOMPARE(stored().tags, (QStringList{u"Billing"_s, u"Incident"_s}));
        QCOMPARE(store_->pending().value(), QList<Command>{command});
    }

    void rejectRestoresExactly_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<QString>("field");
        QTest::newRow("add tag") << Command::make(CommandType::AddTag,
                                                  on(u"con1"_s, {{"tag"_L1, u"Incident"_s}}))
                                 << u"tags"_s;
        QTest::newRow("remove tag") << Command::make(CommandType::RemoveTag,
                                                     on(u"con1"_s, {{"tag"_L1, u"Billing"_s}}))
                                    << u"tags"_s;
        QTest::newRow("assign agent")
            << Command::make(CommandType::Assign, on(u"con1"_s, {{"agentId"_L1, u"agent-2"_s}}))
            << u"assigneeId"_s;
        QTest::newRow("assign queue")
            << Command::make(CommandType::Assign, on(u"con1"_s, {{"queueId"_L1, u"q-sales"_s}}))
            << u"queueId"_s;
        QTest::newRow("unassign") << Command::make(CommandType::Unassign, on(u"con1"_s, {}))
                                  << u"assigneeId"_s;
        QTest::newRow("status") << Command::make(CommandType::SetStatus,
                                                 on(u"con1"_s, {{"status"_L1, u"resolved"_s}}))
                                << u"status"_s;
        QTest::newRow("priority") << Command::make(CommandType::SetPriority,
                                                   on(u"con1"_s, {{"priority"_L1, u"urgent"_s}}))
                                  << u"priority"_s;
        QTest::newRow("snooze") << Command::make(
                                       CommandType::Snooze,
                                       on(u"con1"_s, {{"until"_L1, u"2026-11-22T08:00:00.000Z"_s}}))
                                << u"snoozedUntil"_s;
    }

    void rejectRestoresExactly()
    {
        QFETCH(Command, command);
        QFETCH(QString, field);
        const protocol::Conversation before = stored();
        QVERIFY(store_->enqueue(command));
        const protocol::Conversation during = stored();
        QVERIFY2(during.toJson().value(field) != before.toJson().value(field), qPrintable(field));
        auto changes = store_->reject(command.id);
        QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().message));
        QCOMPARE(changes->conversations, QSet<QString>{u"con1"_s});
        QCOMPARE(stored(), before);
        QVERIFY(store_->pending().value().isEmpty());
    }

    void rejectAfterAServerChangeRestoresTheServersValue()
    {
        const Command resolve = enqueued(CommandType::SetStatus,
                                         on(u"con1"_s, {{"status"_L1, u"resolved"_s}}));
        // Meanwhile a colleague set it to pending and raised the priority.
        auto server = serverConversation();
        server.status = protocol::ConversationStatus::Pending;
        server.priority = protocol::Priority::High;
        server.revision = 2;
        applyServer(conversationEvent(0, server));
        // Local view: the server's state with our pending change on top.
        QCOMPARE(stored().status, protocol::ConversationStatus::Resolved);
        QCOMPARE(stored().priority, protocol::Priority::High);
        QCOMPARE(stored().revision, 2);

        QVERIFY(store_->reject(resolve.id));
        QCOMPARE(stored(), server); // pending, as the server has it, not the stale "open"
    }

    void rejectingTheFirstOfTwoKeepsTheSecond()
    {
        const Command resolve = enqueued(CommandType::SetStatus,
                                         on(u"con1"_s, {{"status"_L1, u"resolved"_s}}));
        const Command urgent = enqueued(CommandType::SetPriority,
                                        on(u"con1"_s, {{"priority"_L1, u"urgent"_s}}));
        QVERIFY(store_->reject(resolve.id));
        QCOMPARE(stored().status, protocol::ConversationStatus::Open);
        QCOMPARE(stored().priority, protocol::Priority::Urgent);
        QCOMPARE(store_->pending().value(), QList<Command>{urgent});
        QVERIFY(store_->reject(urgent.id));
        QCOMPARE(stored(), serverConversation());
    }

    void twoChangesToOneFieldUndoneInEitherOrder()
    {
        const Command pending = enqueued(CommandType::SetStatus,
                                         on(u"con1"_s, {{"status"_L1, u"pending"_s}}));
        const Command resolved = enqueued(CommandType::SetStatus,
                                          on(u"con1"_s, {{"status"_L1, u"resolved"_s}}));
        // Undoing the first leaves the later change showing, not the first's old value.
        QVERIFY(store_->reject(pending.id));
        QCOMPARE(stored().status, protocol::ConversationStatus::Resolved);
        QVERIFY(store_->reject(resolved.id));
        QCOMPARE(stored().status, protocol::ConversationStatus::Open);

        const Command a =
            enqueued(CommandType::SetStatus, on(u"con1"_s, {{"status"_L1, u"pending"_s}}));
        const Command b =
            enqueued(CommandType::SetStatus, on(u"con1"_s, {{"status"_L1, u"resolved"_s}}));
        QVERIFY(store_->reject(b.id));
        QCOMPARE(stored().status, protocol::ConversationStatus::Pending);
        QVERIFY(store_->reject(a.id));
        QCOMPARE(stored(), serverConversation());
    }

    void tagChangesCommuteWithTheServersTagChanges()
    {
        const Command incident = enqueued(CommandType::AddTag,
                                          on(u"con1"_s, {{"tag"_L1, u"Incident"_s}}));
        auto server = serverConversation();
        server.tags = {u"Billing"_s, u"VIP"_s};
        server.revision = 2;
        applyServer(conversationEvent(0, server));
        QCOMPARE(stored().tags, (QStringList{u"Billing"_s, u"VIP"_s, u"Incident"_s}));
        QVERIFY(store_->reject(incident.id));
        QCOMPARE(stored().tags, (QStringList{u"Billing"_s, u"VIP"_s}));
    }

    void acknowledgedEffectStays()
    {
        const Command resolve = enqueued(CommandType::SetStatus,
                                         on(u"con1"_s, {{"status"_L1, u"resolved"_s}}));
        QVERIFY(store_->acknowledge(resolve.id));
        QCOMPARE(stored().status, protocol::ConversationStatus::Resolved);
        QVERIFY(store_->pending().value().isEmpty());
        QVERIFY(store_->acknowledge(resolve.id)); // a second ack after a resend is harmless
        auto late = store_->reject(resolve.id);
        QVERIFY(!late);
        QCOMPARE(late.error().kind, StoreErrorKind::NotFound);
    }

    void sentMessageIsReplacedByTheServersCopy()
    {
        const Command send = enqueued(CommandType::SendMessage,
                                      on(u"con1"_s, {{"channel"_L1, u"email"_s},
                                                     {"body"_L1, u"Your parcel left today"_s},
                                                     {"messageId"_L1, u"msg-local-1"_s}}));
        auto shown = store_->messages().timeline(u"c1"_s, 10).value();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().id, u"msg-local-1"_s);
        QCOMPARE(shown.first().direction, protocol::MessageDirection::Outbound);
        QCOMPARE(store_->search().searchMessages(u"parcel", 5).value().size(), 1);

        auto server =
            message(u"msg-local-1"_s, u"con1"_s, u"c1"_s, u"Your parcel left today"_s, 30);
        server.direction = protocol::MessageDirection::Outbound;
        server.authorId = u"agent-1"_s;
        server.authorName = u"Deniz"_s;
        server.channel = protocol::Channel::Email;
        applyServer(messageEvent(0, server));
        QVERIFY(store_->acknowledge(send.id));
        shown = store_->messages().timeline(u"c1"_s, 10).value();
        QCOMPARE(shown, QList<protocol::Message>{server});
        QCOMPARE(store_->search().searchMessages(u"parcel", 5).value().size(), 1);
    }

    void rejectedMessageDisappears()
    {
        const Command note = enqueued(CommandType::AddNote,
                                      on(u"con1"_s, {{"body"_L1, u"Customer sounds upset"_s},
                                                     {"messageId"_L1, u"note-1"_s}}));
        QCOMPARE(store_->messages().find(u"note-1"_s).value()->direction,
                 protocol::MessageDirection::InternalNote);
        auto changes = store_->reject(note.id);
        QVERIFY(changes);
        QCOMPARE(changes->removedMessages.value(u"note-1"_s), u"con1"_s);
        QVERIFY(!store_->messages().exists(u"note-1"_s).value());
        QVERIFY(store_->search().searchMessages(u"upset", 5).value().isEmpty());
    }

    void messageTheServerAlreadyHasSurvivesAReject()
    {
        const Command send = enqueued(CommandType::SendMessage,
                                      on(u"con1"_s, {{"channel"_L1, u"chat"_s},
                                                     {"body"_L1, u"hello"_s},
                                                     {"messageId"_L1, u"msg-2"_s}}));
        auto server = message(u"msg-2"_s, u"con1"_s, u"c1"_s, u"hello"_s, 31);
        applyServer(messageEvent(0, server));
        QVERIFY(store_->reject(send.id));
        QCOMPARE(store_->messages().find(u"msg-2"_s).value().value(), server);
    }

    void optimisticMessageMovedByAMergeIsStillUndone()
    {
        applyServer(customerEvent(0, customer(u"c2"_s, u"M."_s, u"Georgiou"_s)));
        applyServer(conversationEvent(0, conversation(u"con2"_s, u"c2"_s, u"Duplicate"_s)));
        const Command send = enqueued(CommandType::SendMessage,
                                      on(u"con2"_s, {{"channel"_L1, u"chat"_s},
                                                     {"body"_L1, u"hello again"_s},
                                                     {"messageId"_L1, u"msg-3"_s}}));
        applyServer(makeEvent(0, protocol::EventType::CustomerMerged,
                              {{"survivorId"_L1, u"c1"_s}, {"mergedId"_L1, u"c2"_s}}));
        QCOMPARE(store_->messages().find(u"msg-3"_s).value()->customerId, u"c1"_s);
        // The merge moved our message, it did not deliver it: a reject still takes it back.
        QVERIFY(store_->reject(send.id));
        QVERIFY(!store_->messages().exists(u"msg-3"_s).value());
    }

    void customerEditIsUndoneExactly()
    {
        const protocol::Customer before = store_->customers().find(u"c1"_s).value().value();
        const Command edit = enqueued(
            CommandType::UpdateCustomer,
            {{"customerId"_L1, u"c1"_s},
             {"fields"_L1, QJsonObject{{"lastName"_L1, u"Georgiou-Smith"_s},
                                       {"phones"_L1, QJsonArray{QJsonObject{
                                                         {"number"_L1, u"6911111111"_s},
                                                         {"e164"_L1, u"+306911111111"_s}}}}}}});
        QCOMPARE(store_->customers().findByPhone(u"+306911111111"_s).value().size(), 1);
        QCOMPARE(store_->search().searchCustomers(u"smith", 5).value().size(), 1);

        // The server changes another field meanwhile; the undo keeps it.
        auto server = before;
        server.company = u"Acropolis Optics"_s;
        server.revision = 2;
        applyServer(customerEvent(0, server));
        QCOMPARE(store_->customers().find(u"c1"_s).value()->lastName, u"Georgiou-Smith"_s);

        QVERIFY(store_->reject(edit.id));
        QCOMPARE(store_->customers().find(u"c1"_s).value().value(), server);
        QVERIFY(store_->customers().findByPhone(u"+306911111111"_s).value().isEmpty());
        QCOMPARE(store_->customers().findByPhone(u"+306900000001"_s).value().size(), 1);
        QVERIFY(store_->search().searchCustomers(u"smith", 5).value().isEmpty());
    }

    void createdCustomerIsRemovedOnReject()
    {
        const auto created = customer(u"c-new"_s, u"Yeni"_s, u"Müşteri"_s, u"+905559998877"_s);
        const Command create = enqueued(CommandType::CreateCustomer, created.toJson());
        QCOMPARE(store_->customers().findByPhone(u"+905559998877"_s).value().size(), 1);
        auto changes = store_->reject(create.id);
        QVERIFY(changes);
        QCOMPARE(changes->removedCustomers, QSet<QString>{u"c-new"_s});
        QVERIFY(!store_->customers().exists(u"c-new"_s).value());
        QVERIFY(store_->customers().findByPhone(u"+905559998877"_s).value().isEmpty());
    }

    void pendingCommandsSurviveAReopenInOrder()
    {
        QList<Command> made;
        made << enqueued(CommandType::AddTag, on(u"con1"_s, {{"tag"_L1, u"Incident"_s}}));
        made << Command::make(CommandType::SetPresence, {{"presence"_L1, u"away"_s}});
        QVERIFY(store_->enqueue(made.last()));
        made << enqueued(CommandType::Assign, on(u"con1"_s, {{"agentId"_L1, u"agent-9"_s}}));
        made.last().baseRevision = std::nullopt;
        store_.reset();
        auto reopened = Store::open(path_);
        QVERIFY(reopened);
        store_.emplace(std::move(*reopened));
        QCOMPARE(store_->pending().value(), made);
        QCOMPARE(stored().assigneeId, u"agent-9"_s);
        QVERIFY(store_->reject(made.at(0).id));
        QCOMPARE(stored().tags, serverConversation().tags);
        QCOMPARE(stored().assigneeId, u"agent-9"_s);
    }

    void commandsThatCannotApplyWriteNothing_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<StoreErrorKind>("kind");
        QTest::newRow("signal") << Command::make(CommandType::SignalTyping, on(u"con1"_s, {}))
                                << StoreErrorKind::BadCommand;
        QTest::newRow("no tag") << Command::make(CommandType::AddTag, on(u"con1"_s, {}))
                                << StoreErrorKind::BadCommand;
        QTest::newRow("bad status") << Command::make(CommandType::SetStatus,
                                                     on(u"con1"_s, {{"status"_L1, u"done"_s}}))
                                    << StoreErrorKind::BadCommand;
        QTest::newRow("unknown conversation")
            << Command::make(CommandType::SetStatus, on(u"con-x"_s, {{"status"_L1, u"open"_s}}))
            << StoreErrorKind::NotFound;
        QTest::newRow("message without id")
            << Command::make(CommandType::SendMessage,
                             on(u"con1"_s, {{"channel"_L1, u"chat"_s}, {"body"_L1, u"hi"_s}}))
            << StoreErrorKind::BadCommand;
        QTest::newRow("edit the id")
            << Command::make(
                   CommandType::UpdateCustomer,
                   {{"customerId"_L1, u"c1"_s}, {"fields"_L1, QJsonObject{{"id"_L1, u"c2"_s}}}})
            << StoreErrorKind::BadCommand;
        QTest::newRow("edit to no name")
            << Command::make(
                   CommandType::UpdateCustomer,
                   {{"customerId"_L1, u"c1"_s},
                    {"fields"_L1, QJsonObject{{"firstName"_L1, u""_s}, {"lastName"_L1, u""_s}}}})
            << StoreErrorKind::BadCommand;
    }

    void commandsThatCannotApplyWriteNothing()
    {
        QFETCH(Command, command);
        QFETCH(StoreErrorKind, kind);
        const auto customerBefore = store_->customers().find(u"c1"_s).value().value();
        auto result = store_->enqueue(command);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, kind);
        QVERIFY(store_->pending().value().isEmpty());
        QCOMPARE(stored(), serverConversation());
        QCOMPARE(store_->customers().find(u"c1"_s).value().value(), customerBefore);
        QCOMPARE(store_->messages().count().value(), 0);
    }

    void sameCommandIsNotQueuedTwice()
    {
        const Command command = enqueued(CommandType::AddTag, on(u"con1"_s, {{"tag"_L1, u"X"_s}}));
        auto again = store_->enqueue(command);
        QVERIFY(!again);
        QCOMPARE(store_->pending().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreOutbox)
#include "tst_storeoutbox.moc"
