#include "protocol/Conversation.h"

#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

#include <QJsonArray>

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject Conversation::toJson() const
{
    QJsonObject o{{"id"_L1, id},
                  {"customerId"_L1, customerId},
                  {"channel"_L1, wireName(channel)},
                  {"subject"_L1, subject},
                  {"status"_L1, wireName(status)},
                  {"priority"_L1, wireName(priority)},
                  {"queueId"_L1, queueId},
                  {"assigneeId"_L1, assigneeId},
                  {"tags"_L1, QJsonArray::fromStringList(tags)},
                  {"revision"_L1, static_cast<double>(revision)}};
    putTime(o, "createdAt"_L1, createdAt);
    putTime(o, "updatedAt"_L1, updatedAt);
    putTime(o, "firstResponseAt"_L1, firstResponseAt);
    putTime(o, "resolvedAt"_L1, resolvedAt);
    putTime(o, "slaDueAt"_L1, slaDueAt);
    putTime(o, "snoozedUntil"_L1, snoozedUntil);
    return o;
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
