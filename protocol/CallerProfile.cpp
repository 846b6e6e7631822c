#include "protocol/CallerProfile.h"

#include "protocol/JsonReader.h"
#include "protocol/Limits.h"
#include "protocol/WireTime.h"

#include <QJsonArray>

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

namespace {

void insertOptional(QJsonObject& json, QLatin1StringView key, const std::optional<qint64>& value)
{
    if (value)
        json.insert(key, double(*value));
}

} // namespace

QJsonObject CallerInteraction::toJson() const
{
    return QJsonObject { { "conversationId"_L1, conversationId },
        { "channel"_L1, wireName(channel) }, { "direction"_L1, wireName(direction) },
        { "summary"_L1, summary }, { "at"_L1, toWireTime(at) } };
}

std::expected<CallerInteraction, DecodeError> CallerInteraction::fromJson(
    const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    CallerInteraction out;
    out.conversationId = r.id("conversationId"_L1);
    out.channel = r.enumeration("channel"_L1, Channel::Phone, Need::Required);
    out.direction = r.enumeration("direction"_L1, MessageDirection::Inbound, Need::Required);
    out.summary = r.string("summary"_L1, kMaxShortTextChars, Need::Optional);
    out.at = r.timestamp("at"_L1);
    return r.finish(std::move(out));
}

QJsonObject CallerOpenConversation::toJson() const
{
    return QJsonObject { { "id"_L1, id }, { "channel"_L1, wireName(channel) },
        { "subject"_L1, subject }, { "status"_L1, wireName(status) } };
}

std::expected<CallerOpenConversation, DecodeError> CallerOpenConversation::fromJson(
    const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    CallerOpenConversation out;
    out.id = r.id("id"_L1);
    out.channel = r.enumeration("channel"_L1, Channel::Phone, Need::Required);
    out.subject = r.string("subject"_L1, kMaxShortTextChars, Need::Optional);
    out.status = r.enumeration("status"_L1, ConversationStatus::Open, Need::Required);
    return r.finish(std::move(out));
}

QJsonObject CallerFeedback::toJson() const
{
    QJsonObject json { { "comment"_L1, comment }, { "at"_L1, toWireTime(at) } };
    insertOptional(json, "csat"_L1, csat);
    insertOptional(json, "nps"_L1, nps);
    insertOptional(json, "ces"_L1, ces);
    return json;
}

std::expected<CallerFeedback, DecodeError> CallerFeedback::fromJson(
    const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    CallerFeedback out;
    out.csat = r.optionalInteger("csat"_L1, 1, 5);
    out.nps = r.optionalInteger("nps"_L1, 0, 10);
    out.ces = r.optionalInteger("ces"_L1, 1, 7);
    out.comment = r.string("comment"_L1, kMaxShortTextChars, Need::Optional);
    out.at = r.timestamp("at"_L1);
    return r.finish(std::move(out));
}

QJsonObject CallerProfile::toJson() const
{
    QJsonObject json { { "customerId"_L1, customerId }, { "name"_L1, name },
        { "segment"_L1, wireName(segment) },
        { "lifetimeValueMinor"_L1, double(lifetimeValueMinor) }, { "currency"_L1, currency },
        { "tags"_L1, QJsonArray::fromStringList(tags) },
        { "lastInteractions"_L1, toJsonArray(lastInteractions) },
        { "openConversations"_L1, toJsonArray(openConversations) } };
    if (lastFeedback)
        json.insert("lastFeedback"_L1, lastFeedback->toJson());
    return json;
}

std::expected<CallerProfile, DecodeError> CallerProfile::fromJson(
    const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    CallerProfile out;
    out.customerId = r.id("customerId"_L1);
    out.name = r.string("name"_L1, kMaxNameChars * 2, Need::Optional);
    out.segment = r.enumeration("segment"_L1, Segment::New, Need::Required);
    out.lifetimeValueMinor = r.integer("lifetimeValueMinor"_L1, 0, kMaxMoneyMinor);
    out.currency = r.string("currency"_L1, kMaxCurrencyChars, Need::Optional);
    out.tags = r.strings("tags"_L1, kMaxTagsPerItem, kMaxTagChars);
    out.lastInteractions
        = r.objects<CallerInteraction>("lastInteractions"_L1, kMaxCallerInteractions);
    out.openConversations
        = r.objects<CallerOpenConversation>("openConversations"_L1, kMaxCallerOpenConversations);
    const QJsonObject feedback = r.object("lastFeedback"_L1, Need::Optional);
    if (r.ok() && json.contains("lastFeedback"_L1)) {
        auto decoded = CallerFeedback::fromJson(
            feedback, path.isEmpty() ? u"lastFeedback"_s : path + u".lastFeedback"_s);
        if (!decoded)
            return std::unexpected(decoded.error());
        out.lastFeedback = std::move(*decoded);
    }
    return r.finish(std::move(out));
}

} // namespace switchboard::protocol
