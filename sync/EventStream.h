// The read path of one sync session, between the decoded frames and the store: the
// cursor the hello starts from, the resync a welcome may ask for, catch-up, snapshot and
// live events applied in order, and the check that `synced` names what the cache holds.
// A seq gap or anything the protocol does not allow comes back as the reason to end the
// session; nothing is ever skipped. Knows no socket and emits nothing.
#pragma once

#include "protocol/EventsFrame.h"
#include "protocol/SyncedFrame.h"
#include "store/ChangeSet.h"

#include <QString>

#include <expected>

namespace switchboard::store {
class Store;
}

namespace switchboard::sync {

class EventStream {
public:
    using Result = std::expected<store::ChangeSet, QString>; // the error ends the session

    EventStream(store::Store& store, QString space);

    // A new session: reads the cursor the hello starts from.
    std::expected<qint64, QString> begin();
    // welcome.resync: the cache is dropped (the outbox stays) and a snapshot follows.
    Result welcome(bool resync);
    // One events frame, in catch-up (`live` false) or live.
    Result take(const protocol::EventsFrame& frame, bool live);
    // End of catch-up or snapshot: afterwards the cache must hold exactly up to seq.
    std::expected<void, QString> synced(const protocol::SyncedFrame& frame);

    qint64 cursor() const { return cursor_; }

private:
    store::Store& store_;
    QString space_;
    qint64 cursor_ = 0;
    bool resyncing_ = false; // the catch-up under way is a snapshot
};

} // namespace switchboard::sync
