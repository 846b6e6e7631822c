#include "server/CallCommands.h"

#include "protocol/Event.h"
#include "protocol/Frame.h"
#include "protocol/Limits.h"
#include "protocol/Message.h"
#include "server/CallOffer.h"
#include "server/CallTimelineWriter.h"
#include "server/RolePolicy.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;
using protocol::Conversation;
namespace CommandType = protocol::CommandType;
namespace EventType = protocol::EventType;

namespace {

const QString kPayload = u"payload"_s;
const QString kCallId = u"payload.callId"_s;

Refusal callRefusal(QLatin1StringView code, QString message)
{
    return Refusal { QString(code), kCallId, std::move(message), std::nullopt };
}

// The wrap-up note: the code in words, the agent's notes, the follow-up; cut in the notes
// when the whole would be longer than a message may be.
QString noteBody(const protocol::CallWrapUp& wrapUp)
{
    const QString head = u"Wrap-up: "_s + CallCommands::codeInWords(wrapUp.code);
    QString tail;
    if (wrapUp.followUpAt.isValid())
        tail = u"\nFollow-up: "_s + wrapUp.followUpAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s)
            + u" UTC"_s;
    QString notes = wrapUp.notes.trimmed();
    const qsizetype room = protocol::kMaxBodyChars - head.size() - tail.size() - 1;
    if (notes.size() > room)
        notes = notes.left(room - 1) + u'…';
    if (notes.isEmpty())
        return head + tail;
    return head + u'\n' + notes + tail;
}

} // namespace

CallCommands::CallCommands(EntityState& state, CallDesk& desk)
    : state_(state)
    , desk_(desk)
{
}

bool CallCommands::handles(QStringView type)
{
    return type == CommandType::WrapUpCall || type == CommandType::DeclineCall;
}

