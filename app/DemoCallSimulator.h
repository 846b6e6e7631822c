// The demo's telephone exchange: posts the webhooks a PBX bridge would to the embedded
// server's `POST /api/v1/cti/{token}`, over real HTTP, so the desk pops calls the way it
// would in a contact centre. It waits until a desk is connected (the server's /health
// counts sessions), rings about five seconds later, then every 40 to 90 seconds after the
// last call ended: mostly customers of the demo data (their numbers written as a Turkish
// switch writes them, see DialledNumber), sometimes an unknown number, sometimes a withheld
// one. A call is answered after a few seconds and hung up after a talk, or the caller gives
// up (abandoned), or nobody answers (missed). One call at a time: the next rings only after
// the last one's hangup was posted.
//
// The randomness is seeded, so a demo plays the same calls. A POST that fails is logged and
// the calls carry on. It knows nothing of the server's insides: only the URL, the token and
// the PBX user the admin mapped to the desk's agent.
#pragma once

#include "demodata/Random.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkReply;

namespace switchboard::app {

// How the calls are paced; every range is inclusive. scaledDown() shrinks all of it, for
// tests that want the demo's calls within seconds.
struct DemoCallTiming {
    using Ms = std::chrono::milliseconds;
    Ms firstCallDelay { 5'000 }; // after a desk connected
    Ms minGap { 40'000 }; // between one hangup and the next call
    Ms maxGap { 90'000 };
    Ms minRing { 3'000 }; // before the agent answers
    Ms maxRing { 8'000 };
    Ms minTalk { 20'000 };
    Ms maxTalk { 60'000 };
    Ms minAbandon { 4'000 }; // before a caller gives up
    Ms maxAbandon { 12'000 };
    Ms ringOut { 25'000 }; // before the PBX stops ringing a missed call

    DemoCallTiming scaledDown(int factor) const;
};

struct DemoCallOptions {
    QUrl server; // http://127.0.0.1:port of the embedded server
    QString token; // the CTI webhook's token
    QString pbxUser; // the PBX user the admin mapped to the desk's agent
    QString extension = QStringLiteral("4401"); // the number customers dial
    QStringList knownNumbers; // E.164 numbers of customers in the demo data
    DemoCallTiming timing;
    quint64 seed = 1;
};

class DemoCallSimulator : public QObject {
    Q_OBJECT
public:
    // In hundredths: who calls, and how it ends.
    static constexpr int kUnknownCallerPercent = 15;
    static constexpr int kWithheldCallerPercent = 10;
    static constexpr int kAbandonedPercent = 12;
    static constexpr int kMissedPercent = 13;
    static constexpr std::chrono::milliseconds kHealthPollInterval { 500 };

    explicit DemoCallSimulator(DemoCallOptions options, QObject* parent = nullptr);
    ~DemoCallSimulator() override;

    // Starts waiting for a desk; calls follow until the object goes.
    void start();
    int callsStarted() const { return callsStarted_; }
    int failedPosts() const { return failedPosts_; }

Q_SIGNALS:
    // The newCall of this call was posted and taken.
    void callStarted(const QString& callId);
    // Its hangup was posted (or the call was given up after a failed POST).
    void callEnded(const QString& callId);

private:
    enum class Outcome { Answered, Abandoned, Missed };
    using Step = std::function<void()>;

    void pollHealth();
    void startCall();
    void post(const QString& event, QList<std::pair<QString, QString>> fields,
        const std::function<void(bool taken)>& then);
    void endCall(const QString& cause);
    void scheduleNextCall(std::chrono::milliseconds delay);
    void after(std::chrono::milliseconds delay, Step step);
    std::chrono::milliseconds between(
        std::chrono::milliseconds low, std::chrono::milliseconds high);
    QString pickCaller();

    DemoCallOptions options_;
    QUrl webhook_;
    QNetworkAccessManager network_;
    QPointer<QNetworkReply> inFlight_;
    QTimer timer_;
    Step onTimer_;
    demodata::Random random_;
    int callsStarted_ = 0;
    int failedPosts_ = 0;
    // The call in progress.
    QString callId_;
    QString from_;
};

} // namespace switchboard::app
