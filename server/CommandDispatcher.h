// Turns one command into its answer. A command id seen before gets the answer it got the
// first time and changes nothing. Otherwise the command is planned by its handler
// (ConversationCommands, CustomerCommands, CallCommands, presence here), and its events, the
// snapshots they write, a call's record and the answer are committed in one transaction;
// only then does the caller broadcast the events, send the call frames and the answer. A
// refusal is remembered as well, except an internal one (the storage failed; a resend may
// succeed).
#pragma once

#include "protocol/Command.h"
#include "server/CallCommands.h"
#include "server/CommandPlan.h"

#include <QJsonObject>

namespace switchboard::server {

struct CommandOutcome {
    QList<protocol::Event> events; // committed; to broadcast before the answer
    QJsonObject answer; // the ack or reject frame
    QList<AgentCallFrame> callFrames; // to send to their agents, after the events
};

class CommandDispatcher {
public:
    CommandDispatcher(ServerStorage& storage, CallDesk calls);

    CommandOutcome handle(const Actor& actor, const protocol::Command& command);

private:
    PlanResult plan(const Actor& actor, const protocol::Command& command, const QDateTime& now);
    PlanResult setPresence(
        const Actor& actor, const protocol::Command& command, const QDateTime& now);
    CommandOutcome refuse(
        const Actor& actor, const protocol::Command& command, const Refusal& refusal);

    ServerStorage& storage_;
    CallDesk calls_;
};

} // namespace switchboard::server
