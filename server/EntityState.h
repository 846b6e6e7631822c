// Typed reads of one space's current entities, for command handlers. A missing entity is a
// not_found Refusal naming the payload field that referred to it; a storage failure is an
// internal Refusal, so a handler just returns whatever it gets.
#pragma once

#include "protocol/Agent.h"
#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Queue.h"
#include "server/CommandPlan.h"

namespace switchboard::server {

class EntityState {
public:
    EntityState(ServerStorage& storage, QString space);

    std::expected<protocol::Conversation, Refusal> conversation(
        const QString& id, const QString& field);
    std::expected<protocol::Customer, Refusal> customer(const QString& id, const QString& field);
    std::expected<protocol::Agent, Refusal> agent(const QString& id, const QString& field);
    std::expected<protocol::Queue, Refusal> queue(const QString& id, const QString& field);
    // Whether any entity of `kind` has this id.
    std::expected<bool, Refusal> exists(QLatin1StringView kind, const QString& id);

    ServerStorage& storage() { return storage_; }
    const QString& space() const { return space_; }

private:
    template <typename T>
    std::expected<T, Refusal> read(
        QLatin1StringView kind, const QString& id, const QString& field, const QString& what);

    ServerStorage& storage_;
    QString space_;
};

} // namespace switchboard::server
