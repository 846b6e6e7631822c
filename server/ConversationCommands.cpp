#include "server/ConversationCommands.h"

#include "protocol/Event.h"
#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"
#include "protocol/Message.h"
#include "server/EntityKind.h"
#include "server/RolePolicy.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;
using protocol::Conversation;
using protocol::JsonReader;
using protocol::Need;
namespace CommandType = protocol::CommandType;
namespace EventType = protocol::EventType;

namespace {

const QString kPayload = u"payload"_s;
const QString kConversationId = u"payload.conversationId"_s;

PendingEvent conversationEvent(Conversation conversation, const QDateTime& now)
{
    conversation.revision += 1;
    conversation.updatedAt = now;
    return PendingEvent { QString(EventType::ConversationUpserted), conversation.id,
        conversation.toJson(), now };
}

// The plan for a changed conversation, or no event when nothing changed.
ChangePlan planFor(const Conversation& before, const Conversation& after, const QDateTime& now)
{
    ChangePlan plan;
    if (after != before)
        plan.events.append(conversationEvent(after, now));
    return plan;
}

} // namespace

ConversationCommands::ConversationCommands(EntityState& state)
    : state_(state)
{
}

bool ConversationCommands::handles(QStringView type)
{
    for (QLatin1StringView known :
        { CommandType::AddTag, CommandType::RemoveTag, CommandType::Assign, CommandType::Unassign,
            CommandType::SetStatus, CommandType::SetPriority, CommandType::Snooze,
            CommandType::SendMessage, CommandType::AddNote }) {
        if (type == known)
            return true;
    }
    return false;
}

std::expected<ConversationCommands::Loaded, Refusal> ConversationCommands::load(
    const QString& conversationId)
{
    auto conversation = state_.conversation(conversationId, kConversationId);
    if (!conversation)
        return std::unexpected(conversation.error());
    Loaded loaded { std::move(*conversation), std::nullopt };
    if (!loaded.conversation.assigneeId.isEmpty()) {
        auto assignee = state_.agent(loaded.conversation.assigneeId, u"conversation.assigneeId"_s);
        if (assignee)
            loaded.assignee = std::move(*assignee);
        else if (assignee.error().code != protocol::ErrorCode::NotFound)
            return std::unexpected(assignee.error());
    }
    return loaded;
}

PlanResult ConversationCommands::plan(
    const Actor& actor, const protocol::Command& command, const QDateTime& now)
{
    JsonReader r(command.payload, kPayload);
    const QString conversationId = r.id("conversationId"_L1);
    if (!r.ok())
        return std::unexpected(Refusal::invalid(*r.error()));
    auto loaded = load(conversationId);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (command.type == CommandType::Assign)
        return assign(actor, std::move(*loaded), command.payload, now);
    if (auto refused = RolePolicy::mayWork(actor, loaded->conversation, loaded->assignee))
        return std::unexpected(*refused);
    const Conversation& before = loaded->conversation;
    if (command.type == CommandType::SendMessage || command.type == CommandType::AddNote)
        return addMessage(actor, before, command, now);

    Conversation after = before;
    if (command.type == CommandType::AddTag || command.type == CommandType::RemoveTag) {
        const QString tag = r.string("tag"_L1, protocol::kMaxTagChars);
        if (r.ok() && tag.trimmed().isEmpty())
            return std::unexpected(Refusal::invalid(u"payload.tag"_s, u"A tag needs a name."_s));
        if (command.type == CommandType::AddTag && !after.tags.contains(tag)) {
            if (after.tags.size() >= protocol::kMaxTagsPerItem)
                return std::unexpected(Refusal::invalid(u"payload.tag"_s,
                    u"A conversation has at most %1 tags."_s.arg(protocol::kMaxTagsPerItem)));
            after.tags.append(tag);
        } else if (command.type == CommandType::RemoveTag) {
            after.tags.removeAll(tag);
        }
    } else if (command.type == CommandType::Unassign) {
        after.assigneeId.clear();
    } else if (command.type == CommandType::SetStatus) {
        after.status = r.enumeration("status"_L1, before.status, Need::Required);
        if (r.ok() && after.status == protocol::ConversationStatus::Snoozed)
            return std::unexpected(Refusal::invalid(
                u"payload.status"_s, u"Use conversation.snooze to snooze a conversation."_s));
        if (after.status != before.status) {
            after.snoozedUntil = {};
            after.resolvedAt
                = after.status == protocol::ConversationStatus::Resolved ? now : QDateTime();
        }
    } else if (command.type == CommandType::SetPriority) {
        after.priority = r.enumeration("priority"_L1, before.priority, Need::Required);
    } else if (command.type == CommandType::Snooze) {
        after.snoozedUntil = r.timestamp("until"_L1);
        after.status = protocol::ConversationStatus::Snoozed;
        after.resolvedAt = {};
    }
    if (!r.ok())
        return std::unexpected(Refusal::invalid(*r.error()));
    return planFor(before, after, now);
}

