#include "protocol/Event.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

bool EventType::isKnown(QStringView type)
{
    for (QLatin1StringView known :
         {CustomerUpserted, CustomerMerged, OrderUpserted, ConversationUpserted, MessageAdded,
          FeedbackAdded, TagUpserted, TagDeleted, AgentUpserted, QueueUpserted}) {
        if (type == known)
            return true;
    }
    return false;
}

QJsonObject Event::toJson() const
{
    JsonObjectWriter w;
    w.addNumber("seq"_L1, seq);
    w.addString("space"_L1, space);
    w.addString("type"_L1, type);
    w.addString("entity"_L1, entity);
    w.addJsonObject("payload"_L1, payload);
    w.addTime("at"_L1, at);
    return w.toObject();
}

std::expected<Event, DecodeError> Event::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    Event e;
    e.seq = r.integer("seq"_L1, 1, kMaxCounter);
    e.space = r.id("space"_L1);
    e.type = r.string("type"_L1, kMaxIdChars);
    e.entity = r.string("entity"_L1, kMaxIdChars);
    e.payload = r.object("payload"_L1);
    e.at = r.timestamp("at"_L1, Need::Optional);
    if (r.ok() && !EventType::isKnown(e.type))
        r.fail(DecodeErrorCode::UnknownValue, "type"_L1, u"unknown event type \"%1\""_s.arg(e.type));
    return r.finish(std::move(e));
}

} // namespace switchboard::protocol
