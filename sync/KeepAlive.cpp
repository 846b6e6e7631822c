#include "sync/KeepAlive.h"

#include <QWebSocket>

namespace switchboard::sync {

KeepAlive::KeepAlive(QObject* parent)
    : QObject(parent)
    , timer_(this)
{
    timer_.setInterval(kDefaultInterval);
    connect(&timer_, &QTimer::timeout, this, &KeepAlive::tick);
}

void KeepAlive::watch(QWebSocket* socket)
{
    socket_ = socket;
    connect(socket, &QWebSocket::pong, this, &KeepAlive::heard);
    lastHeard_.restart();
    timer_.start();
}

void KeepAlive::stop()
{
    timer_.stop();
    if (socket_)
        socket_->disconnect(this);
    socket_ = nullptr;
}

void KeepAlive::tick()
{
    if (!socket_) {
        timer_.stop();
        return;
    }
    if (lastHeard_.elapsed() > 2 * qint64(timer_.interval())) {
        stop();
        Q_EMIT silent();
        return;
    }
    socket_->ping();
}

} // namespace switchboard::sync
