// Notices a session whose connection died without a word (a laptop lid closed, a NAT or
// proxy that silently forgot the connection): TCP alone can take many minutes to tell. The
// socket is pinged every interval; when nothing at all (frame or pong) has come back for
// two intervals, silent() says the session is to be dropped and started again.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QWebSocket;

namespace switchboard::sync {

class KeepAlive : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultInterval { 15'000 };

    explicit KeepAlive(QObject* parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { timer_.setInterval(interval); }
    // Starts watching the socket of a new session (forgetting any earlier one).
    void watch(QWebSocket* socket);
    void stop();
    // Something came from the server: the connection is alive.
    void heard() { lastHeard_.restart(); }

Q_SIGNALS:
    void silent();

private:
    void tick();

    QTimer timer_;
    QPointer<QWebSocket> socket_;
    QElapsedTimer lastHeard_;
};

} // namespace switchboard::sync
