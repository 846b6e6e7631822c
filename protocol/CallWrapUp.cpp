#include "protocol/CallWrapUp.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

namespace {
// A PBX's call id: as CallFrame reads it.
constexpr qsizetype kMaxCallIdChars = kMaxIdChars * 2;
} // namespace

QJsonObject CallWrapUp::toJson() const
{
    JsonObjectWriter w;
    w.addString("callId"_L1, callId);
    if (!customerId.isEmpty())
        w.addString("customerId"_L1, customerId);
    w.addString("code"_L1, wireName(code));
    w.addString("notes"_L1, notes);
    w.addStrings("tags"_L1, tags);
    w.addTime("followUpAt"_L1, followUpAt);
    return w.toObject();
}

std::expected<CallWrapUp, DecodeError> CallWrapUp::fromJson(
    const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    CallWrapUp wrapUp;
    wrapUp.callId = r.string("callId"_L1, kMaxCallIdChars);
    wrapUp.customerId = r.id("customerId"_L1, Need::Optional);
    wrapUp.code = r.enumeration("code"_L1, WrapUpCode::Resolved, Need::Required);
    wrapUp.notes = r.string("notes"_L1, kMaxBodyChars, Need::Optional);
    wrapUp.tags = r.strings("tags"_L1, kMaxTagsPerItem, kMaxTagChars);
    wrapUp.followUpAt = r.timestamp("followUpAt"_L1, Need::Optional);
    if (r.ok() && wrapUp.callId.isEmpty())
        r.fail(DecodeErrorCode::MissingField, "callId"_L1, u"must not be empty"_s);
    return r.finish(std::move(wrapUp));
}

QJsonObject CallDecline::toJson() const
{
    return { { "callId"_L1, callId } };
}

std::expected<CallDecline, DecodeError> CallDecline::fromJson(
    const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    CallDecline decline;
    decline.callId = r.string("callId"_L1, kMaxCallIdChars);
    if (r.ok() && decline.callId.isEmpty())
        r.fail(DecodeErrorCode::MissingField, "callId"_L1, u"must not be empty"_s);
    return r.finish(std::move(decline));
}

} // namespace switchboard::protocol