PlanResult ConversationCommands::assign(
    const Actor& actor, Loaded loaded, const QJsonObject& payload, const QDateTime& now)
{
    JsonReader r(payload, kPayload);
    const QString agentId = r.id("agentId"_L1, Need::Optional);
    const QString queueId = r.id("queueId"_L1, Need::Optional);
    if (!r.ok())
        return std::unexpected(Refusal::invalid(*r.error()));
    if (agentId.isEmpty() == queueId.isEmpty())
        return std::unexpected(Refusal::invalid(
            u"payload.agentId"_s, u"Assign to exactly one of agentId or queueId."_s));
    std::optional<protocol::Agent> target;
    if (!agentId.isEmpty()) {
        auto agent = state_.agent(agentId, u"payload.agentId"_s);
        if (!agent)
            return std::unexpected(agent.error());
        target = std::move(*agent);
    } else if (auto queue = state_.queue(queueId, u"payload.queueId"_s); !queue) {
        return std::unexpected(queue.error());
    }
    const Conversation& before = loaded.conversation;
    if (auto refused = RolePolicy::mayAssign(actor, before, loaded.assignee, target))
        return std::unexpected(*refused);
    Conversation after = before;
    if (target) {
        after.assigneeId = target->id;
    } else {
        after.queueId = queueId;
        after.assigneeId.clear();
    }
    return planFor(before, after, now);
}

PlanResult ConversationCommands::addMessage(const Actor& actor, const Conversation& conversation,
    const protocol::Command& command, const QDateTime& now)
{
    const bool note = command.type == CommandType::AddNote;
    JsonReader r(command.payload, kPayload);
    protocol::Message message;
    message.id = r.id("messageId"_L1);
    message.channel = note ? conversation.channel
                           : r.enumeration("channel"_L1, conversation.channel, Need::Required);
    message.body = r.string("body"_L1, protocol::kMaxBodyChars);
    if (!r.ok())
        return std::unexpected(Refusal::invalid(*r.error()));
    if (message.body.trimmed().isEmpty())
        return std::unexpected(Refusal::invalid(u"payload.body"_s, u"The message is empty."_s));
    auto taken = state_.exists(EntityKind::Message, message.id);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return std::unexpected(Refusal::invalid(
            u"payload.messageId"_s, u"A message with id %1 exists already."_s.arg(message.id)));
    message.conversationId = conversation.id;
    message.customerId = conversation.customerId;
    message.direction
        = note ? protocol::MessageDirection::InternalNote : protocol::MessageDirection::Outbound;
    message.authorId = actor.agent.id;
    message.authorName = actor.agent.name;
    message.sentAt = now;

    ChangePlan plan;
    plan.events.append(
        PendingEvent { QString(EventType::MessageAdded), message.id, message.toJson(), now });
    if (!note) {
        Conversation after = conversation;
        if (!after.firstResponseAt.isValid())
            after.firstResponseAt = now;
        plan.events.append(conversationEvent(after, now));
    }
    return plan;
}

} // namespace switchboard::server
