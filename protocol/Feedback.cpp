#include "protocol/Feedback.h"

#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject Feedback::toJson() const
{
    QJsonObject o{{"id"_L1, id},
                  {"customerId"_L1, customerId},
                  {"conversationId"_L1, conversationId},
                  {"comment"_L1, comment}};
    putOptional(o, "csat"_L1, csat);
    putOptional(o, "nps"_L1, nps);
    putOptional(o, "ces"_L1, ces);
    putTime(o, "createdAt"_L1, createdAt);
    return o;
}

std::expected<Feedback, DecodeError> Feedback::fromJson(const QJsonObject& json,
                                                        const QString& path)
{
    JsonReader r(json, path);
    Feedback f;
    f.id = r.id("id"_L1);
    f.customerId = r.id("customerId"_L1);
    f.conversationId = r.id("conversationId"_L1, Need::Optional);
    f.csat = r.optionalInteger("csat"_L1, 1, 5);
    f.nps = r.optionalInteger("nps"_L1, 0, 10);
    f.ces = r.optionalInteger("ces"_L1, 1, 7);
    f.comment = r.string("comment"_L1, kMaxShortTextChars * 4, Need::Optional);
    f.createdAt = r.timestamp("createdAt"_L1);
    return r.finish(std::move(f));
}

} // namespace switchboard::protocol
