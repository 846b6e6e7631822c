// The admin commands of the CTI webhook (`switchboard-server cti ...`): rotate the token
// (printed once; the old one stops working, also in a running server), block and unblock
// caller numbers, map PBX users or extensions to agents, list what is set, and count ended
// calls by disposition (missed and abandoned included).
#pragma once

#include "server/AdminResult.h"
#include "server/CliArguments.h"
#include "server/ServerStorage.h"

namespace switchboard::server {

class CtiAdmin {
public:
    explicit CtiAdmin(ServerStorage& storage);

    AdminResult rotateToken();
    // --number N [--region TR]: the number as anyone would write it.
    AdminResult blockNumber(const CliArguments& args, bool blocked);
    // --pbx-user U --agent agent-3
    AdminResult mapUser(const CliArguments& args);
    AdminResult list();
    AdminResult stats();

private:
    ServerStorage& storage_;
};

} // namespace switchboard::server
