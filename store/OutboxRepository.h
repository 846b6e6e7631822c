// The commands made on this desktop and not yet answered by the server, in the order they
// were made, each with the entity its optimistic effect touched and a before-image of
// exactly what that effect changed. Plain storage: Store decides what the images mean.
#pragma once

#include "protocol/Command.h"
#include "store/EntityRef.h"
#include "store/StoreError.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace switchboard::store {

class Database;
class Statement;

struct OutboxEntry {
    qint64 seq = 0; // the order commands were made in
    protocol::Command command;
    EntityRef entity;
    QJsonObject beforeImage;
};

class OutboxRepository {
public:
    explicit OutboxRepository(Database& db);

    StoreResult<qint64> append(const protocol::Command& command, const EntityRef& entity,
                               const QJsonObject& beforeImage);
    StoreResult<bool> contains(const QUuid& commandId);
    StoreResult<std::optional<OutboxEntry>> find(const QUuid& commandId);
    // Every pending command, oldest first.
    StoreResult<QList<OutboxEntry>> all();
    // The commands pending on one entity, oldest first.
    StoreResult<QList<OutboxEntry>> forEntity(const EntityRef& entity);
    // The entities that have at least one pending command.
    StoreResult<QSet<EntityRef>> entities();
    StoreResult<> setBeforeImage(qint64 seq, const QJsonObject& beforeImage);
    // false when the command was not pending.
    StoreResult<bool> remove(const QUuid& commandId);
    StoreResult<qint64> count();

private:
    StoreResult<QList<OutboxEntry>> readAll(Statement& statement);

    Database& db_;
};

} // namespace switchboard::store
