// The reconnect schedule: the ceiling doubles from `initial` to `cap` and stays there, each
// delay is drawn below the ceiling (full jitter), a seed replays the same delays, and a
// successful welcome (reset) starts again from the bottom.
#include "sync/RetryPolicy.h"

#include <QtTest>

using namespace switchboard::sync;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToTheCap()
    {
        RetryPolicy policy({ 500ms, 30s }, 7);
        const QList<qint64> expected { 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000 };
        for (qint64 ceiling : expected) {
            QCOMPARE(policy.ceiling().count(), ceiling);
            policy.nextDelay();
        }
        for (int i = 0; i < 100; ++i) // long outages must not overflow the arithmetic
            policy.nextDelay();
        QCOMPARE(policy.ceiling(), 30s);
    }

    void delaysStayBelowTheCeilingAndSpreadOut()
    {
        RetryPolicy policy({ 500ms, 30s }, 42);
        QSet<qint64> firstDelays;
        for (int round = 0; round < 200; ++round) {
            for (int attempt = 0; attempt < 10; ++attempt) {
                const auto ceiling = policy.ceiling();
                const auto delay = policy.nextDelay();
                QVERIFY(delay >= 0ms);
                QVERIFY(delay <= ceiling);
                if (attempt == 0)
                    firstDelays.insert(delay.count());
            }
            policy.reset();
        }
        // Full jitter: clients that lost the server together do not come back together.
        QVERIFY2(firstDelays.size() > 100, qPrintable(QString::number(firstDelays.size())));
    }

    void sameSeedSameDelays()
    {
        RetryPolicy a({ 100ms, 5s }, 1234);
        RetryPolicy b({ 100ms, 5s }, 1234);
        RetryPolicy c({ 100ms, 5s }, 4321);
        QList<qint64> fromA, fromB, fromC;
        for (int i = 0; i < 12; ++i) {
            fromA << a.nextDelay().count();
            fromB << b.nextDelay().count();
            fromC << c.nextDelay().count();
        }
        QCOMPARE(fromA, fromB);
        QVERIFY(fromA != fromC);
    }

    void resetStartsFromTheBottom()
    {
        RetryPolicy policy({ 500ms, 30s }, 3);
        for (int i = 0; i < 6; ++i)
            policy.nextDelay();
        QCOMPARE(policy.failures(), 6);
        QCOMPARE(policy.ceiling(), 30s);
        policy.reset();
        QCOMPARE(policy.failures(), 0);
        QCOMPARE(policy.ceiling(), 500ms);
        QVERIFY(policy.nextDelay() <= 500ms);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
