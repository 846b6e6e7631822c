#include "server/CallerLookup.h"

#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Feedback.h"
#include "protocol/Limits.h"
#include "protocol/Message.h"
#include "server/EntityKind.h"

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

    // Three indexed reads of at most a few rows each, however long the customer's history.
    auto messages = storage_.recentOfCustomer(
        space, customerId, RecentKind::Message, protocol::kMaxCallerInteractions);
    if (!messages)
        return std::unexpected(messages.error());
    for (const QJsonObject& json : *messages) {
        auto message = protocol::Message::fromJson(json);
        if (!message)
            continue;
        QString summary = message->body.simplified();
        if (summary.size() > kSummaryChars)
            summary = summary.left(kSummaryChars - 1) + u'…';
        profile.lastInteractions.append({ message->conversationId, message->channel,
            message->direction, summary, message->sentAt });
    }
    auto open = storage_.recentOfCustomer(
        space, customerId, RecentKind::OpenConversation, protocol::kMaxCallerOpenConversations);
    if (!open)
        return std::unexpected(open.error());
    for (const QJsonObject& json : *open) {
        if (auto conversation = protocol::Conversation::fromJson(json))
            profile.openConversations.append({ conversation->id, conversation->channel,
                conversation->subject, conversation->status });
    }
    auto feedback = storage_.recentOfCustomer(space, customerId, RecentKind::Feedback, 1);
    if (!feedback)
        return std::unexpected(feedback.error());
    if (!feedback->isEmpty()) {
        if (auto last = protocol::Feedback::fromJson(feedback->first()))
            profile.lastFeedback = protocol::CallerFeedback { last->csat, last->nps, last->ces,
                last->comment.left(protocol::kMaxShortTextChars), last->createdAt };
    }
    return std::optional<CallerProfile>(std::move(profile));
}

} // namespace switchboard::server
