// Issue 3 §6 (b): three sync-soak-client processes send 1,000 commands between them; the
// test kills clients with SIGKILL at random moments (the first while it is applying its
// initial catch-up, the others while live events and acks stream in) and starts them
// again on the same store file. Every command must be applied exactly once, and the
// three caches, opened after the clients exit, must be sound, drained and identical to a
// cache synced from scratch.
#include "BlockingLogin.h"
#include "EventLogReader.h"
#include "ServerProcess.h"
#include "SoakCheck.h"
#include "SoakPlan.h"
#include "sync/SyncClient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace switchboard;
using namespace switchboard::testing;

namespace {

constexpr quint32 kKillSeed = 4242;
constexpr int kKills = 5;
constexpr int kTimeoutMs = 45'000;
const QString kRunId = u"kill-client"_s;

// One client process and what it last said.
struct ClientProcess {
    QStringList arguments;
    std::unique_ptr<QProcess> process;
    QString status; // its last line: "drained <seq>", "rejected ...", "error ..."
    QStringList problems;
    int starts = 0;
    bool applying = false; // it has said it is writing catch-up events

    void start()
    {
        process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(SYNC_SOAK_CLIENT_PATH));
        process->setArguments(arguments);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->setStandardErrorFile(QProcess::nullDevice());
        QObject::connect(process.get(), &QProcess::readyReadStandardOutput, [this] {
            while (process->canReadLine()) {
                const QString line = QString::fromUtf8(process->readLine()).trimmed();
                if (line == u"applying"_s) {
                    applying = true;
                    continue;
                }
                status = line;
                if (line.startsWith(u"rejected"_s) || line.startsWith(u"error"_s))
                    problems << line;
            }
        });
        status.clear();
        ++starts;
        process->start();
    }

    void kill()
    {
        process->kill();
        process->waitForFinished(5'000);
    }

    bool drained() const { return status.startsWith(u"drained"_s); }
};

} // namespace

class TestSoakClientKill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clientsKilledMidApply()
    {
        ServerProcess server { QStringLiteral(SWITCHBOARD_SERVER_PATH) };
        QVERIFY(server.isValid());
        QVERIFY(server.seedDemo(150, 1500, 3));
        for (int c = 0; c < kSoakClients; ++c)
            QVERIFY(server.addUser(u"soak-%1"_s.arg(c), u"Soak"_s, u"admin"_s, u"demo"_s));
        auto started = server.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error()));

        QTemporaryDir dir;
        const QString targetFile = dir.filePath(u"target"_s);
        std::vector<std::unique_ptr<ClientProcess>> clients;
        QString token;
        for (int c = 0; c < kSoakClients; ++c) {
            auto login = BlockingLogin::login(server.url(), u"soak-%1"_s.arg(c), u"demo"_s);
            QVERIFY2(login, login ? "" : qPrintable(login.error()));
            token = login->token;
            auto client = std::make_unique<ClientProcess>();
            client->arguments = QStringList { u"--server"_s, server.url().toString(), u"--token"_s,
                login->token, u"--store"_s, dir.filePath(u"client-%1.db"_s.arg(c)), u"--run"_s,
                kRunId, u"--client"_s, QString::number(c), u"--target-file"_s, targetFile };
            client->start();
            clients.push_back(std::move(client));
        }

        QElapsedTimer elapsed;
        elapsed.start();
        QRandomGenerator random(kKillSeed);
        // The first kill lands while a client writes its initial catch-up (it says so).
        ClientProcess& first = *clients.at(random.bounded(kSoakClients));
        QTRY_VERIFY_WITH_TIMEOUT(first.applying, kTimeoutMs);
        first.kill();
        first.start();
        // The others while live events, commands and acks stream in.
        for (int kill = 1; kill < kKills; ++kill) {
            QTest::qWait(200 + int(random.bounded(500)));
            ClientProcess& victim = *clients.at(random.bounded(kSoakClients));
            victim.kill();
            victim.start();
        }
        const bool drained = QTest::qWaitFor(
            [&] {
                for (const auto& c : clients) {
                    if (!c->drained())
                        return false;
                }
                return true;
            },
            kTimeoutMs);
        QString statuses;
        for (const auto& c : clients)
            statuses += u"[%1 after %2 starts] "_s.arg(c->status, QString::number(c->starts));
        QVERIFY2(drained, qPrintable(statuses));
        for (const auto& c : clients)
            QVERIFY2(c->problems.isEmpty(), qPrintable(c->problems.join(u'\n')));

        // Nothing is pending anywhere: the server's seq is final. Tell the clients.
        auto log = EventLogReader::read(server.url(), token);
        QVERIFY2(log, log ? "" : qPrintable(log.error()));
        QSaveFile target(targetFile);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(QByteArray::number(log->syncedSeq));
        QVERIFY(target.commit());
        for (const auto& c : clients) {
            QVERIFY(c->process->waitForFinished(kTimeoutMs));
            QCOMPARE(c->process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(c->process->exitCode(), 0);
        }

        auto freshStore = store::Store::open(dir.filePath(u"fresh.db"_s));
        QVERIFY(freshStore);
        sync::SyncClient fresh(*freshStore);
        fresh.start({ server.url(), token, protocol::kLiveSpace });
        QTRY_COMPARE_WITH_TIMEOUT(fresh.state(), sync::SyncState::Online, kTimeoutMs);
        fresh.stop();
        auto plan = SoakPlan::fromStore(*freshStore, kRunId);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error()));
        const QString once = checkExactlyOnce(*log, *plan);
        QVERIFY2(once.isEmpty(), qPrintable(once));

        std::vector<store::Store> stores;
        QList<store::Store*> caches;
        for (int c = 0; c < kSoakClients; ++c) {
            auto opened = store::Store::open(dir.filePath(u"client-%1.db"_s.arg(c)));
            QVERIFY(opened);
            stores.push_back(std::move(*opened));
        }
        for (store::Store& s : stores)
            caches << &s;
        for (store::Store* s : caches)
            QCOMPARE(s->cursor(protocol::kLiveSpace).value(), log->syncedSeq);
        const QString converged = checkConverged(caches, *freshStore);
        QVERIFY2(converged.isEmpty(), qPrintable(converged));
        qInfo("1,000 commands, %d client kills (%s), converged in %lld ms", kKills,
            qPrintable(statuses), elapsed.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSoakClientKill)
#include "tst_soakclientkill.moc"
