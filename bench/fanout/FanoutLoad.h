// The load of the fan-out benchmark: N sync clients and one injector on one target, all in
// this process, so a delivery's latency is one steady clock read minus another. Each rate
// step injects at a fixed rate for a while and records, for every client, how long each
// injection took to reach it.
#pragma once

#include "bench/common/LatencyStats.h"
#include "bench/fanout/FanoutTarget.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QWebSocket;

namespace switchboard::bench {

struct RateStep {
    int rate = 0; // injections per second
    qint64 expected = 0; // injections x clients
    qint64 delivered = 0; // deliveries seen within the drain time
    LatencyStats latency; // milliseconds, one sample per delivery

    bool held(double budgetMs) const
    {
        return delivered == expected && latency.percentile(99) < budgetMs;
    }
};

class FanoutLoad : public QObject {
    Q_OBJECT

public:
    FanoutLoad(FanoutTarget& target, int clients);
    ~FanoutLoad() override;

    // Opens every client and the injector and waits until the target is ready to deliver to
    // each; empty on success, else why not.
    QString connectAll(int timeoutMs);
    RateStep run(int rate, int durationMs, int drainMs);

private:
    QWebSocket* open(bool isClient);
    void received(const QString& frame);
    void injectDue(int rate, qint64 startedMs);

    FanoutTarget& target_;
    int clients_ = 0;
    int ready_ = 0;
    QList<QWebSocket*> sockets_;
    QWebSocket* injector_ = nullptr;
    QElapsedTimer clock_;
    QList<qint64> sentAtNs_; // by injection number
    qint64 sentInStep_ = 0;
    qint64 firstOfStep_ = 0;
    RateStep* step_ = nullptr;
};

} // namespace switchboard::bench
