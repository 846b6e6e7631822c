// The cached queues: the lines conversations wait in, the team that works each and the
// response time it promises.
#pragma once

#include "protocol/Queue.h"
#include "store/StoreError.h"

#include <QList>

#include <optional>

namespace switchboard::store {

class Database;
class Statement;

class QueueRepository {
public:
    explicit QueueRepository(Database& db);

    StoreResult<> upsert(const protocol::Queue& queue);
    StoreResult<std::optional<protocol::Queue>> find(const QString& id);
    // Every queue, by name.
    StoreResult<QList<protocol::Queue>> all();

private:
    StoreResult<QList<protocol::Queue>> readAll(Statement& statement);

    Database& db_;
};

} // namespace switchboard::store
