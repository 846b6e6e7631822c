// The --demo backend: a real switchboard-server, in this process on a thread of its own,
// with the seeded demo data set and live traffic (DemoTraffic), listening on a free port of
// the loopback interface. The desktop then logs in and syncs with it over real HTTP and a
// real WebSocket, exactly as it would with a remote server.
//
// Its CTI webhook is set up as an admin would (`cti rotate-token`, `cti map-user`: the PBX
// user kDeskPbxUser rings the desk agent), and a DemoCallSimulator, on the thread that
// owns this object, posts calls to it over HTTP once a desk is connected. Tests switch the
// traffic and the calls off, or speed the calls up, before start().
//
// Everything lives in a fresh temporary folder that goes when this object does, so every
// demo starts from the same, known state.
#pragma once

#include "app/DemoCallSimulator.h"

#include <QObject>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <memory>
#include <optional>

namespace switchboard::app {

class EmbeddedDemoServer : public QObject {
    Q_OBJECT
public:
    static constexpr QLatin1StringView kDeskAgent { "agent-1" };
    static constexpr QLatin1StringView kDemoPassword { "demo" };
    // The desk agent's extension on the demo's PBX.
    static constexpr QLatin1StringView kDeskPbxUser { "201" };

    explicit EmbeddedDemoServer(int customers, QObject* parent = nullptr);
    ~EmbeddedDemoServer() override;

    // Before start(): whether simulated customers and colleagues act (on by default).
    void setLiveTraffic(bool on) { liveTraffic_ = on; }
    // Before start(): how the simulated calls are paced; nullopt: no calls at all.
    void setCallTiming(std::optional<DemoCallTiming> timing) { callTiming_ = timing; }

    // Seeds and starts the server on its thread; ready() or failed() follows.
    void start();
    QString folder() const { return dir_.path(); }
    // The CTI webhook with its token, once ready() was emitted.
    QUrl ctiWebhook() const { return ctiWebhook_; }
    // The simulated PBX, once ready() was emitted; null when calls are off.
    DemoCallSimulator* callSimulator() const { return calls_.get(); }

Q_SIGNALS:
    void ready(const QUrl& server);
    void failed(const QString& message);

private:
    void startCalls(const QUrl& server, const QString& token, const QStringList& numbers);

    int customers_;
    bool liveTraffic_ = true;
    std::optional<DemoCallTiming> callTiming_ = DemoCallTiming {};
    QTemporaryDir dir_;
    QThread thread_;
    QUrl ctiWebhook_;
    std::unique_ptr<DemoCallSimulator> calls_;
};

} // namespace switchboard::app
