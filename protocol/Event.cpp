#include "protocol/Event.h"

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
    QJsonObject o{{"seq"_L1, static_cast<double>(seq)},
                  {"space"_L1, space},
                  {"type"_L1, type},
                  {"entity"_L1, entity},
                  {"payload"_L1, payload}};
    putTime(o, "at"_L1, at);
    return o;
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
