// Issue 3 §6 (a): three clients send 1,000 commands between them; the server is killed
// with SIGKILL in the middle of it and started again on the same port. Every command must
// be applied exactly once, every outbox must drain, and the three caches must end up
// identical to each other and to a cache synced from scratch (and sound).
#include "InProcessSoak.h"

using namespace switchboard;
using namespace switchboard::testing;

namespace {
constexpr int kDownMs = 300;
}

class TestSoakServerKill : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serverKilledMidRun()
    {
        ServerProcess server { QStringLiteral(SWITCHBOARD_SERVER_PATH) };
        QVERIFY(server.isValid());
        const QString prepared = InProcessSoak::prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        auto started = server.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error()));

        InProcessSoak soak(server, u"kill-server"_s);
        const QString connected = soak.connect(
            server.url(), { std::chrono::milliseconds(50), std::chrono::milliseconds(1000) });
        QVERIFY2(connected.isEmpty(), qPrintable(connected));

        QElapsedTimer elapsed;
        elapsed.start();
        int kills = 0;
        QString restartFailure;
        const QString ran = soak.run([&](int submitted) {
            // Twice: once early, once late, each while commands are in flight.
            if ((kills == 0 && submitted >= 300) || (kills == 1 && submitted >= 700)) {
                ++kills;
                server.kill();
                // Down for a while: clients notice, retry, and queue more commands meanwhile.
                QTimer::singleShot(kDownMs, [&] {
                    if (auto again = server.start(); !again)
                        restartFailure = again.error();
                });
            }
        });
        QVERIFY2(restartFailure.isEmpty(), qPrintable(restartFailure));
        QVERIFY2(ran.isEmpty(), qPrintable(ran + u"\n"_s + server.logTail()));
        QCOMPARE(kills, 2);
        const QString verified = soak.verify();
        QVERIFY2(verified.isEmpty(), qPrintable(verified));
        qInfo("1,000 commands, 2 server kills, converged in %lld ms", elapsed.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSoakServerKill)
#include "tst_soakserverkill.moc"
