// The --demo backend: a real switchboard-server, in this process on a thread of its own,
// with the seeded demo data set and live traffic (DemoTraffic), listening on a free port of
// the loopback interface. The desktop then logs in and syncs with it over real HTTP and a
// real WebSocket, exactly as it would with a remote server.
//
// Everything lives in a fresh temporary folder that goes when this object does, so every
// demo starts from the same, known state.
#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

namespace switchboard::app {

class EmbeddedDemoServer : public QObject {
    Q_OBJECT
public:
    static constexpr QLatin1StringView kDeskAgent { "agent-1" };
    static constexpr QLatin1StringView kDemoPassword { "demo" };

    explicit EmbeddedDemoServer(int customers, QObject* parent = nullptr);
    ~EmbeddedDemoServer() override;

    // Seeds and starts the server on its thread; ready() or failed() follows.
    void start();
    QString folder() const { return dir_.path(); }

Q_SIGNALS:
    void ready(const QUrl& server);
    void failed(const QString& message);

private:
    int customers_;
    QTemporaryDir dir_;
    QThread thread_;
};

} // namespace switchboard::app
