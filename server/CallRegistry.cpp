#include "server/CallRegistry.h"

#include "server/CallOffer.h"
#include "server/CallTimelineWriter.h"
#include "server/CallerLookup.h"
#include "server/ServerLogging.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;
namespace CallEvent = protocol::CallEvent;

namespace {

CallOutcome outcomeOf(CallOutcome::Kind kind)
{
    CallOutcome outcome;
    outcome.kind = kind;
    return outcome;
}

// The agent holding the call now: who answered, else whom it rang.
QString holderOf(const CtiCallRecord& call)
{
    return call.answeredBy.isEmpty() ? call.agentId : call.answeredBy;
}

} // namespace

CallRegistry::CallRegistry(ServerStorage& storage, CallRouter& router, QString space)
    : storage_(storage)
    , router_(router)
    , space_(std::move(space))
{
}

StoreResult<CallOutcome> CallRegistry::apply(const CtiEvent& event, const PhoneNormaliser& phones,
    const QSet<QString>& connectedAgents, const QDateTime& now)
{
    auto known = storage_.cti().call(event.callId);
    if (!known)
        return std::unexpected(known.error());
    if (event.type == CtiEventType::NewCall) {
        if (*known)
            return outcomeOf(CallOutcome::Kind::Replay);
        return newCall(event, phones, connectedAgents, now);
    }
    if (!*known)
        return outcomeOf(CallOutcome::Kind::UnknownCall);
    if ((*known)->endedAt.isValid())
        return outcomeOf(CallOutcome::Kind::Replay);
    if (event.type == CtiEventType::Answer)
        return (*known)->answeredAt.isValid() ? outcomeOf(CallOutcome::Kind::Replay)
                                              : answer(std::move(**known), event, now);
    return hangup(std::move(**known), event, now);
}

StoreResult<CallOutcome> CallRegistry::newCall(const CtiEvent& event, const PhoneNormaliser& phones,
    const QSet<QString>& connectedAgents, const QDateTime& now)
{
    // The customer's side: who calls in, or whom an agent calls out to.
    const bool inbound = event.direction == "in"_L1;
    const NormalisedNumber number = phones.normalise(inbound ? event.from : event.to);
    if (inbound && !number.e164.isEmpty()) {
        auto blocked = storage_.cti().isBlocked(number.e164);
        if (!blocked)
            return std::unexpected(blocked.error());
        if (*blocked) {
            qCInfo(lcCti) << "call" << event.callId << "from blocked" << number.e164 << "rejected";
            return outcomeOf(CallOutcome::Kind::Rejected);
        }
    }
    CallerLookup lookup(storage_);
    auto customers = lookup.customerIds(space_, number.e164);
    if (!customers)
        return std::unexpected(customers.error());
    auto profiles = lookup.profiles(space_, *customers);
    if (!profiles)
        return std::unexpected(profiles.error());
    auto agent = router_.route(space_, event.users, event.queue, connectedAgents);
    if (!agent)
        return std::unexpected(agent.error());

    CtiCallRecord call;
    call.callId = event.callId;
    call.direction = event.direction;
    call.from = event.from;
    call.to = event.to;
    call.fromE164 = number.e164;
    call.queue = event.queue;
    call.agentId = *agent;
    for (const protocol::CallerProfile& profile : *profiles)
        call.customerIds.append(profile.customerId);
    call.offeredAt = now;
    if (auto saved = storage_.cti().saveCall(call); !saved)
        return std::unexpected(saved.error());
    router_.callStarted(call.agentId);
    qCInfo(lcCti) << "call" << call.callId << call.direction << "matched" << call.customerIds.size()
                  << "customers, offered to"
                  << (call.agentId.isEmpty() ? u"nobody"_s : call.agentId);

    CallOutcome outcome;
    protocol::CallFrame frame = CallOffer::frameOf(call, CallEvent::Offered);
    frame.matches = std::move(*profiles);
    frame.at = now;
    if (!call.agentId.isEmpty())
        outcome.pushes.append({ call.agentId, std::move(frame) });
    return outcome;
}

StoreResult<CallOutcome> CallRegistry::answer(
    CtiCallRecord call, const CtiEvent& event, const QDateTime& now)
{
    QStringList answering = event.users;
    if (!event.answeringNumber.isEmpty())
        answering.append(event.answeringNumber);
    auto answeredBy = router_.mappedAgent(space_, answering);
    if (!answeredBy)
        return std::unexpected(answeredBy.error());
    call.answeredAt = now;
    call.answeringNumber = event.answeringNumber;
    call.answeredBy = answeredBy->isEmpty() ? call.agentId : *answeredBy;
    if (auto saved = storage_.cti().saveCall(call); !saved)
        return std::unexpected(saved.error());
    if (call.answeredBy != call.agentId) {
        router_.release(call.agentId); // rang, did not take it
        router_.callStarted(call.answeredBy);
    }

    CallOutcome outcome;
    protocol::CallFrame frame = CallOffer::frameOf(call, CallEvent::Answered);
    frame.answeredBy = call.answeredBy;
    frame.answeringNumber = call.answeringNumber;
    frame.at = now;
    if (!call.agentId.isEmpty())
        outcome.pushes.append({ call.agentId, frame });
    if (!call.answeredBy.isEmpty() && call.answeredBy != call.agentId)
        outcome.pushes.append({ call.answeredBy, frame });
    return outcome;
}

StoreResult<CallOutcome> CallRegistry::hangup(
    CtiCallRecord call, const CtiEvent& event, const QDateTime& now)
{
    call.endedAt = now;
    call.cause = event.cause;
    call.disposition = CallTimelineWriter::dispositionOf(call);
    WriteBatch batch;
    batch.space = space_;
    if (call.customerIds.size() == 1) {
        auto landed = CallTimelineWriter(storage_).plan(space_, call, call.customerIds.first());
        if (!landed)
            return std::unexpected(landed.error());
        if (*landed) {
            call.conversationId = (*landed)->conversation.id;
            batch.events = std::move((*landed)->events);
        }
    }
    batch.call = call;
    auto committed = storage_.commit(batch);
    if (!committed)
        return std::unexpected(committed.error());
    CallOutcome outcome;
    outcome.events = std::move(*committed);
    router_.callEnded(holderOf(call), now);
    qCInfo(lcCti) << "call" << call.callId << "ended:" << call.disposition << call.cause;

    protocol::CallFrame frame = CallOffer::frameOf(call, CallEvent::Ended);
    frame.answeredBy = call.answeredBy;
    frame.cause = call.cause;
    frame.disposition = call.disposition;
    frame.durationSeconds = CallTimelineWriter::talkSeconds(call);
    frame.conversationId = call.conversationId;
    frame.at = now;
    if (!call.agentId.isEmpty())
        outcome.pushes.append({ call.agentId, frame });
    if (!call.answeredBy.isEmpty() && call.answeredBy != call.agentId)
        outcome.pushes.append({ call.answeredBy, frame });
    return outcome;
}

} // namespace switchboard::server
