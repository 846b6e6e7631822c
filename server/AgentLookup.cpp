#include "server/AgentLookup.h"

#include "server/EntityKind.h"

namespace switchboard::server {

protocol::Agent AgentLookup::fromUser(const UserRecord& user)
{
    protocol::Agent agent;
    agent.id = user.agentId;
    agent.name = user.name;
    agent.role = user.role;
    agent.teams = user.teams;
    agent.presence = protocol::Presence::Offline;
    return agent;
}

StoreResult<protocol::Agent> AgentLookup::forUser(
    ServerStorage& storage, const UserRecord& user, const QString& space)
{
    auto stored = storage.entity(space, QString(EntityKind::Agent), user.agentId);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored) {
        if (auto agent = protocol::Agent::fromJson(**stored)) {
            // The account decides role and teams, whatever an older snapshot says.
            agent->role = user.role;
            agent->teams = user.teams;
            return *agent;
        }
    }
    return fromUser(user);
}

} // namespace switchboard::server
