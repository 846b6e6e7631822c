#include "bench/fanout/FanoutLoad.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>
#include <QWebSocket>

namespace switchboard::bench {

using namespace Qt::StringLiterals;

FanoutLoad::FanoutLoad(FanoutTarget& target, int clients)
    : target_(target)
    , clients_(clients)
{
    clock_.start();
}

FanoutLoad::~FanoutLoad()
{
    for (QWebSocket* socket : std::as_const(sockets_)) {
        socket->abort();
        delete socket;
    }
}

QWebSocket* FanoutLoad::open(bool isClient)
{
    auto* socket = new QWebSocket();
    socket->setParent(nullptr);
    sockets_.append(socket);
    auto readyOnce = std::make_shared<bool>(false);
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (const QByteArray opening = target_.openingFrame(); !opening.isEmpty())
            socket->sendTextMessage(QString::fromUtf8(opening));
        else
            ++ready_;
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, isClient, readyOnce](const QString& frame) {
            if (!*readyOnce && !target_.openingFrame().isEmpty()
                && target_.isReady(frame.toUtf8())) {
                *readyOnce = true;
                ++ready_;
                return;
            }
            if (isClient)
                received(frame);
        });
    socket->open(target_.url());
    return socket;
}

QString FanoutLoad::connectAll(int timeoutMs)
{
    injector_ = open(false);
    for (int i = 0; i < clients_; ++i)
        open(true);
    const QDeadlineTimer deadline(timeoutMs);
    while (ready_ < clients_ + 1 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (ready_ < clients_ + 1)
        return u"only %1 of %2 connections were ready after %3 ms"_s.arg(ready_)
            .arg(clients_ + 1)
            .arg(timeoutMs);
    return {};
}

// Deliveries are found by their marker, not by parsing: the load shares the machine with
// the server it measures and must cost both targets the same little.
void FanoutLoad::received(const QString& frame)
{
    if (!step_)
        return;
    const qint64 now = clock_.nsecsElapsed();
    static const QString marker = u"fanout-"_s;
    for (qsizetype at = frame.indexOf(marker); at >= 0; at = frame.indexOf(marker, at + 1)) {
        qsizetype end = at + marker.size();
        qint64 k = 0;
        while (end < frame.size() && frame.at(end).isDigit())
            k = k * 10 + frame.at(end++).digitValue();
        if (end >= frame.size() || frame.at(end) != u':' || k < firstOfStep_
            || k >= sentAtNs_.size())
            continue;
        ++step_->delivered;
        step_->latency.add(double(now - sentAtNs_.at(k)) / 1e6);
    }
}

void FanoutLoad::injectDue(int rate, qint64 startedMs)
{
    const qint64 due = (clock_.elapsed() - startedMs) * rate / 1000;
    while (sentInStep_ < due) {
        const qint64 k = sentAtNs_.size();
        sentAtNs_.append(clock_.nsecsElapsed());
        injector_->sendTextMessage(QString::fromUtf8(target_.injection(k)));
        ++sentInStep_;
    }
}

RateStep FanoutLoad::run(int rate, int durationMs, int drainMs)
{
    RateStep step;
    step.rate = rate;
    step_ = &step;
    sentInStep_ = 0;
    firstOfStep_ = sentAtNs_.size();
    const qint64 started = clock_.elapsed();
    QTimer pacer;
    pacer.setTimerType(Qt::PreciseTimer);
    connect(&pacer, &QTimer::timeout, this, [this, rate, started] { injectDue(rate, started); });
    pacer.start(1);
    while (clock_.elapsed() - started < durationMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    pacer.stop();
    step.expected = sentInStep_ * clients_;
    const QDeadlineTimer drain(drainMs);
    while (step.delivered < step.expected && !drain.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    step_ = nullptr;
    return step;
}

} // namespace switchboard::bench
