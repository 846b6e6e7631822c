// The cached staff directory: who can take work, in which teams, with which skills and
// languages, and their presence.
#pragma once

#include "protocol/Agent.h"
#include "store/StoreError.h"

#include <QList>

#include <optional>

namespace switchboard::store {

class Database;
class Statement;

class AgentRepository {
public:
    explicit AgentRepository(Database& db);

    StoreResult<> upsert(const protocol::Agent& agent);
    StoreResult<std::optional<protocol::Agent>> find(const QString& id);
    // Every agent, by name.
    StoreResult<QList<protocol::Agent>> all();

private:
    StoreResult<QList<protocol::Agent>> readAll(Statement& statement);

    Database& db_;
};

} // namespace switchboard::store
