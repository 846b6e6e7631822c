// The app's arrangement: the Store and its SyncClient live on a worker thread and the UI
// thread only talks to them through queued signals and slots. Everything the UI needs
// (state, pending count, change sets, the rejection notice) must arrive on the UI thread
// with its payload intact, and the client must need nothing from the UI thread.
#include "BlockingLogin.h"
#include "SyncTestSupport.h"
#include "protocol/Frame.h"

#include <QThread>

using namespace switchboard;
using namespace switchboard::testing;
using sync::SyncState;

class TestSyncThread : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsOnAWorkerThread()
    {
        QTemporaryDir dir;
        ServerProcess server { QStringLiteral(SWITCHBOARD_SERVER_PATH) };
        QVERIFY(server.seedDemo(100, 500, 5, kPassword));
        auto started = server.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error()));
        auto login = BlockingLogin::login(server.url(), u"agent-1"_s, kPassword);
        QVERIFY2(login, login ? "" : qPrintable(login.error()));

        QThread worker;
        worker.start();
        QObject onWorker;
        onWorker.moveToThread(&worker);
        std::unique_ptr<SyncedCache> cache;
        // Made on the worker: the SQLite connection, the timers and the socket are its.
        QMetaObject::invokeMethod(
            &onWorker, [&] { cache = SyncedCache::open(dir.filePath(u"cache.db"_s)); },
            Qt::BlockingQueuedConnection);
        sync::SyncClient* client = cache->client.get();
        QCOMPARE(client->thread(), &worker);

        QObject ui; // lives on this thread, as the models and widgets would
        QThread* uiThread = QThread::currentThread();
        QList<SyncState> states;
        QList<int> counts;
        QList<sync::CommandRejection> rejections;
        int changes = 0;
        bool allOnUiThread = true;
        auto onUi = [&] { allOnUiThread = allOnUiThread && QThread::currentThread() == uiThread; };
        connect(client, &sync::SyncClient::stateChanged, &ui, [&](SyncState s) {
            onUi();
            states << s;
        });
        connect(client, &sync::SyncClient::pendingCountChanged, &ui, [&](int n) {
            onUi();
            counts << n;
        });
        connect(client, &sync::SyncClient::changed, &ui, [&](const store::ChangeSet& c) {
            onUi();
            changes += !c.isEmpty();
        });
        connect(
            client, &sync::SyncClient::commandRejected, &ui, [&](const sync::CommandRejection& r) {
                onUi();
                rejections << r;
            });

        const sync::SyncEndpoint endpoint { server.url(), login->token, protocol::kLiveSpace };
        QMetaObject::invokeMethod(client, [client, endpoint] { client->start(endpoint); });
        QTRY_COMPARE_WITH_TIMEOUT(states.value(states.size() - 1), SyncState::Online, 20'000);
        QCOMPARE(states,
            (QList<SyncState> { SyncState::Connecting, SyncState::Syncing, SyncState::Online }));
        QVERIFY(changes > 0); // the catch-up

        // A change the server refuses, made from the UI thread.
        QString theirs;
        QMetaObject::invokeMethod(
            &onWorker,
            [&] {
                theirs = cache->scalarText("SELECT id FROM conversations WHERE assignee_id IS NOT "
                                           "NULL AND assignee_id <> 'agent-1' ORDER BY id LIMIT 1");
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(!theirs.isEmpty());
        const auto tag = protocol::Command::make(
            protocol::CommandType::AddTag, onConversation(theirs, { { "tag"_L1, u"Mine now"_s } }));
        QMetaObject::invokeMethod(client, [client, tag] { client->submit(tag); });
        QTRY_COMPARE_WITH_TIMEOUT(rejections.size(), 1, 10'000);
        QCOMPARE(rejections.at(0).command, tag);
        QCOMPARE(rejections.at(0).code, QString(protocol::ErrorCode::Forbidden));
        QTRY_COMPARE(counts.value(counts.size() - 1, -1), 0);
        QVERIFY(counts.contains(1));
        QVERIFY(allOnUiThread);

        QMetaObject::invokeMethod(client, [client] { client->stop(); });
        QTRY_COMPARE(states.constLast(), SyncState::Offline);
        QMetaObject::invokeMethod(
            &onWorker, [&] { cache.reset(); }, Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
    }
};

QTEST_GUILESS_MAIN(TestSyncThread)
#include "tst_syncthread.moc"
