// Who may do what (docs/protocol.md, "Who may do what"), checked on the server for every
// command; the desktop only hides what this would refuse.
//
// - agent: conversations assigned to them or unassigned; take an unassigned one; hand their
//   own to a queue or an agent; customers; their own presence; wrap up the calls offered to
//   them or answered by them.
// - lead: the same, plus any conversation or call of an agent of their teams (and a call
//   that rang nobody), and assigning to anyone of their teams.
// - trainer: only their presence in `live`; everything in training spaces.
// - admin: everything.
#pragma once

#include "protocol/Agent.h"
#include "protocol/Conversation.h"
#include "server/CommandPlan.h"

#include <optional>

namespace switchboard::server {

class RolePolicy {
public:
    static bool isTrainingSpace(const QString& space);

    // May the actor work (tag, status, priority, snooze, reply, note, unassign) this
    // conversation? `assignee` is the current assignee's record, if assigned.
    static std::optional<Refusal> mayWork(const Actor& actor, const protocol::Conversation& c,
        const std::optional<protocol::Agent>& assignee);
    // May the actor give the conversation to `target` (an agent), or to a queue when
    // `target` is empty?
    static std::optional<Refusal> mayAssign(const Actor& actor, const protocol::Conversation& c,
        const std::optional<protocol::Agent>& assignee,
        const std::optional<protocol::Agent>& target);
    static std::optional<Refusal> mayEditCustomers(const Actor& actor);
    // May the actor wrap up the call? `holder` is the record of the agent who answered it,
    // else of the one it was offered to, when there is one.
    static std::optional<Refusal> mayWrapUp(const Actor& actor, const CtiCallRecord& call,
        const std::optional<protocol::Agent>& holder);

private:
    static bool sharesTeam(const protocol::Agent& a, const protocol::Agent& b);
    static bool outsideWork(const Actor& actor); // trainer in live
};

} // namespace switchboard::server
