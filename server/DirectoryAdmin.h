// The admin commands on who and what the contact centre has: users (with role and teams),
// teams, queues and tags. Each validates everything first and then writes in one
// transaction; users, queues and tags also become events of the live space (agent.upserted,
// queue.upserted, tag.upserted) so connected desktops see them.
#pragma once

#include "server/AdminResult.h"
#include "server/CliArguments.h"
#include "server/ServerOptions.h"
#include "server/ServerStorage.h"

namespace switchboard::server {

class DirectoryAdmin {
public:
    explicit DirectoryAdmin(ServerStorage& storage);

    // `password` is read by the caller (one line of stdin).
    AdminResult addUser(const CliArguments& args, const QString& password, PasswordCost cost);
    AdminResult listUsers();
    AdminResult addTeam(const CliArguments& args);
    AdminResult listTeams();
    AdminResult addQueue(const CliArguments& args);
    AdminResult listQueues();
    AdminResult addTag(const CliArguments& args);
    AdminResult listTags();

private:
    AdminResult commit(const WriteBatch& batch, const QString& done);

    ServerStorage& storage_;
};

} // namespace switchboard::server
