// The real switchboard-server process: acknowledged events survive SIGKILL, and the admin
// subcommands refuse bad input with a clear message and without writing anything.
#include "ServerTestSupport.h"
#include "demodata/CustomerCsvWriter.h"
#include "demodata/DemoDataset.h"
#include "server/PasswordHasher.h"
#include "server/SqliteServerStorage.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace switchboard;
using namespace switchboard::server;
using namespace switchboard::server::test;
using namespace Qt::StringLiterals;

class TestServerProcess : public QObject {
    Q_OBJECT

private:
    static std::unique_ptr<ServerStorage> storageIn(const QString& dir)
    {
        auto storage = SqliteServerStorage::open(QDir(dir).filePath(Server::kDatabaseFile));
        return storage ? std::move(*storage) : nullptr;
    }
    static qint64 liveSeq(const QString& dir) { return *storageIn(dir)->currentSeq(u"live"_s); }
    static QStringList withDir(const QString& dir, QStringList args)
    {
        return args << u"--data-dir"_s << dir;
    }

private Q_SLOTS:
    void acknowledgedEventsSurviveSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(seedFixtures(dir.path()));
        ServerProcess process(dir.path());
        QVERIFY(process.start());
        SyncClient client(process.port());
        QVERIFY(client.join(u"agent-1"_s) > 0);
        constexpr int kCommands = 60;
        QList<QJsonObject> sent;
        for (int i = 0; i < kCommands; ++i) {
            sent.append(commandFrame(u"note.add"_s,
                { { "conversationId"_L1, QString(kOfAgent1) },
                    { "messageId"_L1, u"msg-k-%1"_s.arg(i) },
                    { "body"_L1, u"note %1"_s.arg(i) } }));
            client.send(sent.last());
        }
        const auto acks = [&client] {
            QList<qint64> seqs;
            for (const QJsonObject& frame : client.frames) {
                if (frame.value("type"_L1).toString() == "ack"_L1)
                    seqs.append(frame.value("seq"_L1).toInteger());
            }
            return seqs;
        };
        QVERIFY(QTest::qWaitFor([&] { return acks().size() >= kCommands / 3; }, 10000));
        process.kill9(); // in the middle of the work
        const QList<qint64> acked = acks();

        auto storage = storageIn(dir.path());
        QCOMPARE(*storage->integrityCheck(), u"ok"_s);
        const qint64 current = *storage->currentSeq(u"live"_s);
        const auto events = storage->events(u"live"_s, 0, current, current + 1);
        QCOMPARE(events->size(), current); // gap-free: seq 1..current, each once
        for (qint64 seq : acked) {
            QVERIFY(seq <= current);
            QCOMPARE(events->at(seq - 1).type, u"message.added"_s);
        }
        storage.reset();

