#include "protocol/Feedback.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject Feedback::toJson() const
{
    JsonObjectWriter w;
    w.addString("id"_L1, id);
    w.addString("customerId"_L1, customerId);
    w.addString("conversationId"_L1, conversationId);
    w.addString("comment"_L1, comment);
    w.addOptionalNumber("csat"_L1, csat);
    w.addOptionalNumber("nps"_L1, nps);
    w.addOptionalNumber("ces"_L1, ces);
    w.addTime("createdAt"_L1, createdAt);
    return w.toObject();
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
