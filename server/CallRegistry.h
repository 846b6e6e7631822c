// The life of each call the PBX reports, kept in CtiStorage so that a replayed webhook
// changes nothing and an answer or hangup for a call never announced is told apart:
//
//   newCall  blocked number (inbound): rejected, nothing kept. Otherwise the caller is looked
//            up, the call routed (CallRouter) and recorded, and `offered` goes to the agent.
//   answer   who picked up (the PBX's user or answering number, mapped; else the agent it was
//            offered to) is recorded; `answered` goes to the agents concerned.
//   hangup   the disposition is settled, the call lands on the timeline when the number
//            matched exactly one customer (CallTimelineWriter; the events and the record in
//            one transaction), and `ended` goes out.
//
// A second newCall, answer or hangup for the same callId is a replay, and so is an answer
// after the hangup. Returns what to send; CtiEndpoint sends it.
#pragma once

#include "protocol/CallFrame.h"
#include "server/CallRouter.h"
#include "server/CtiEventParser.h"
#include "server/PhoneNormaliser.h"
#include "server/ServerStorage.h"

#include <QSet>

namespace switchboard::server {

struct CallOutcome {
    enum class Kind { Done, Replay, Rejected, UnknownCall };
    Kind kind = Kind::Done;
    QList<std::pair<QString, protocol::CallFrame>> pushes; // agent id, frame
    QList<protocol::Event> events; // committed; to publish to the space
};

class CallRegistry {
public:
    CallRegistry(ServerStorage& storage, CallRouter& router, QString space);

    StoreResult<CallOutcome> apply(const CtiEvent& event, const PhoneNormaliser& phones,
        const QSet<QString>& connectedAgents, const QDateTime& now);

private:
    StoreResult<CallOutcome> newCall(const CtiEvent& event, const PhoneNormaliser& phones,
        const QSet<QString>& connectedAgents, const QDateTime& now);
    StoreResult<CallOutcome> answer(
        CtiCallRecord call, const CtiEvent& event, const QDateTime& now);
    StoreResult<CallOutcome> hangup(
        CtiCallRecord call, const CtiEvent& event, const QDateTime& now);

    ServerStorage& storage_;
    CallRouter& router_;
    QString space_;
};

} // namespace switchboard::server
