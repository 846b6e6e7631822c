// The after-call commands (docs/protocol.md, "After the call"):
//
//   call.wrapUp   the ended call's conversation gets an internal note (the wrap-up code in
//                 words, the notes, the follow-up), the tags, and either a follow-up (assigned
//                 to the agent, snoozed until then; SnoozeWaker reopens it) or, for
//                 `resolved`, the resolution. A call that did not land at hangup (unknown
//                 caller, shared number) lands now on the customer the agent names. The call's
//                 record keeps the wrap-up, so a call is wrapped up once.
//   call.decline  the agent a ringing call is offered to turns it down: it is offered to the
//                 next free agent of its queue who has not declined it (CallRouter), or to
//                 nobody.
//
// Like every handler this only reads and plans; the call's new record travels in the plan
// and is committed with the events, the `offered` frame for the next agent is sent after.
#pragma once

#include "protocol/CallWrapUp.h"
#include "protocol/Command.h"
#include "server/CallRouter.h"
#include "server/CommandPlan.h"
#include "server/EntityState.h"

#include <QSet>

#include <functional>

namespace switchboard::server {

// The reject codes of the call commands, beside protocol::ErrorCode's.
namespace CallRejectCode {
inline constexpr QLatin1StringView NotEnded { "call_not_ended" };
inline constexpr QLatin1StringView AlreadyWrappedUp { "already_wrapped_up" };
inline constexpr QLatin1StringView CustomerRequired { "customer_required" };
inline constexpr QLatin1StringView Ended { "call_ended" };
inline constexpr QLatin1StringView Answered { "call_answered" };
} // namespace CallRejectCode

// What the call commands need beyond the storage: the router that picks the next agent, and
// who has a desktop connected in a space.
struct CallDesk {
    CallRouter& router;
    std::function<QSet<QString>(const QString& space)> connectedAgents;
};

class CallCommands {
public:
    CallCommands(EntityState& state, CallDesk& desk);

    static bool handles(QStringView commandType);
    PlanResult plan(const Actor& actor, const protocol::Command& command, const QDateTime& now);

    // "callback_needed" -> "Callback needed", as the wrap-up note says it.
    static QString codeInWords(protocol::WrapUpCode code);

private:
    std::expected<CtiCallRecord, Refusal> load(const Actor& actor, const QString& callId);
    PlanResult wrapUp(const Actor& actor, const protocol::Command& command, const QDateTime& now);
    PlanResult decline(const Actor& actor, const protocol::Command& command, const QDateTime& now);

    EntityState& state_;
    CallDesk& desk_;
};

} // namespace switchboard::server