        // Restarted, the server goes on from where the log ends, and new commands continue the seq.
        QVERIFY(process.start());
        SyncClient again(process.port());
        QVERIFY(again.join(u"agent-1"_s, acked.last()) == current);
        const auto next = again.command(commandFrame(u"note.add"_s,
            { { "conversationId"_L1, QString(kOfAgent1) }, { "messageId"_L1, u"msg-k-new"_s },
                { "body"_L1, u"after restart"_s } }));
        QCOMPARE(next->value("seq"_L1).toInteger(), current + 1);
        // Commands sent before the crash, resent: the acknowledged one is answered as then,
        // and each is applied once, whether its ack got out or not.
        QCOMPARE(again.command(sent.first())->value("seq"_L1).toInteger(), acked.first());
        for (const QJsonObject& frame : sent)
            QCOMPARE(again.command(frame)->value("type"_L1).toString(), u"ack"_s);
        auto after = storageIn(dir.path());
        const qint64 final = *after->currentSeq(u"live"_s);
        QCOMPARE(final, current + 1 + (kCommands - (current - acked.first() + 1)));
        for (int i = 0; i < kCommands; ++i)
            QVERIFY(*after->entity(u"live"_s, u"message"_s, u"msg-k-%1"_s.arg(i)));
    }

    void anAdminCommandReachesConnectedDesktopsWhileTheServerRuns()
    {
        QTemporaryDir dir;
        QVERIFY(seedFixtures(dir.path()));
        ServerProcess process(dir.path());
        QVERIFY(process.start());
        SyncClient client(process.port());
        const qint64 synced = client.join(u"agent-1"_s);
        QVERIFY(synced > 0);
        QCOMPARE(runCli(withDir(dir.path(),
                            { u"tag"_s, u"add"_s, u"--name"_s, u"Outage"_s, u"--colour"_s,
                                u"#ff0000"_s, u"--category"_s, u"Incident"_s }))
                     .exitCode,
            0);
        const auto live = client.takeType("events"_L1, 5000);
        QVERIFY(live);
        const QJsonObject event = live->value("events"_L1).toArray().first().toObject();
        QCOMPARE(event.value("seq"_L1).toInteger(), synced + 1);
        QCOMPARE(event.value("type"_L1).toString(), u"tag.upserted"_s);
    }

    void userAddRefusesBadInputAndWritesNothing()
    {
        QTemporaryDir dir;
        const QStringList good { u"user"_s, u"add"_s, u"--username"_s, u"elif"_s, u"--name"_s,
            u"Elif Demir"_s, u"--role"_s, u"agent"_s, u"--teams"_s, u"Customer care,Billing"_s,
            u"--agent-id"_s, u"agent-77"_s, u"--password-cost"_s, u"min"_s };
        QStringList badRole = good;
        badRole[7] = u"boss"_s;
        CliRun run = runCli(withDir(dir.path(), badRole), "secret\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--role must be agent, lead, trainer or admin"));
        QCOMPARE(liveSeq(dir.path()), 0);

        run = runCli(withDir(dir.path(), good), "secret\n");
        QCOMPARE(run.exitCode, 0);
        run = runCli(withDir(dir.path(), good), "secret\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("user \"elif\" exists already"));
        QCOMPARE(
            runCli(withDir(dir.path(), { u"user"_s, u"add"_s, u"--username"_s, u"x"_s }), "p\n")
                .exitCode,
            2);
        QCOMPARE(runCli({ u"user"_s, u"list"_s }).exitCode, 2); // no --data-dir

        run = runCli(withDir(dir.path(), { u"user"_s, u"list"_s }));
        QCOMPARE(run.out, "elif\tagent-77\tagent\tCustomer care,Billing\tElif Demir\n"_ba);
        auto storage = storageIn(dir.path());
        auto user = storage->user(u"elif"_s);
        QVERIFY(PasswordHasher(PasswordCost::cheaper()).verify((*user)->passwordHash, u"secret"_s));
        const auto events = storage->events(u"live"_s, 0, 10, 10);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().type, u"agent.upserted"_s);
        QCOMPARE(events->first().payload.value("teams"_L1).toArray().size(), 2);
    }

    void teamsQueuesAndTags()
    {
        QTemporaryDir dir;
        QCOMPARE(runCli(withDir(dir.path(), { u"team"_s, u"add"_s, u"--name"_s, u"Billing"_s }))
                     .exitCode,
            0);
        QCOMPARE(runCli(withDir(dir.path(), { u"team"_s, u"add"_s, u"--name"_s, u"Billing"_s }))
                     .exitCode,
            1);
        QCOMPARE(runCli(withDir(dir.path(), { u"team"_s, u"list"_s })).out, "Billing\n"_ba);
        QCOMPARE(runCli(withDir(dir.path(),
                            { u"queue"_s, u"add"_s, u"--id"_s, u"q-x"_s, u"--name"_s,
                                u"Escalations"_s, u"--team"_s, u"Billing"_s }))
                     .exitCode,
            0);
        QCOMPARE(runCli(withDir(dir.path(), { u"queue"_s, u"list"_s })).out,
            "q-x\tEscalations\tBilling\n"_ba);
        const CliRun badColour = runCli(withDir(dir.path(),
            { u"tag"_s, u"add"_s, u"--name"_s, u"VIP"_s, u"--colour"_s, u"red"_s, u"--category"_s,
                u"Sales"_s }));
        QCOMPARE(badColour.exitCode, 2);
        QVERIFY(badColour.err.contains("--colour"));
        QCOMPARE(runCli(withDir(dir.path(),
                            { u"tag"_s, u"add"_s, u"--name"_s, u"VIP"_s, u"--colour"_s,
                                u"#D9534F"_s, u"--category"_s, u"Sales"_s }))
                     .exitCode,
            0);
        QCOMPARE(
            runCli(withDir(dir.path(), { u"tag"_s, u"list"_s })).out, "VIP\t#d9534f\tSales\n"_ba);
        QCOMPARE(liveSeq(dir.path()), 2); // queue.upserted, tag.upserted
    }

    void importCustomersIsAllOrNothing()
    {
        QTemporaryDir dir;
        demodata::DatasetSize size;
        size.customers = 50;
        size.messages = 10;
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        {
            demodata::CustomerCsvWriter writer(csv);
            demodata::DemoDataset(size).generate(writer);
            QVERIFY(writer.flush());
        }
        QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.size(), 52); // header, 50 rows, the empty rest after the last CRLF
        QByteArray broken = lines.at(4);
        broken.replace(broken.lastIndexOf(','), broken.size(), ",vip\r");
        QList<QByteArray> bad = lines;
        bad[4] = broken; // line 5 of the file
        const QString badFile = dir.filePath(u"bad.csv"_s);
        const QString goodFile = dir.filePath(u"good.csv"_s);
        {
            QFile file(badFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bad.join('\n'));
        }
        {
            QFile file(goodFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(csv.data());
        }
        const CliRun refused
            = runCli(withDir(dir.path(), { u"import"_s, u"customers"_s, u"--file"_s, badFile }));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("line 5, column segment"), refused.err.constData());
        QCOMPARE(liveSeq(dir.path()), 0);

        const CliRun imported
            = runCli(withDir(dir.path(), { u"import"_s, u"customers"_s, u"--file"_s, goodFile }));
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out, "imported 50 customers\n"_ba);
        auto storage = storageIn(dir.path());
        QCOMPARE(storage->entitiesOfKind(u"live"_s, u"customer"_s)->size(), 50);
    }

    void seedDemoIsFastAndGivesEveryDemoAgentALogin()
    {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        const CliRun run = runCli(withDir(dir.path(),
            { u"seed-demo"_s, u"--customers"_s, u"1000"_s, u"--messages"_s, u"5000"_s, u"--seed"_s,
                u"7"_s, u"--password-cost"_s, u"min"_s }));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(liveSeq(dir.path()) > 6000);
        ServerProcess process(dir.path());
        QVERIFY(process.start());
        QVERIFY(!login(process.port(), u"agent-1"_s).isEmpty());
        QVERIFY(!login(process.port(), u"agent-16"_s).isEmpty());
        QCOMPARE(
            runCli(withDir(dir.path(), { u"seed-demo"_s, u"--customers"_s, u"-3"_s })).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestServerProcess)
#include "tst_serverprocess.moc"
