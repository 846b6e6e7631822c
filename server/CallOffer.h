// The `call` frames of a call for its agent, and the `offered` one in particular: with the
// profile summary of every customer the number matched (CallerLookup), so the desktop pops
// without a round trip. Built at newCall, for the next agent after a decline, and again for
// a desktop that connects while a call still rings at its agent (a restart mid-ring).
// Reads only.
#pragma once

#include "protocol/CallFrame.h"
#include "server/CtiStorage.h"
#include "server/ServerStorage.h"

#include <chrono>

namespace switchboard::server {

class CallOffer {
public:
    // How long after it was offered a ringing call is offered again to a desktop that
    // connects; PBXs give up ringing well before this.
    static constexpr std::chrono::seconds kReofferWindow { 60 };

    explicit CallOffer(ServerStorage& storage);

    // The frame of `event` for the call's current state, without matches or `at`.
    static protocol::CallFrame frameOf(const CtiCallRecord& call, QLatin1StringView event);

    // `offered` for call.agentId, with the matched customers' profiles read now; `at` is
    // when it was offered to that agent.
    StoreResult<protocol::CallFrame> offered(const QString& space, const CtiCallRecord& call);
    // `offered` of each call ringing at `agentId` that was offered within kReofferWindow
    // before `now`, oldest first.
    StoreResult<QList<protocol::CallFrame>> ringingAt(
        const QString& space, const QString& agentId, const QDateTime& now);

private:
    ServerStorage& storage_;
};

} // namespace switchboard::server
