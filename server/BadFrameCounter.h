// Counts the frames a session had to refuse; kLimit within kWindow means the peer keeps
// sending garbage and the session is closed with the policy-violation code.
#pragma once

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>

namespace switchboard::server {

class BadFrameCounter {
public:
    static constexpr int kLimit = 10;
    static constexpr qint64 kWindowMs = 60'000;

    BadFrameCounter() { clock_.start(); }

    // Records one bad frame; true when that makes kLimit within the window.
    bool recordAndCheck()
    {
        const qint64 now = clock_.elapsed();
        while (!times_.isEmpty() && now - times_.first() >= kWindowMs)
            times_.removeFirst();
        times_.append(now);
        return times_.size() >= kLimit;
    }

private:
    QElapsedTimer clock_;
    QList<qint64> times_;
};

} // namespace switchboard::server
