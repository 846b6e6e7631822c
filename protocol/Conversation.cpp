#include "protocol/Conversation.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject Conversation::toJson() const
{
    JsonObjectWriter w;
    w.addString("id"_L1, id);
    w.addString("customerId"_L1, customerId);
    w.addString("channel"_L1, wireName(channel));
    w.addString("subject"_L1, subject);
    w.addString("status"_L1, wireName(status));
    w.addString("priority"_L1, wireName(priority));
    w.addString("queueId"_L1, queueId);
    w.addString("assigneeId"_L1, assigneeId);
    w.addStrings("tags"_L1, tags);
    w.addNumber("revision"_L1, revision);
    w.addTime("createdAt"_L1, createdAt);
    w.addTime("updatedAt"_L1, updatedAt);
    w.addTime("firstResponseAt"_L1, firstResponseAt);
    w.addTime("resolvedAt"_L1, resolvedAt);
    w.addTime("slaDueAt"_L1, slaDueAt);
    w.addTime("snoozedUntil"_L1, snoozedUntil);
    return w.toObject();
}

std::expected<Conversation, DecodeError> Conversation::fromJson(const QJsonObject& json,
                                                                const QString& path)
{
    JsonReader r(json, path);
    Conversation c;
    c.id = r.id("id"_L1);
    c.customerId = r.id("customerId"_L1);
    c.channel = r.enumeration("channel"_L1, Channel::Email, Need::Required);
    c.subject = r.string("subject"_L1, kMaxShortTextChars, Need::Optional);
    c.status = r.enumeration("status"_L1, ConversationStatus::Open, Need::Required);
    c.priority = r.enumeration("priority"_L1, Priority::Normal, Need::Optional);
    c.queueId = r.id("queueId"_L1, Need::Optional);
    c.assigneeId = r.id("assigneeId"_L1, Need::Optional);
    c.tags = r.strings("tags"_L1, kMaxTagsPerItem, kMaxTagChars);
    c.createdAt = r.timestamp("createdAt"_L1);
    c.updatedAt = r.timestamp("updatedAt"_L1, Need::Optional);
    c.firstResponseAt = r.timestamp("firstResponseAt"_L1, Need::Optional);
    c.resolvedAt = r.timestamp("resolvedAt"_L1, Need::Optional);
    c.slaDueAt = r.timestamp("slaDueAt"_L1, Need::Optional);
    c.snoozedUntil = r.timestamp("snoozedUntil"_L1, Need::Optional);
    c.revision = r.integer("revision"_L1, 0, kMaxCounter, Need::Optional);
    return r.finish(std::move(c));
}

} // namespace switchboard::protocol
