// The cache file's schema: a new file is built to the latest version, an old file is
// migrated forward with its data kept and made searchable, a failed step leaves the file
// as it was, and a file from a newer version is refused untouched.
#include "StoreTestData.h"

#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"
#include "store/SchemaMigrator.h"
#include "store/SearchIndex.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace switchboard;
using namespace switchboard::store;
using namespace Qt::StringLiterals;

namespace {

qint64 versionOf(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("cannot open %s", qPrintable(db.error().message));
    return db->userVersion().value_or(-1);
}

QStringList tablesOf(Database& db)
{
    auto s = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    QStringList names;
    while (s && s->step().value_or(false))
        names.append(s->text(0));
    return names;
}

} // namespace

class TestStoreSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newFileIsBuiltToTheLatestVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QCOMPARE(store->database().userVersion().value(), SchemaMigrator::kLatestVersion);
        const QStringList tables = tablesOf(store->database());
        for (const QString& table :
             {u"customers"_s, u"customer_phones"_s, u"customer_emails"_s, u"orders"_s,
              u"conversations"_s, u"conversation_tags"_s, u"messages"_s, u"feedback"_s,
              u"tags"_s, u"agents"_s, u"queues"_s, u"sync_cursors"_s, u"outbox"_s})
            QVERIFY2(tables.contains(table), qPrintable(table));
        QCOMPARE(store->database().integrityCheck().value(), u"ok"_s);
    }

    void reopeningAMigratedFileChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        {
            auto store = Store::open(path);
            QVERIFY(store);
            auto applied = store->apply(testdata::kSpace,
                                        {testdata::customerEvent(1, testdata::customer(
                                                                        u"c1"_s, u"Ayşe"_s,
                                                                        u"Öztürk"_s))});
            QVERIFY(applied);
        }
        auto store = Store::open(path);
        QVERIFY(store);
        QCOMPARE(store->cursor(testdata::kSpace).value(), 1);
        QCOMPARE(store->customers().count().value(), 1);
    }

    void versionOneFileIsMigratedAndItsDataBecomesSearchable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        QStringList versionOneTables;
        {
            // A file as the previous release left it: core tables only, with data.
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(SchemaMigrator(*db).migrate(1));
            QCOMPARE(db->userVersion().value(), 1);
            versionOneTables = tablesOf(*db);
            CustomerRepository customers(*db);
            ConversationRepository conversations(*db);
            MessageRepository messages(*db);
            QVERIFY(customers.upsert(testdata::customer(u"c1"_s, u"Kevin"_s, u"Papadopoulos"_s,
                                                        u"+306912345678"_s)));
            QVERIFY(customers.upsert(testdata::customer(u"c2"_s, u"Zeynep"_s, u"Kaya"_s)));
            QVERIFY(conversations.upsert(
                testdata::conversation(u"con1"_s, u"c1"_s, u"Lens not focusing"_s)));
            QVERIFY(messages.upsert(testdata::message(u"m1"_s, u"con1"_s, u"c1"_s,
                                                      u"The autofocus hunts in low light"_s, 3)));
        }
        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QCOMPARE(store->database().userVersion().value(), SchemaMigrator::kLatestVersion);
        QCOMPARE(store->customers().count().value(), 2);
        QVERIFY(tablesOf(store->database()).size() > versionOneTables.size());

        auto byName = store->search().searchCustomers(u"papadop", 10);
        QVERIFY(byName);
        QCOMPARE(byName->size(), 1);
        QCOMPARE(byName->first().id, u"c1"_s);
        auto byBody = store->search().searchMessages(u"autofocus", 10);
        QVERIFY(byBody);
        QCOMPARE(byBody->size(), 1);
        QCOMPARE(byBody->first().id, u"m1"_s);
        // The subject was indexed with the message during the backfill too.
        auto bySubject = store->search().searchMessages(u"focusing", 10);
        QVERIFY(bySubject);
        QCOMPARE(bySubject->size(), 1);
    }

    void failedStepLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        {
            // Something in the way of step 1: it must fail whole, not half-create tables.
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db->exec("CREATE TABLE outbox(x)"));
        }
        auto store = Store::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().message.contains(u"version 1"_s), qPrintable(store.error().message));
        QCOMPARE(versionOf(path), 0);
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE(tablesOf(*db), QStringList{u"outbox"_s});
    }

    void fileFromANewerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(db->setUserVersion(SchemaMigrator::kLatestVersion + 7));
        }
        auto store = Store::open(path);
        QVERIFY(!store);
        QCOMPARE(store.error().kind, StoreErrorKind::SchemaTooNew);
        QVERIFY2(store.error().message.contains(u"newer version"_s),
                 qPrintable(store.error().message));
        QVERIFY(
            store.error().message.contains(QString::number(SchemaMigrator::kLatestVersion + 7)));
        QCOMPARE(versionOf(path), SchemaMigrator::kLatestVersion + 7);
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(tablesOf(*db).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_storeschema.moc"
