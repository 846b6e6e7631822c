// Store::apply as the sync client sees it: a batch is written with the cursor in one
// transaction and applied exactly once; a batch that leaves a gap, or holds an event that
// does not decode, changes nothing; the ChangeSet names what changed; a merge moves a
// customer's whole history to the survivor.
#include "StoreTestData.h"

#include "protocol/Feedback.h"
#include "protocol/Order.h"
#include "protocol/Tag.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/FeedbackRepository.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"
#include "store/SearchIndex.h"
#include "store/Store.h"
#include "store/TagRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace switchboard;
using namespace switchboard::store;
using namespace switchboard::store::testdata;
using namespace Qt::StringLiterals;

class TestStoreApply : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::optional<Store> store_;

    // Customer c1 with conversation con1 and two messages: events 1-4.
    QList<protocol::Event> firstBatch() const
    {
        return {
            customerEvent(1, customer(u"c1"_s, u"Kevin"_s, u"Walsh"_s, u"+353861234567"_s)),
            conversationEvent(2, conversation(u"con1"_s, u"c1"_s, u"Lens not focusing"_s)),
            messageEvent(3, message(u"m1"_s, u"con1"_s, u"c1"_s, u"It hunts in low light"_s, 1)),
            messageEvent(4, message(u"m2"_s, u"con1"_s, u"c1"_s, u"Tried a reset"_s, 2))};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir_.isValid());
        auto store = Store::open(dir_.filePath(QUuid::createUuid().toString(QUuid::Id128)));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        store_.emplace(std::move(*store));
    }

    void cleanup() { store_.reset(); }

    void batchIsWrittenWithItsCursorAndNamesWhatChanged()
    {
        auto changes = store_->apply(kSpace, firstBatch());
        QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().message));
        QCOMPARE(store_->cursor(kSpace).value(), 4);
        QCOMPARE(changes->customers, QSet<QString>{u"c1"_s});
        QCOMPARE(changes->conversations, QSet<QString>{u"con1"_s});
        QCOMPARE(changes->messages.size(), 2);
        QCOMPARE(changes->messages.value(u"m2"_s), u"con1"_s);
        QVERIFY(changes->orders.isEmpty() && changes->removedCustomers.isEmpty());

        QCOMPARE(store_->customers().findByPhone(u"+353861234567"_s).value().size(), 1);
        QCOMPARE(store_->messages().timeline(u"c1"_s, 10).value().size(), 2);
        QCOMPARE(store_->search().searchCustomers(u"walsh", 5).value().size(), 1);
        QCOMPARE(store_->search().searchMessages(u"reset", 5).value().size(), 1);
        // Another space has its own cursor.
        QCOMPARE(store_->cursor(u"training-1"_s).value(), 0);
    }

    void replayedEventsAreSkipped()
    {
        QVERIFY(store_->apply(kSpace, firstBatch()));
        auto again = store_->apply(kSpace, firstBatch());
        QVERIFY(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(store_->cursor(kSpace).value(), 4);

        // A catch-up that overlaps what is applied: only the new event is written.
        auto overlap = firstBatch().mid(2);
        auto later = customer(u"c1"_s, u"Kevin"_s, u"Walsh-Byrne"_s);
        later.revision = 2;
        overlap.append(customerEvent(5, later));
        auto changes = store_->apply(kSpace, overlap);
        QVERIFY(changes);
        QVERIFY(changes->messages.isEmpty());
        QCOMPARE(changes->customers, QSet<QString>{u"c1"_s});
        QCOMPARE(store_->cursor(kSpace).value(), 5);
        QCOMPARE(store_->customers().find(u"c1"_s).value()->lastName, u"Walsh-Byrne"_s);
        QCOMPARE(store_->messages().count().value(), 2);
    }

    void batchWithAGapIsRefusedWhole()
    {
        QVERIFY(store_->apply(kSpace, firstBatch().mid(0, 2)));
        // Events 3 and 4 were lost: 5 must not be applied over the hole.
        auto result = store_->apply(
            kSpace, {customerEvent(5, customer(u"c9"_s, u"Late"_s, u"Comer"_s)),
                     customerEvent(6, customer(u"c10"_s, u"Later"_s, u"Still"_s))});
        QVERIFY(!result);
        QCOMPARE(result.error().kind, StoreErrorKind::SequenceGap);
        QVERIFY2(result.error().message.contains(u"gap"_s), qPrintable(result.error().message));
        QCOMPARE(store_->cursor(kSpace).value(), 2);
        QVERIFY(!store_->customers().exists(u"c9"_s).value());

        // A hole inside a batch is a gap too, and the events before it are not kept.
        auto inner = firstBatch().mid(2, 1);
        inner.append(customerEvent(5, customer(u"c9"_s, u"Late"_s, u"Comer"_s)));
        result = store_->apply(kSpace, inner);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, StoreErrorKind::SequenceGap);
        QCOMPARE(store_->cursor(kSpace).value(), 2);
        QCOMPARE(store_->messages().count().value(), 0);
    }

    void undecodableEventFailsTheWholeBatch()
    {
        auto batch = firstBatch();
        QJsonObject broken = message(u"m3"_s, u"con1"_s, u"c1"_s, u"x"_s, 3).toJson();
        broken.insert("direction"_L1, u"sideways"_s);
        batch.append(makeEvent(5, protocol::EventType::MessageAdded, broken));
        auto result = store_->apply(kSpace, batch);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, StoreErrorKind::BadEvent);
        QVERIFY2(result.error().message.contains(u"payload.direction"_s)
                     && result.error().message.contains(u"event 5"_s),
                 qPrintable(result.error().message));
        QCOMPARE(store_->cursor(kSpace).value(), 0);
        QCOMPARE(store_->customers().count().value(), 0);
        QCOMPARE(store_->conversations().count().value(), 0);
        QVERIFY(store_->search().searchCustomers(u"walsh", 5).value().isEmpty());
    }

    void catchUpSizedBatchIsAppliedWholeOrNotAtAll()
    {
        // Big enough to be decoded on a worker thread while it is written.
        QList<protocol::Event> batch;
        for (qint64 seq = 1; seq <= 600; ++seq) {
            const QString id = QString::number(seq);
            batch.append(seq % 2 ? customerEvent(seq, customer(u"c"_s + id, u"Name"_s + id,
                                                               u"Family"_s))
                                 : messageEvent(seq, message(u"m"_s + id, u"con1"_s,
                                                             u"c"_s + QString::number(seq - 1),
                                                             u"body "_s + id, seq)));
        }
        auto broken = batch;
        QJsonObject payload = broken[549].payload;
        payload.remove("sentAt"_L1);
        broken[549].payload = payload;
        auto result = store_->apply(kSpace, broken);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, StoreErrorKind::BadEvent);
        QVERIFY2(result.error().message.contains(u"event 550"_s),
                 qPrintable(result.error().message));
        QCOMPARE(store_->cursor(kSpace).value(), 0);
        QCOMPARE(store_->customers().count().value(), 0);
        QCOMPARE(store_->messages().count().value(), 0);

        auto gapped = batch;
        gapped.removeAt(300);
        result = store_->apply(kSpace, gapped);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, StoreErrorKind::SequenceGap);
        QCOMPARE(store_->customers().count().value(), 0);

        auto changes = store_->apply(kSpace, batch);
        QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().message));
        QCOMPARE(store_->cursor(kSpace).value(), 600);
        QCOMPARE(store_->customers().count().value(), 300);
        QCOMPARE(store_->messages().count().value(), 300);
        QCOMPARE(changes->customers.size(), 300);
        QCOMPARE(changes->messages.size(), 300);
        QCOMPARE(store_->messages().find(u"m600"_s).value()->customerId, u"c599"_s);

        // Replayed with one more event at the end: only that one is decoded and written.
        batch.append(customerEvent(601, customer(u"c601"_s, u"Last"_s, u"One"_s)));
        changes = store_->apply(kSpace, batch);
        QVERIFY(changes);
        QCOMPARE(changes->customers, QSet<QString>{u"c601"_s});
        QCOMPARE(store_->cursor(kSpace).value(), 601);
    }

    void eventOfAnotherSpaceIsRefused()
    {
        auto batch = firstBatch();
        batch[1].space = u"training-7"_s;
        auto result = store_->apply(kSpace, batch);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, StoreErrorKind::BadEvent);
        QCOMPARE(store_->customers().count().value(), 0);
    }

    void newSubjectMakesMessagesFindableByIt()
    {
        QVERIFY(store_->apply(kSpace, firstBatch()));
        QCOMPARE(store_->search().searchMessages(u"autofocus", 5).value().size(), 0);
        auto renamed = conversation(u"con1"_s, u"c1"_s, u"Autofocus fault"_s);
        renamed.revision = 2;
        QVERIFY(store_->apply(kSpace, {conversationEvent(5, renamed)}));
        QCOMPARE(store_->search().searchMessages(u"autofocus", 5).value().size(), 2);
    }

    void mergeMovesTheWholeHistoryToTheSurvivor()
    {
        QVERIFY(store_->apply(kSpace, firstBatch()));
        auto duplicate = customer(u"c2"_s, u"K."_s, u"Walsh"_s, u"+353879999999"_s);
        protocol::Order order{u"ord-1"_s, u"c2"_s, at(5), {{u"CAP-1"_s, u"Lens cap"_s, 1, 1500}},
                              1500, u"EUR"_s, protocol::OrderStatus::Paid};
        protocol::Feedback feedback{u"fb-1"_s, u"c2"_s, u"con2"_s, 4, std::nullopt,
                                    std::nullopt, u"ok"_s, at(9)};
        QVERIFY(store_->apply(
            kSpace,
            {customerEvent(5, duplicate),
             conversationEvent(6, conversation(u"con2"_s, u"c2"_s, u"Refund"_s)),
             messageEvent(7, message(u"m9"_s, u"con2"_s, u"c2"_s, u"Where is my refund"_s, 8)),
             makeEvent(8, protocol::EventType::OrderUpserted, order.toJson()),
             makeEvent(9, protocol::EventType::FeedbackAdded, feedback.toJson())}));

        auto changes = store_->apply(
            kSpace, {makeEvent(10, protocol::EventType::CustomerMerged,
                           QJsonObject{{"survivorId"_L1, u"c1"_s}, {"mergedId"_L1, u"c2"_s}})});
        QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().message));
        QCOMPARE(changes->removedCustomers, QSet<QString>{u"c2"_s});
        QCOMPARE(changes->customers, QSet<QString>{u"c1"_s});
        QVERIFY(changes->conversations.contains(u"con2"_s));
        QCOMPARE(changes->messages.value(u"m9"_s), u"con2"_s);
        QVERIFY(changes->orders.contains(u"ord-1"_s));
        QVERIFY(changes->feedback.contains(u"fb-1"_s));

        QVERIFY(!store_->customers().exists(u"c2"_s).value());
        QCOMPARE(store_->conversations().find(u"con2"_s).value()->customerId, u"c1"_s);
        const auto timeline = store_->messages().timeline(u"c1"_s, 10).value();
        QCOMPARE(timeline.size(), 3);
        QCOMPARE(timeline.last().id, u"m9"_s);
        QCOMPARE(store_->orders().forCustomer(u"c1"_s).value().size(), 1);
        QCOMPARE(store_->feedback().forCustomer(u"c1"_s).value().size(), 1);
        // Call pop on the merged customer's number now finds the survivor.
        auto popped = store_->customers().findByPhone(u"+353879999999"_s).value();
        QCOMPARE(popped.size(), 1);
        QCOMPARE(popped.first().id, u"c1"_s);
        QCOMPARE(popped.first().phones.size(), 2);
        auto hits = store_->search().searchMessages(u"refund", 5).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().customerId, u"c1"_s);
        // Search no longer offers the merged-away customer.
        const auto walshes = store_->search().searchCustomers(u"walsh", 5).value();
        QCOMPARE(walshes.size(), 1);
        QCOMPARE(walshes.first().id, u"c1"_s);

        auto self = store_->apply(
            kSpace, {makeEvent(11, protocol::EventType::CustomerMerged,
                           QJsonObject{{"survivorId"_L1, u"c1"_s}, {"mergedId"_L1, u"c1"_s}})});
        QVERIFY(!self);
        QCOMPARE(self.error().kind, StoreErrorKind::BadEvent);
        QVERIFY(store_->customers().exists(u"c1"_s).value());
    }

    void catalogueEventsAreApplied()
    {
        protocol::Tag tag{u"Incident"_s, u"#d9534f"_s, u"Issue type"_s};
        auto changes = store_->apply(
            kSpace, {makeEvent(1, protocol::EventType::TagUpserted, tag.toJson()),
                     makeEvent(2, protocol::EventType::TagDeleted, {{"name"_L1, u"Incident"_s}}),
                     makeEvent(3, protocol::EventType::TagUpserted,
                           protocol::Tag{u"UGC"_s, {}, u"Content"_s}.toJson())});
        QVERIFY(changes);
        QCOMPARE(changes->removedTags, QSet<QString>{u"Incident"_s});
        QCOMPARE(changes->tags, QSet<QString>{u"UGC"_s});
        QCOMPARE(store_->tags().all().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreApply)
#include "tst_storeapply.moc"
