#include "protocol/Message.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxCallSeconds = 7 * 24 * 3600;

void writeCall(JsonObjectWriter& w, const CallDetails& c)
{
    w.addNumber("durationSeconds"_L1, c.durationSeconds);
    w.addString("disposition"_L1, c.disposition);
    w.addString("recordingRef"_L1, c.recordingRef);
}

} // namespace

QJsonObject CallDetails::toJson() const
{
    JsonObjectWriter w;
    writeCall(w, *this);
    return w.toObject();
}

std::expected<CallDetails, DecodeError> CallDetails::fromJson(const QJsonObject& json,
                                                              const QString& path)
{
    JsonReader r(json, path);
    CallDetails c;
    c.durationSeconds = r.integer("durationSeconds"_L1, 0, kMaxCallSeconds);
    c.disposition = r.string("disposition"_L1, kMaxNameChars, Need::Optional);
    c.recordingRef = r.string("recordingRef"_L1, kMaxShortTextChars, Need::Optional);
    return r.finish(std::move(c));
}

QJsonObject Message::toJson() const
{
    JsonObjectWriter w;
    w.addString("id"_L1, id);
    w.addString("conversationId"_L1, conversationId);
    w.addString("customerId"_L1, customerId);
    w.addString("direction"_L1, wireName(direction));
    w.addString("authorId"_L1, authorId);
    w.addString("authorName"_L1, authorName);
    w.addString("channel"_L1, wireName(channel));
    w.addString("body"_L1, body);
    w.addTime("sentAt"_L1, sentAt);
    if (call)
        w.addObject("call"_L1, [this](JsonObjectWriter& inner) { writeCall(inner, *call); });
    return w.toObject();
}

std::expected<Message, DecodeError> Message::fromJson(const QJsonObject& json,
                                                      const QString& path)
{
    JsonReader r(json, path);
    Message m;
    m.id = r.id("id"_L1);
    m.conversationId = r.id("conversationId"_L1);
    m.customerId = r.id("customerId"_L1);
    m.direction = r.enumeration("direction"_L1, MessageDirection::Inbound, Need::Required);
    m.authorId = r.id("authorId"_L1, Need::Optional);
    m.authorName = r.string("authorName"_L1, kMaxNameChars, Need::Optional);
    m.channel = r.enumeration("channel"_L1, Channel::Email, Need::Required);
    m.body = r.string("body"_L1, kMaxBodyChars, Need::Optional);
    m.sentAt = r.timestamp("sentAt"_L1);
    const QJsonObject call = r.object("call"_L1, Need::Optional);
    if (r.ok() && json.contains("call"_L1)) {
        auto details = CallDetails::fromJson(call, path.isEmpty() ? u"call"_s : path + u".call"_s);
        if (!details)
            return std::unexpected(details.error());
        m.call = std::move(*details);
    }
    return r.finish(std::move(m));
}

} // namespace switchboard::protocol
