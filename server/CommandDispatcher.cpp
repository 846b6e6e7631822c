#include "server/CommandDispatcher.h"

#include "protocol/AckFrame.h"
#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "server/ConversationCommands.h"
#include "server/CustomerCommands.h"
#include "server/EntityState.h"
#include "server/ServerLogging.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;
namespace CommandType = protocol::CommandType;
namespace EventType = protocol::EventType;

namespace {

// QDateTime holds milliseconds, as wire times do, so what is stored, sent and decoded again
// compares equal.
QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

CommandDispatcher::CommandDispatcher(ServerStorage& storage, CallDesk calls)
    : storage_(storage)
    , calls_(std::move(calls))
{
}

CommandOutcome CommandDispatcher::handle(const Actor& actor, const protocol::Command& command)
{
    auto seen = storage_.commandAnswer(command.id);
    if (!seen)
        return CommandOutcome {
            {}, Refusal::internal(seen.error()).toFrame(command.id).toJson(), {}
        };
    if (*seen) {
        qCDebug(lcSync) << "command" << command.id << "seen before; answering as then";
        return CommandOutcome { {}, **seen, {} };
    }
    auto planned = plan(actor, command, now());
    if (!planned)
        return refuse(actor, command, planned.error());

    WriteBatch batch;
    batch.space = actor.space;
    batch.events = std::move(planned->events);
    batch.rewrites = std::move(planned->rewrites);
    batch.fieldRevisions = std::move(planned->fieldRevisions);
    batch.call = std::move(planned->call);
    batch.command = CommandRecord { command.id, actor.agent.id, std::nullopt };
    auto committed = storage_.commit(batch);
    if (!committed) {
        qCWarning(lcStorage) << "command" << command.id
                             << "not committed:" << committed.error().message;
        return CommandOutcome { {},
            Refusal::internal(committed.error()).toFrame(command.id).toJson(), {} };
    }
    if (planned->onCommitted)
        planned->onCommitted();
    const qint64 seq = committed->isEmpty() ? 0 : committed->last().seq;
    qCDebug(lcSync) << actor.agent.id << command.type << "->" << committed->size() << "events, seq"
                    << seq;
    return CommandOutcome { std::move(*committed), protocol::AckFrame { command.id, seq }.toJson(),
        std::move(planned->callFrames) };
}

CommandOutcome CommandDispatcher::refuse(
    const Actor& actor, const protocol::Command& command, const Refusal& refusal)
{
    const QJsonObject answer = refusal.toFrame(command.id).toJson();
    qCInfo(lcSync) << actor.agent.id << command.type << "refused:" << refusal.code
                   << refusal.reason;
    if (refusal.code != protocol::ErrorCode::Internal) {
        WriteBatch batch;
        batch.space = actor.space;
        batch.command = CommandRecord { command.id, actor.agent.id, answer };
        if (auto done = storage_.commit(batch); !done)
            qCWarning(lcStorage) << "refusal of" << command.id
                                 << "not remembered:" << done.error().message;
    }
    return CommandOutcome { {}, answer, {} };
}

PlanResult CommandDispatcher::plan(
    const Actor& actor, const protocol::Command& command, const QDateTime& now)
{
    EntityState state(storage_, actor.space);
    if (ConversationCommands::handles(command.type))
        return ConversationCommands(state).plan(actor, command, now);
    if (CustomerCommands::handles(command.type))
        return CustomerCommands(state).plan(actor, command, now);
    if (CallCommands::handles(command.type))
        return CallCommands(state, calls_).plan(actor, command, now);
    if (command.type == CommandType::SetPresence)
        return setPresence(actor, command, now);
    return std::unexpected(Refusal::invalid(u"command.type"_s,
        u"%1 is not a command here; viewing and typing travel as signal frames."_s.arg(
            command.type)));
}

PlanResult CommandDispatcher::setPresence(
    const Actor& actor, const protocol::Command& command, const QDateTime& now)
{
    protocol::JsonReader r(command.payload, u"payload"_s);
    const auto presence
        = r.enumeration("presence"_L1, protocol::Presence::Offline, protocol::Need::Required);
    if (!r.ok())
        return std::unexpected(Refusal::invalid(*r.error()));
    EntityState state(storage_, actor.space);
    auto stored = state.agent(actor.agent.id, u"agent"_s);
    if (!stored && stored.error().code != protocol::ErrorCode::NotFound)
        return std::unexpected(stored.error());
    protocol::Agent agent = stored ? *stored : actor.agent;
    if (stored && agent.presence == presence)
        return ChangePlan {};
    agent.presence = presence;
    ChangePlan plan;
    plan.events.append(
        PendingEvent { QString(EventType::AgentUpserted), agent.id, agent.toJson(), now });
    return plan;
}

} // namespace switchboard::server
