// The server's SQLite storage on a real file: seqs are gap-free per space, a batch is
// written whole or not at all, snapshots page by seq, and command answers are remembered.
#include "ServerTestSupport.h"
#include "protocol/Event.h"
#include "server/SqliteServerStorage.h"

#include <QTest>

using namespace switchboard;
using namespace switchboard::server;
using namespace Qt::StringLiterals;

class TestServerStorage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<SqliteServerStorage> storage_;

    static PendingEvent tag(const QString& name)
    {
        return PendingEvent { u"tag.upserted"_s, name,
            { { "name"_L1, name }, { "colour"_L1, u"#000000"_s }, { "category"_L1, u"C"_s } },
            QDateTime::currentDateTimeUtc() };
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir_.isValid());
        QFile::remove(dir_.filePath(u"s.sqlite"_s));
        auto storage = SqliteServerStorage::open(dir_.filePath(u"s.sqlite"_s));
        QVERIFY(storage);
        storage_ = std::move(*storage);
    }
    void cleanup() { storage_.reset(); }

    void seqsAreGapFreeAndEventsReadBackInOrder()
    {
        for (int i = 0; i < 5; ++i) {
            WriteBatch batch { u"live"_s, { tag(u"a%1"_s.arg(i)), tag(u"b%1"_s.arg(i)) }, {}, {},
                {}, {}, {}, {} };
            auto events = storage_->commit(batch);
            QVERIFY(events);
            QCOMPARE(events->first().seq, 2 * i + 1);
            QCOMPARE(events->last().seq, 2 * i + 2);
        }
        QCOMPARE(*storage_->currentSeq(u"live"_s), 10);
        const auto page = storage_->events(u"live"_s, 3, 10, 4);
        QCOMPARE(page->size(), 4);
        QCOMPARE(page->first().seq, 4);
        QCOMPARE(page->first().entity, u"b1"_s);
        QCOMPARE(page->last().seq, 7);
        QCOMPARE(*storage_->integrityCheck(), u"ok"_s);
    }

    void aFailingBatchLeavesNothingBehind()
    {
        UserRecord user { u"u"_s, u"agent-u"_s, u"U"_s, protocol::AgentRole::Agent, {}, u"h"_s };
        QVERIFY(storage_->commit(
            WriteBatch { u"live"_s, { tag(u"x"_s) }, {}, {}, {}, { user }, {}, {} }));
        // The same user again fails at the end of the batch: its event must not stay.
        auto failed = storage_->commit(
            WriteBatch { u"live"_s, { tag(u"y"_s) }, {}, {}, {}, { user }, {}, {} });
        QVERIFY(!failed);
        QCOMPARE(*storage_->currentSeq(u"live"_s), 1);
        QVERIFY(!*storage_->entity(u"live"_s, u"tag"_s, u"y"_s));
        QVERIFY(!storage_->commit(
            WriteBatch { u"nowhere"_s, { tag(u"z"_s) }, {}, {}, {}, {}, {}, {} }));
    }

    void theSnapshotHoldsTheLatestStateOfEachEntity()
    {
        QVERIFY(storage_->commit(WriteBatch {
            u"live"_s, { tag(u"a"_s), tag(u"b"_s), tag(u"a"_s) }, {}, {}, {}, {}, {}, {} }));
        PendingEvent deleted { u"tag.deleted"_s, u"b"_s, { { "name"_L1, u"b"_s } }, {} };
        QVERIFY(storage_->commit(WriteBatch { u"live"_s, { deleted }, {}, {}, {}, {}, {}, {} }));
        const auto snapshot = storage_->snapshot(u"live"_s, 0, 4, 100);
        QCOMPARE(snapshot->size(), 1);
        QCOMPARE(snapshot->first().seq, 3);
        QCOMPARE(snapshot->first().type, u"tag.upserted"_s);
        QCOMPARE(snapshot->first().entity, u"a"_s);
    }

    void commandAnswersAreRemembered()
    {
        const QUuid id = QUuid::createUuid();
        QVERIFY(!*storage_->commandAnswer(id));
        QVERIFY(storage_->commit(WriteBatch { u"live"_s, { tag(u"a"_s) }, {}, {},
            CommandRecord { id, u"agent-1"_s, {} }, {}, {}, {} }));
        const auto answer = storage_->commandAnswer(id);
        QCOMPARE((*answer)->value("type"_L1).toString(), u"ack"_s);
        QCOMPARE((*answer)->value("seq"_L1).toInteger(), 1);
        // A command id is answered once: a second record of it fails and writes nothing.
        QVERIFY(!storage_->commit(WriteBatch { u"live"_s, { tag(u"b"_s) }, {}, {},
            CommandRecord { id, u"agent-1"_s, {} }, {}, {}, {} }));
        QCOMPARE(*storage_->currentSeq(u"live"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerStorage)
#include "tst_serverstorage.moc"
