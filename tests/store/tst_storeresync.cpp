// Full resync (welcome.resync) as the sync client drives it: resetSpace drops what the
// cache holds but not what the user did (the outbox and the effects that can stand
// alone); applySnapshot takes entities with seqs that jump, re-applies pending commands on
// top, and leaves the cursor alone until finishSnapshot; then catch-up goes on as usual.
#include "StoreTestData.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
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

class TestStoreResync : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::optional<Store> store_;

    static QJsonObject on(const QString& conversationId, QJsonObject fields)
    {
        fields.insert("conversationId"_L1, conversationId);
        return fields;
    }

    Command enqueued(QLatin1StringView type, const QJsonObject& payload)
    {
        const Command command = Command::make(type, payload);
        auto changes = store_->enqueue(command);
        if (!changes)
            qFatal("enqueue failed: %s", qPrintable(changes.error().message));
        return command;
    }

    QStringList tagsOf(const QString& id)
    {
        auto found = store_->conversations().find(id);
        if (!found || !*found)
            return { u"<missing>"_s };
        return (*found)->tags;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir_.isValid());
        auto store = Store::open(dir_.filePath(QUuid::createUuid().toString(QUuid::Id128)));
        QVERIFY(store);
        store_.emplace(std::move(*store));
        auto applied = store_->apply(kSpace,
            { customerEvent(1, customer(u"c1"_s, u"Ayşe"_s, u"Yılmaz"_s, u"+905321234567"_s)),
                conversationEvent(2, conversation(u"con1"_s, u"c1"_s, u"Refund"_s)),
                messageEvent(3, message(u"m1"_s, u"con1"_s, u"c1"_s, u"iade lütfen"_s, 3)) });
        QVERIFY(applied);
    }

    void cleanup() { store_.reset(); }

    void resetDropsEntitiesButKeepsTheOutbox()
    {
        const Command tag
            = enqueued(CommandType::AddTag, on(u"con1"_s, { { "tag"_L1, u"Vip"_s } }));
        const Command note = enqueued(CommandType::AddNote,
            on(u"con1"_s, { { "body"_L1, u"call back"_s }, { "messageId"_L1, u"note-1"_s } }));
        auto changes = store_->resetSpace(kSpace);
        QVERIFY2(changes, changes ? "" : qPrintable(changes.error().message));
        QVERIFY(changes->removedCustomers.contains(u"c1"_s));
        QVERIFY(changes->removedMessages.contains(u"m1"_s));
        QVERIFY(changes->conversations.contains(u"con1"_s));
        QCOMPARE(store_->cursor(kSpace).value(), 0);
        QCOMPARE(store_->customers().count().value(), 0);
        QCOMPARE(store_->conversations().count().value(), 0);
        QCOMPARE(store_->messages().count().value(), 0); // the note's conversation is gone too
        QVERIFY(store_->search().searchCustomers(u"ayşe"_s).value().isEmpty());
        QVERIFY(store_->search().searchMessages(u"iade"_s).value().isEmpty());
        QCOMPARE(store_->pending().value(), (QList<Command> { tag, note }));
        QCOMPARE(store_->database().integrityCheck().value(), u"ok"_s);
    }

    void snapshotRebuildsWithPendingEffectsOnTop()
    {
        enqueued(CommandType::AddTag, on(u"con1"_s, { { "tag"_L1, u"Vip"_s } }));
        enqueued(CommandType::AddNote,
            on(u"con1"_s, { { "body"_L1, u"call back"_s }, { "messageId"_L1, u"note-1"_s } }));
        QVERIFY(store_->resetSpace(kSpace));
        auto server = conversation(u"con1"_s, u"c1"_s, u"Refund, again"_s);
        server.tags = { u"Billing"_s };
        auto changes = store_->applySnapshot(kSpace,
            { customerEvent(40, customer(u"c1"_s, u"Ayşe"_s, u"Yılmaz"_s)),
                conversationEvent(57, server) });
        QVERIFY2(changes, changes ? "" : qPrintable(changes.error().message));
        QVERIFY(changes->conversations.contains(u"con1"_s));
        QCOMPARE(tagsOf(u"con1"_s), (QStringList { u"Billing"_s, u"Vip"_s }));
        QVERIFY(store_->messages().exists(u"note-1"_s).value()); // back with its conversation
        QCOMPARE(store_->cursor(kSpace).value(), 0); // not before finishSnapshot
        QVERIFY(store_->finishSnapshot(kSpace, 60));
        QCOMPARE(store_->cursor(kSpace).value(), 60);
        QCOMPARE(store_->search().searchCustomers(u"ayşe"_s).value().size(), 1);

        // From here on it is an ordinary catch-up, gaps included.
        QCOMPARE(store_
                     ->apply(kSpace,
                         { messageEvent(62, message(u"m2"_s, u"con1"_s, u"c1"_s, u"x"_s, 9)) })
                     .error()
                     .kind,
            StoreErrorKind::SequenceGap);
        QVERIFY(store_->apply(
            kSpace, { messageEvent(61, message(u"m2"_s, u"con1"_s, u"c1"_s, u"x"_s, 9)) }));
        QCOMPARE(store_->cursor(kSpace).value(), 61);
    }

    void rejectAfterResyncRestoresTheSnapshotState()
    {
        const Command tag
            = enqueued(CommandType::AddTag, on(u"con1"_s, { { "tag"_L1, u"Vip"_s } }));
        QVERIFY(store_->resetSpace(kSpace));
        auto server = conversation(u"con1"_s, u"c1"_s, u"Refund"_s);
        server.tags = { u"Billing"_s };
        QVERIFY(store_->applySnapshot(kSpace, { conversationEvent(9, server) }));
        QVERIFY(store_->reject(tag.id));
        QCOMPARE(tagsOf(u"con1"_s), QStringList { u"Billing"_s });
    }

    void ackSettlesOnTheServersState()
    {
        // Normal: the command's event arrives, then its ack; the cache keeps that state.
        const Command note = enqueued(CommandType::AddNote,
            on(u"con1"_s, { { "body"_L1, u"call back"_s }, { "messageId"_L1, u"note-1"_s } }));
        auto server = message(u"note-1"_s, u"con1"_s, u"c1"_s, u"call back"_s, 5);
        server.direction = protocol::MessageDirection::InternalNote;
        QVERIFY(store_->apply(kSpace, { messageEvent(4, server) }));
        QVERIFY(store_->acknowledgeOnServerState(note.id));
        QCOMPARE(store_->messages().find(u"note-1"_s).value().value(), server);
        QVERIFY(store_->pending().value().isEmpty());
        QVERIFY(store_->acknowledgeOnServerState(note.id)); // a second ack changes nothing
    }

    void replayedAckDoesNotUndoLaterChanges()
    {
        // The first ack was lost; meanwhile someone else changed the status, and catch-up
        // re-applied our still-pending command on top. The replayed ack brings no event:
        // the server's state (theirs) must win over our re-applied effect.
        const Command resolve
            = enqueued(CommandType::SetStatus, on(u"con1"_s, { { "status"_L1, u"resolved"_s } }));
        auto ours = conversation(u"con1"_s, u"c1"_s, u"Refund"_s);
        ours.status = protocol::ConversationStatus::Resolved;
        ours.revision = 2;
        auto theirs = ours;
        theirs.status = protocol::ConversationStatus::Pending;
        theirs.revision = 3;
        QVERIFY(
            store_->apply(kSpace, { conversationEvent(4, ours), conversationEvent(5, theirs) }));
        QCOMPARE(store_->conversations().find(u"con1"_s).value()->status,
            protocol::ConversationStatus::Resolved); // pending effect on top
        auto changes = store_->acknowledgeOnServerState(resolve.id);
        QVERIFY(changes);
        QVERIFY(changes->conversations.contains(u"con1"_s));
        QCOMPARE(store_->conversations().find(u"con1"_s).value().value(), theirs);
        QVERIFY(store_->pending().value().isEmpty());
    }

    void badSnapshotWritesNothing()
    {
        QVERIFY(store_->resetSpace(kSpace));
        auto applied = store_->applySnapshot(kSpace,
            { customerEvent(9, customer(u"c2"_s, u"Eleni"_s, u"Pappa"_s)),
                customerEvent(5, customer(u"c3"_s, u"Nikos"_s, u"Pappas"_s)) });
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, StoreErrorKind::BadEvent);
        QCOMPARE(store_->customers().count().value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStoreResync)
#include "tst_storeresync.moc"
