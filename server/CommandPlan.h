// What handling a command produces before anything is written: either a Refusal (the reject
// the sender gets) or a ChangePlan (the events and snapshot rewrites to commit in one
// transaction). Command handlers only read state and build one of these; CommandDispatcher
// alone writes.
#pragma once

#include "protocol/Agent.h"
#include "protocol/CallFrame.h"
#include "protocol/DecodeError.h"
#include "protocol/RejectFrame.h"
#include "server/ServerStorage.h"

#include <expected>
#include <functional>
#include <optional>

namespace switchboard::server {

// Who sends a command, and where.
struct Actor {
    protocol::Agent agent;
    QString space;
};

struct Refusal {
    QString code; // one of protocol::ErrorCode
    QString reason;
    QString message;
    std::optional<protocol::FieldConflict> conflict;

    static Refusal invalid(const protocol::DecodeError& error);
    static Refusal invalid(QString field, QString message);
    static Refusal forbidden(QString reason, QString message);
    static Refusal notFound(QString field, QString message);
    static Refusal internal(const store::StoreError& error);

    protocol::RejectFrame toFrame(const QUuid& commandId) const;
};

// A `call` frame for the sessions of one agent.
struct AgentCallFrame {
    QString agentId;
    protocol::CallFrame frame;
};

struct ChangePlan {
    QList<PendingEvent> events;
    QList<EntityRewrite> rewrites;
    QList<FieldRevision> fieldRevisions;
    std::optional<CtiCallRecord> call; // a call's new record, committed with the events
    QList<AgentCallFrame> callFrames; // sent once committed
    // Runs once committed, never on a refusal or a failed commit: state kept in memory (the
    // call router's who-is-on-a-call).
    std::function<void()> onCommitted;
};

using PlanResult = std::expected<ChangePlan, Refusal>;

} // namespace switchboard::server
