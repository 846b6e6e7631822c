#include "server/CallerLookup.h"

#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Feedback.h"
#include "protocol/Limits.h"
#include "protocol/Message.h"
#include "server/EntityKind.h"

#include <algorithm>

namespace switchboard::server {

using namespace Qt::StringLiterals;
using protocol::CallerProfile;

CallerLookup::CallerLookup(ServerStorage& storage)
    : storage_(storage)
{
}

StoreResult<QStringList> CallerLookup::customerIds(const QString& space, const QString& e164)
{
    if (e164.isEmpty())
        return QStringList();
    auto ids = storage_.cti().customersWithPhone(space, e164);
    if (ids && ids->size() > protocol::kMaxCallerMatches)
        ids->resize(protocol::kMaxCallerMatches);
    return ids;
}

StoreResult<QList<CallerProfile>> CallerLookup::profiles(
    const QString& space, const QStringList& customerIds)
{
    QList<CallerProfile> out;
    for (const QString& id : customerIds) {
        auto one = profile(space, id);
        if (!one)
            return std::unexpected(one.error());
        if (*one)
            out.append(std::move(**one));
    }
    return out;
}

StoreResult<std::optional<CallerProfile>> CallerLookup::profile(
    const QString& space, const QString& customerId)
{
    auto stored = storage_.entity(space, QString(EntityKind::Customer), customerId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return std::optional<CallerProfile>(); // merged away since the index was read
    auto customer = protocol::Customer::fromJson(**stored);
    if (!customer)
        return std::optional<CallerProfile>();
    CallerProfile profile;
    profile.customerId = customer->id;
    profile.name = customer->displayName();
    profile.segment = customer->segment;
    profile.lifetimeValueMinor = customer->lifetimeValueMinor;
    profile.currency = customer->currency;
    profile.tags = customer->tags.mid(0, protocol::kMaxTagsPerItem);

    auto belongings = storage_.entitiesOfCustomer(space, customerId);
    if (!belongings)
        return std::unexpected(belongings.error());
    QList<protocol::Message> messages;
    QList<protocol::Conversation> open;
    for (const StoredEntity& entity : *belongings) {
        if (entity.kind == EntityKind::Message) {
            if (auto message = protocol::Message::fromJson(entity.payload))
                messages.append(std::move(*message));
        } else if (entity.kind == EntityKind::Conversation) {
            auto conversation = protocol::Conversation::fromJson(entity.payload);
            if (conversation && conversation->status != protocol::ConversationStatus::Resolved)
                open.append(std::move(*conversation));
        } else if (entity.kind == EntityKind::Feedback) {
            auto feedback = protocol::Feedback::fromJson(entity.payload);
            if (feedback
                && (!profile.lastFeedback || feedback->createdAt > profile.lastFeedback->at))
                profile.lastFeedback = protocol::CallerFeedback { feedback->csat, feedback->nps,
                    feedback->ces, feedback->comment.left(protocol::kMaxShortTextChars),
                    feedback->createdAt };
        }
    }
    std::sort(messages.begin(), messages.end(),
        [](const auto& a, const auto& b) { return a.sentAt > b.sentAt; });
    for (const protocol::Message& message : messages.mid(0, protocol::kMaxCallerInteractions)) {
        QString summary = message.body.simplified();
        if (summary.size() > kSummaryChars)
            summary = summary.left(kSummaryChars - 1) + u'…';
        profile.lastInteractions.append({ message.conversationId, message.channel,
            message.direction, summary, message.sentAt });
    }
    std::sort(open.begin(), open.end(),
        [](const auto& a, const auto& b) { return a.updatedAt > b.updatedAt; });
    for (const protocol::Conversation& conversation :
        open.mid(0, protocol::kMaxCallerOpenConversations))
        profile.openConversations.append(
            { conversation.id, conversation.channel, conversation.subject, conversation.status });
    return std::optional<CallerProfile>(std::move(profile));
}

} // namespace switchboard::server
