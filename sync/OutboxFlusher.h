// The write path of one sync session: once the session is synced, the outbox is sent in
// the order the commands were made, commands made after that are sent as they come, and
// the server's answers are settled in the store (ack: the server's state stands; reject:
// the optimistic effect is rolled back).
//
// A new session starts with nothing sent, so every command still pending is sent again:
// the server answers a repeated id as it did the first time and applies it once. Within a
// session nothing is sent twice. Knows no socket: frames go out through `send`.
#pragma once

#include "protocol/AckFrame.h"
#include "protocol/Command.h"
#include "protocol/RejectFrame.h"
#include "store/ChangeSet.h"
#include "store/StoreError.h"
#include "sync/CommandRejection.h"

#include <QHash>
#include <QJsonObject>
#include <QUuid>

#include <functional>
#include <optional>

namespace switchboard::store {
class Store;
}

namespace switchboard::sync {

class OutboxFlusher {
public:
    using Send = std::function<void(const QJsonObject& frame)>;

    struct Rejected {
        CommandRejection rejection;
        store::ChangeSet changes; // the rollback
    };

    explicit OutboxFlusher(store::Store& store);

    // The session is synced: sends every pending command, in order, through `send`, and
    // from now on each command passed to sendNew(). Returns how many were sent.
    store::StoreResult<qsizetype> startFlushing(Send send);
    // The session is over: nothing more is sent, and nothing counts as sent.
    void stop();
    // Sends a command just queued, if the session is flushing; else the next flush will.
    void sendNew(const protocol::Command& command);

    store::StoreResult<store::ChangeSet> settle(const protocol::AckFrame& ack);
    // nullopt when the command was not pending (answered before, on another session).
    store::StoreResult<std::optional<Rejected>> settle(const protocol::RejectFrame& reject);

private:
    void send(const protocol::Command& command);

    store::Store& store_;
    Send send_; // empty while not flushing
    QHash<QUuid, protocol::Command> sent_;
};

} // namespace switchboard::sync
