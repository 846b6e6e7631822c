// The load of the call-pop benchmark: posts a `newCall` for each number to the server's CTI
// webhook over HTTP, as the PBX user mapped to the desk agent, and times it from just
// before the POST to the desk's pop emitting `populated` for that call (one process, one
// monotonic clock). Then it hangs the call up (the caller gives up), lets the desk's call
// pop skip the wrap-up so the agent is free again, waits a random 50-100 ms and rings the
// next: one call at a time, at a steady pace.
#pragma once

#include "bench/common/LatencyStats.h"
#include "demodata/Random.h"
#include "models/CallPop.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace switchboard::ui {
class CallPopWindow;
}

namespace switchboard::bench {

struct CallTarget {
    QString e164; // as stored
    QString dialled; // as the PBX writes it
    QString name; // whom the pop must show
    bool cached = false; // the customer is in the desk's cache too
};

class CallLoad : public QObject {
    Q_OBJECT
public:
    static constexpr int kMinGapMs = 50;
    static constexpr int kMaxGapMs = 100;
    static constexpr int kCallTimeoutMs = 10'000;

    CallLoad(QUrl webhook, QString pbxUser, models::CallPop& pop, ui::CallPopWindow& window,
        QList<CallTarget> targets, QObject* parent = nullptr);

    void start();

    const LatencyStats& all() const { return all_; }
    const LatencyStats& cached() const { return cached_; }
    const LatencyStats& serverOnly() const { return serverOnly_; }
    // From the POST to the webhook's HTTP answer: the server's share, for reading the tail.
    const LatencyStats& answered() const { return answered_; }
    int timeouts() const { return timeouts_; }
    int wrongPops() const { return wrongPops_; }
    int failedPosts() const { return failedPosts_; }

Q_SIGNALS:
    void finished();

private:
    void ring();
    void onPopulated(const QString& callId);
    void hangUp();
    void onStateChanged(models::CallPop::State state);
    void moveOn();
    void next();
    void post(const QString& event, const QString& extraKey, const QString& extraValue,
        const std::function<void()>& then);

    QUrl webhook_;
    QString pbxUser_;
    models::CallPop& pop_;
    ui::CallPopWindow& window_;
    QList<CallTarget> targets_;
    QNetworkAccessManager network_;
    QTimer gap_;
    QTimer timeout_;
    QElapsedTimer clock_;
    demodata::Random random_ { 20261124 };
    QString runId_;
    qsizetype index_ = -1;
    QString callId_;
    bool hungUp_ = false;
    bool done_ = false; // the next call is scheduled
    LatencyStats all_, cached_, serverOnly_, answered_;
    int timeouts_ = 0;
    int wrongPops_ = 0;
    int failedPosts_ = 0;
};

} // namespace switchboard::bench
