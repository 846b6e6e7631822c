// The agent a user is, as other desktops see them: the agent's latest snapshot in the space
// when there is one (it carries presence, skills, languages), else what the user record
// says, offline.
#pragma once

#include "protocol/Agent.h"
#include "server/ServerStorage.h"

namespace switchboard::server {

class AgentLookup {
public:
    static StoreResult<protocol::Agent> forUser(
        ServerStorage& storage, const UserRecord& user, const QString& space);
    static protocol::Agent fromUser(const UserRecord& user);
};

} // namespace switchboard::server
