#include "server/RolePolicy.h"

#include "protocol/Event.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;
using protocol::AgentRole;

namespace {

Refusal trainerRefusal()
{
    return Refusal::forbidden(
        u"role.trainer"_s, u"Trainers can only set their presence in the live space."_s);
}

Refusal notYours(const std::optional<protocol::Agent>& assignee)
{
    const QString who = assignee ? assignee->name : u"its assignee"_s;
    const QString teams
        = assignee && !assignee->teams.isEmpty() ? assignee->teams.join(u", "_s) : u"their team"_s;
    return Refusal::forbidden(u"conversation.assignee"_s,
        u"Only %1 or a lead of %2 can change this conversation."_s.arg(who, teams));
}

} // namespace

bool RolePolicy::isTrainingSpace(const QString& space)
{
    return space != protocol::kLiveSpace;
}

bool RolePolicy::sharesTeam(const protocol::Agent& a, const protocol::Agent& b)
{
    for (const QString& team : a.teams) {
        if (b.teams.contains(team))
            return true;
    }
    return false;
}

bool RolePolicy::outsideWork(const Actor& actor)
{
    return actor.agent.role == AgentRole::Trainer && !isTrainingSpace(actor.space);
}

std::optional<Refusal> RolePolicy::mayWork(const Actor& actor, const protocol::Conversation& c,
    const std::optional<protocol::Agent>& assignee)
{
    if (outsideWork(actor))
        return trainerRefusal();
    if (actor.agent.role == AgentRole::Admin || actor.agent.role == AgentRole::Trainer)
        return std::nullopt; // a trainer here is in a training space
    if (c.assigneeId.isEmpty() || c.assigneeId == actor.agent.id)
        return std::nullopt;
    if (actor.agent.role == AgentRole::Lead && assignee && sharesTeam(actor.agent, *assignee))
        return std::nullopt;
    return notYours(assignee);
}

std::optional<Refusal> RolePolicy::mayAssign(const Actor& actor, const protocol::Conversation& c,
    const std::optional<protocol::Agent>& assignee, const std::optional<protocol::Agent>& target)
{
    if (auto refused = mayWork(actor, c, assignee))
        return refused;
    const protocol::Agent& me = actor.agent;
    if (me.role == AgentRole::Admin || me.role == AgentRole::Trainer)
        return std::nullopt;
    if (!target || target->id == me.id)
        return std::nullopt; // to a queue, or taking it
    if (c.assigneeId == me.id)
        return std::nullopt; // handing their own to anyone
    if (me.role == AgentRole::Lead && sharesTeam(me, *target))
        return std::nullopt;
    if (me.role == AgentRole::Lead)
        return Refusal::forbidden(u"payload.agentId"_s,
            u"A lead can assign only to people of their teams (%1)."_s.arg(me.teams.join(u", "_s)));
    return Refusal::forbidden(u"payload.agentId"_s,
        u"You can take an unassigned conversation or hand on your own, not assign others."_s);
}

std::optional<Refusal> RolePolicy::mayEditCustomers(const Actor& actor)
{
    if (outsideWork(actor))
        return trainerRefusal();
    return std::nullopt;
}

std::optional<Refusal> RolePolicy::mayWrapUp(const Actor& actor, const CtiCallRecord& call,
    const std::optional<protocol::Agent>& holder)
{
    if (outsideWork(actor))
        return trainerRefusal();
    const protocol::Agent& me = actor.agent;
    if (me.role == AgentRole::Admin || me.id == call.agentId || me.id == call.answeredBy)
        return std::nullopt;
    if (me.role == AgentRole::Lead && (!holder || sharesTeam(me, *holder)))
        return std::nullopt;
    const QString who = holder ? holder->name : u"the agent who took it"_s;
    const QString teams
        = holder && !holder->teams.isEmpty() ? holder->teams.join(u", "_s) : u"their team"_s;
    return Refusal::forbidden(
        u"call.agentId"_s, u"Only %1 or a lead of %2 can wrap up this call."_s.arg(who, teams));
}

} // namespace switchboard::server
