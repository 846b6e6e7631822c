// Issue 3 §6 (c): the same 1,000 commands from three clients, through a TCP proxy that
// cuts every connection at a random point (seeded): mid-frame, mid-catch-up, between a
// command and its ack. Exactly once, drained outboxes, identical sound caches.
#include "InProcessSoak.h"
#include "TcpCutProxy.h"

using namespace switchboard;
using namespace switchboard::testing;

namespace {
constexpr quint32 kProxySeed = 20261124;
}

class TestSoakCutProxy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void connectionsCutAtRandom()
    {
        ServerProcess server { QStringLiteral(SWITCHBOARD_SERVER_PATH) };
        QVERIFY(server.isValid());
        const QString prepared = InProcessSoak::prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        auto started = server.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error()));

        TcpCutProxy proxy(server.port(), kProxySeed);
        proxy.setCuts({ 30, 700 });
        QVERIFY(proxy.listen());

        InProcessSoak soak(server, u"cut-proxy"_s);
        QElapsedTimer elapsed;
        elapsed.start();
        const QString connected = soak.connect(
            proxy.url(), { std::chrono::milliseconds(20), std::chrono::milliseconds(500) });
        QVERIFY2(connected.isEmpty(), qPrintable(connected));
        const QString ran = soak.run([&](int submitted) {
            if (submitted >= kSoakCommands)
                proxy.setCutting(false); // let the last sessions live, so the run can settle
        });
        QVERIFY2(ran.isEmpty(), qPrintable(ran + u"\n"_s + server.logTail()));
        const QString verified = soak.verify();
        QVERIFY2(verified.isEmpty(), qPrintable(verified));
        QVERIFY2(proxy.cutCount() >= 10, qPrintable(QString::number(proxy.cutCount())));
        qInfo("1,000 commands over %d connections, %d cut, converged in %lld ms",
            proxy.connectionCount(), proxy.cutCount(), elapsed.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSoakCutProxy)
#include "tst_soakcutproxy.moc"
