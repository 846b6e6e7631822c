#include "server/CallTimelineWriter.h"

#include "protocol/CallFrame.h"
#include "protocol/Customer.h"
#include "protocol/Message.h"
#include "server/EntityKind.h"

#include <QCryptographicHash>

#include <algorithm>

namespace switchboard::server {

using namespace Qt::StringLiterals;
namespace EventType = protocol::EventType;

namespace {

// Open conversations looked at for the customer's phone one, newest first; a customer with
// more unresolved conversations than this gets a new phone conversation.
constexpr qsizetype kOpenConversationsScanned = 100;

QString bodyOf(const CtiCallRecord& call, const QString& disposition, qint64 seconds)
{
    const QString way = call.direction == "out"_L1 ? u"Outgoing call"_s : u"Incoming call"_s;
    if (disposition != protocol::CallDisposition::Answered)
        return way + u", "_s + disposition;
    return way + u", answered, %1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

} // namespace

CallTimelineWriter::CallTimelineWriter(ServerStorage& storage)
    : storage_(storage)
{
}

QString CallTimelineWriter::idFor(QStringView prefix, const QString& callId)
{
    const QByteArray digest
        = QCryptographicHash::hash(callId.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return prefix + QString::fromLatin1(digest);
}

QString CallTimelineWriter::dispositionOf(const CtiCallRecord& call)
{
    if (call.answeredAt.isValid())
        return QString(protocol::CallDisposition::Answered);
    const bool callerGaveUp = call.cause == "cancel"_L1 || call.cause == "normalClearing"_L1;
    if (call.direction == "in"_L1 && callerGaveUp)
        return QString(protocol::CallDisposition::Abandoned);
    return QString(protocol::CallDisposition::Missed);
}

qint64 CallTimelineWriter::talkSeconds(const CtiCallRecord& call)
{
    if (!call.answeredAt.isValid() || !call.endedAt.isValid())
        return 0;
    return std::max<qint64>(0, call.answeredAt.secsTo(call.endedAt));
}

StoreResult<std::optional<TimelinePlan>> CallTimelineWriter::plan(
    const QString& space, const CtiCallRecord& call, const QString& customerId)
{
    const QDateTime now = call.endedAt.isValid() ? call.endedAt : QDateTime::currentDateTimeUtc();
    auto stored = storage_.entity(space, QString(EntityKind::Customer), customerId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::nullopt; // merged away while the call went on: nowhere to land
    auto customer = protocol::Customer::fromJson(**stored);
    const QString customerName = customer ? customer->displayName() : QString();

    // The most recently updated unresolved phone conversation: the open ones come newest
    // first from the recent-activity index.
    auto open = storage_.recentOfCustomer(
        space, customerId, RecentKind::OpenConversation, kOpenConversationsScanned);
    if (!open)
        return std::unexpected(open.error());
    std::optional<protocol::Conversation> conversation;
    for (const QJsonObject& json : *open) {
        auto stored = protocol::Conversation::fromJson(json);
        if (stored && stored->channel == protocol::Channel::Phone
            && stored->status != protocol::ConversationStatus::Resolved) {
            conversation = std::move(*stored);
            break;
        }
    }
    const QString agentId = call.answeredBy.isEmpty() ? call.agentId : call.answeredBy;
    if (conversation) {
        conversation->revision += 1;
    } else {
        conversation = protocol::Conversation {};
        conversation->id = idFor(u"con-call-", call.callId);
        conversation->customerId = customerId;
        conversation->channel = protocol::Channel::Phone;
        conversation->subject
            = call.direction == "out"_L1 ? u"Outgoing call"_s : u"Incoming call"_s;
        conversation->assigneeId = agentId;
        conversation->createdAt = call.offeredAt.isValid() ? call.offeredAt : now;
        conversation->revision = 1;
        auto queue = storage_.entity(space, QString(EntityKind::Queue), call.queue);
        if (!queue)
            return std::unexpected(queue.error());
        if (*queue)
            conversation->queueId = call.queue;
    }
    conversation->updatedAt = now;

    const QString disposition = call.disposition.isEmpty() ? dispositionOf(call) : call.disposition;
    const qint64 seconds = talkSeconds(call);
    protocol::Message message;
    message.id = idFor(u"msg-call-", call.callId);
    message.conversationId = conversation->id;
    message.customerId = customerId;
    message.channel = protocol::Channel::Phone;
    const bool inbound = call.direction != "out"_L1;
    message.direction
        = inbound ? protocol::MessageDirection::Inbound : protocol::MessageDirection::Outbound;
    message.authorId = inbound ? customerId : agentId;
    message.authorName = inbound ? customerName : QString();
    message.body = bodyOf(call, disposition, seconds);
    message.sentAt = call.offeredAt.isValid() ? call.offeredAt : now;
    message.call = protocol::CallDetails { seconds, disposition, {} };

    TimelinePlan plan;
    plan.events.append(PendingEvent {
        QString(EventType::ConversationUpserted), conversation->id, conversation->toJson(), now });
    plan.events.append(
        PendingEvent { QString(EventType::MessageAdded), message.id, message.toJson(), now });
    plan.conversation = std::move(*conversation);
    return std::optional<TimelinePlan>(std::move(plan));
}

} // namespace switchboard::server