QString CallCommands::codeInWords(protocol::WrapUpCode code)
{
    QString words = protocol::wireName(code).replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

PlanResult CallCommands::plan(
    const Actor& actor, const protocol::Command& command, const QDateTime& now)
{
    if (command.type == CommandType::WrapUpCall)
        return wrapUp(actor, command, now);
    return decline(actor, command, now);
}

std::expected<CtiCallRecord, Refusal> CallCommands::load(const Actor& actor, const QString& callId)
{
    // The PBX's calls are the live space's; a training space has none.
    if (actor.space != protocol::kLiveSpace)
        return std::unexpected(Refusal::notFound(
            kCallId, u"There is no call %1 in the space %2."_s.arg(callId, actor.space)));
    auto call = state_.storage().cti().call(callId);
    if (!call)
        return std::unexpected(Refusal::internal(call.error()));
    if (!*call)
        return std::unexpected(Refusal::notFound(kCallId, u"There is no call %1."_s.arg(callId)));
    return std::move(**call);
}

PlanResult CallCommands::wrapUp(
    const Actor& actor, const protocol::Command& command, const QDateTime& now)
{
    auto wrapUp = protocol::CallWrapUp::fromJson(command.payload, kPayload);
    if (!wrapUp)
        return std::unexpected(Refusal::invalid(wrapUp.error()));
    for (qsizetype i = 0; i < wrapUp->tags.size(); ++i) {
        if (wrapUp->tags.at(i).trimmed().isEmpty())
            return std::unexpected(
                Refusal::invalid(u"payload.tags.%1"_s.arg(i), u"A tag needs a name."_s));
    }
    auto call = load(actor, wrapUp->callId);
    if (!call)
        return std::unexpected(call.error());
    const QString holderId = call->answeredBy.isEmpty() ? call->agentId : call->answeredBy;
    std::optional<protocol::Agent> holder;
    if (!holderId.isEmpty()) {
        auto agent = state_.agent(holderId, u"call.agentId"_s);
        if (agent)
            holder = std::move(*agent);
        else if (agent.error().code != protocol::ErrorCode::NotFound)
            return std::unexpected(agent.error());
    }
    if (auto refused = RolePolicy::mayWrapUp(actor, *call, holder))
        return std::unexpected(*refused);
    if (!call->endedAt.isValid())
        return std::unexpected(callRefusal(
            CallRejectCode::NotEnded, u"The call is still going; wrap it up once it has ended."_s));
    if (call->wrappedUpAt.isValid())
        return std::unexpected(callRefusal(CallRejectCode::AlreadyWrappedUp,
            u"This call was wrapped up already (%1)."_s.arg(call->wrapUpCode)));

    ChangePlan plan;
    Conversation before;
    if (!call->conversationId.isEmpty()) {
        auto landed = state_.conversation(call->conversationId, u"call.conversationId"_s);
        if (!landed)
            return std::unexpected(landed.error());
        before = std::move(*landed);
    } else {
        // Unknown caller, withheld or shared number: it lands now, on the agent's choice.
        if (wrapUp->customerId.isEmpty())
            return std::unexpected(
                Refusal { QString(CallRejectCode::CustomerRequired), u"payload.customerId"_s,
                    u"The call is on no customer's timeline yet; name the customer it was with."_s,
                    std::nullopt });
        auto customer = state_.customer(wrapUp->customerId, u"payload.customerId"_s);
        if (!customer)
            return std::unexpected(customer.error());
        auto landed
            = CallTimelineWriter(state_.storage()).plan(actor.space, *call, wrapUp->customerId);
        if (!landed)
            return std::unexpected(Refusal::internal(landed.error()));
        if (!*landed)
            return std::unexpected(Refusal::notFound(
                u"payload.customerId"_s, u"There is no customer %1."_s.arg(wrapUp->customerId)));
        plan.events = std::move((*landed)->events);
        before = std::move((*landed)->conversation);
        call->conversationId = before.id;
    }

    Conversation after = before;
    for (const QString& tag : std::as_const(wrapUp->tags)) {
        if (after.tags.contains(tag))
            continue;
        if (after.tags.size() >= protocol::kMaxTagsPerItem)
            return std::unexpected(Refusal::invalid(u"payload.tags"_s,
                u"A conversation has at most %1 tags."_s.arg(protocol::kMaxTagsPerItem)));
        after.tags.append(tag);
    }
    if (wrapUp->followUpAt.isValid()) {
        after.assigneeId = actor.agent.id;
        after.status = protocol::ConversationStatus::Snoozed;
        after.snoozedUntil = wrapUp->followUpAt;
        after.resolvedAt = {};
    } else if (wrapUp->code == protocol::WrapUpCode::Resolved
        && after.status != protocol::ConversationStatus::Resolved) {
        after.status = protocol::ConversationStatus::Resolved;
        after.snoozedUntil = {};
        after.resolvedAt = now;
    }

    protocol::Message note;
    note.id = CallTimelineWriter::idFor(u"msg-wrap-", call->callId);
    note.conversationId = after.id;
    note.customerId = after.customerId;
    note.direction = protocol::MessageDirection::InternalNote;
    note.channel = after.channel;
    note.authorId = actor.agent.id;
    note.authorName = actor.agent.name;
    note.body = noteBody(*wrapUp);
    note.sentAt = now;
    plan.events.append(
        PendingEvent { QString(EventType::MessageAdded), note.id, note.toJson(), now });
    if (after != before) {
        after.revision += 1;
        after.updatedAt = now;
        plan.events.append(PendingEvent {
            QString(EventType::ConversationUpserted), after.id, after.toJson(), now });
    }

    call->wrapUpCode = protocol::wireName(wrapUp->code);
    call->wrappedUpBy = actor.agent.id;
    call->wrappedUpAt = now;
    plan.call = std::move(*call);
    return plan;
}

PlanResult CallCommands::decline(
    const Actor& actor, const protocol::Command& command, const QDateTime& now)
{
    auto decline = protocol::CallDecline::fromJson(command.payload, kPayload);
    if (!decline)
        return std::unexpected(Refusal::invalid(decline.error()));
    auto call = load(actor, decline->callId);
    if (!call)
        return std::unexpected(call.error());
    if (call->endedAt.isValid())
        return std::unexpected(callRefusal(
            CallRejectCode::Ended, u"The call has ended; there is nothing to decline."_s));
    if (call->answeredAt.isValid())
        return std::unexpected(callRefusal(CallRejectCode::Answered,
            u"The call has been answered; it can no longer be declined."_s));
    if (call->agentId != actor.agent.id)
        return std::unexpected(Refusal::forbidden(
            u"call.agentId"_s, u"The call is not ringing at you, so you cannot decline it."_s));

    QSet<QString> excluded(call->declinedBy.cbegin(), call->declinedBy.cend());
    excluded.insert(actor.agent.id);
    const QSet<QString> connected
        = desk_.connectedAgents ? desk_.connectedAgents(actor.space) : QSet<QString>();
    auto next = desk_.router.route(actor.space, {}, call->queue, connected, excluded);
    if (!next)
        return std::unexpected(Refusal::internal(next.error()));
    call->declinedBy.append(actor.agent.id);
    call->agentId = *next;
    call->offeredToAgentAt = now;

    ChangePlan plan;
    if (!next->isEmpty()) {
        auto frame = CallOffer(state_.storage()).offered(actor.space, *call);
        if (!frame)
            return std::unexpected(Refusal::internal(frame.error()));
        plan.callFrames.append(AgentCallFrame { *next, std::move(*frame) });
    }
    plan.call = std::move(*call);
    plan.onCommitted = [router = &desk_.router, from = actor.agent.id, to = *next] {
        router->release(from);
        router->callStarted(to);
    };
    return plan;
}

} // namespace switchboard::server
