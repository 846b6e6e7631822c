// Reopens snoozed conversations when their time comes, so a follow-up (a callback promised
// at a wrap-up, or any conversation.snooze) is back in its assignee's queue on every
// desktop when due: on a timer, and once at start for what came due while the server was
// down, it reads the due ones from the snooze index and writes each back to `open` (same
// assignee, snoozedUntil cleared) through the event log, published to the space like a
// command's events.
#pragma once

#include "server/ServerStorage.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace switchboard::server {

class SpaceHub;

class SnoozeWaker : public QObject {
    Q_OBJECT
public:
    // Conversations woken per transaction; a backlog takes several.
    static constexpr qsizetype kBatch = 500;

    SnoozeWaker(ServerStorage& storage, SpaceHub& hub, std::chrono::milliseconds interval,
        QObject* parent = nullptr);

    // Wakes what is due now, then starts the timer.
    void start();
    // Wakes every conversation due at `now`; how many woke.
    StoreResult<qint64> wakeDue(const QDateTime& now);

private:
    void tick();
    // Wakes `ids` of `space` if still due; how many woke.
    StoreResult<qint64> wake(const QString& space, const QStringList& ids, const QDateTime& now);

    ServerStorage& storage_;
    SpaceHub& hub_;
    QTimer timer_;
};

} // namespace switchboard::server
