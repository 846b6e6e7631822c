#include "store/ConversationEffect.h"

#include "protocol/Conversation.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"
#include "store/BeforeImage.h"
#include "store/ConversationRepository.h"

namespace switchboard::store {

using namespace Qt::StringLiterals;
namespace CommandType = protocol::CommandType;
using protocol::Command;

ConversationEffect::ConversationEffect(ConversationRepository& conversations)
    : conversations_(conversations)
{
}

bool ConversationEffect::handles(QStringView commandType)
{
    for (QLatin1StringView t : {CommandType::AddTag, CommandType::RemoveTag, CommandType::Assign,
                                CommandType::Unassign, CommandType::SetStatus,
                                CommandType::SetPriority, CommandType::Snooze}) {
        if (commandType == t)
            return true;
    }
    return false;
}

StoreResult<QJsonObject> ConversationEffect::apply(const Command& command, ChangeSet& changes)
{
    protocol::JsonReader reader(command.payload, u"payload"_s);
    const QString id = reader.id("conversationId"_L1);
    if (!reader.ok())
        return std::unexpected(BeforeImage::badCommand(command, reader.error()->toString()));
    auto found = conversations_.find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(BeforeImage::notFound(u"conversation %1"_s.arg(id)));

    QJsonObject json = (*found)->toJson();
    QJsonObject before;
    const QString& type = command.type;
    if (type == CommandType::AddTag || type == CommandType::RemoveTag) {
        const QString tag = reader.string("tag"_L1, protocol::kMaxTagChars);
        if (reader.ok() && tag.trimmed().isEmpty())
            reader.fail(protocol::DecodeErrorCode::OutOfRange, "tag"_L1, u"a tag needs a name"_s);
        if (reader.ok()) {
            before.insert(BeforeImage::kTagPrefix + tag, (*found)->tags.contains(tag));
            BeforeImage::setTagPresent(json, tag, type == CommandType::AddTag);
        }
    } else if (type == CommandType::Assign) {
        const QString agentId = reader.id("agentId"_L1, protocol::Need::Optional);
        const QString queueId = reader.id("queueId"_L1, protocol::Need::Optional);
        if (reader.ok() && agentId.isEmpty() && queueId.isEmpty())
            reader.fail(protocol::DecodeErrorCode::MissingField, "agentId"_L1,
                        u"assign needs an agentId or a queueId"_s);
        if (reader.ok()) {
            // Handing a conversation to a queue leaves it waiting there for an agent.
            BeforeImage::change(json, before, "assigneeId"_L1, agentId);
            if (!queueId.isEmpty())
                BeforeImage::change(json, before, "queueId"_L1, queueId);
        }
    } else if (type == CommandType::Unassign) {
        BeforeImage::change(json, before, "assigneeId"_L1, QString());
    } else if (type == CommandType::SetStatus) {
        const auto status = reader.enumeration("status"_L1, protocol::ConversationStatus::Open,
                                               protocol::Need::Required);
        if (reader.ok())
            BeforeImage::change(json, before, "status"_L1, protocol::wireName(status));
    } else if (type == CommandType::SetPriority) {
        const auto priority =
            reader.enumeration("priority"_L1, protocol::Priority::Normal, protocol::Need::Required);
        if (reader.ok())
            BeforeImage::change(json, before, "priority"_L1, protocol::wireName(priority));
    } else if (type == CommandType::Snooze) {
        const QDateTime until = reader.timestamp("until"_L1);
        if (reader.ok()) {
            BeforeImage::change(json, before, "status"_L1,
                                protocol::wireName(protocol::ConversationStatus::Snoozed));
            BeforeImage::change(json, before, "snoozedUntil"_L1, protocol::toWireTime(until));
        }
    }
    if (!reader.ok())
        return std::unexpected(BeforeImage::badCommand(command, reader.error()->toString()));

    // Through the codec, so an effect can never store what the server could not send.
    auto updated = protocol::Conversation::fromJson(json);
    if (!updated)
        return std::unexpected(BeforeImage::badCommand(command, updated.error().toString()));
    if (auto done = conversations_.upsert(*updated); !done)
        return std::unexpected(done.error());
    changes.conversations.insert(id);
    return before;
}

StoreResult<> ConversationEffect::restore(const QString& id, const QJsonObject& image,
                                          ChangeSet& changes)
{
    auto found = conversations_.find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return {}; // nothing left to restore
    QJsonObject json = (*found)->toJson();
    BeforeImage::overlayFields(json, image);
    for (auto it = image.begin(); it != image.end(); ++it) {
        if (it.key().startsWith(BeforeImage::kTagPrefix))
            BeforeImage::setTagPresent(json, it.key().mid(BeforeImage::kTagPrefix.size()),
                                       it.value().toBool());
    }
    auto restored = protocol::Conversation::fromJson(json);
    if (!restored)
        return std::unexpected(StoreError::of(
            StoreErrorKind::Corrupt,
            u"conversation %1 cannot be restored: %2"_s.arg(id, restored.error().toString())));
    if (auto done = conversations_.upsert(*restored); !done)
        return done;
    changes.conversations.insert(id);
    return {};
}

} // namespace switchboard::store
