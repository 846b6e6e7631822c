#include "protocol/CallFrame.h"

#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"
#include "protocol/WireTime.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxNumberChars = 64; // a number as a PBX may spell it
constexpr qint64 kMaxCallSeconds = 7 * 24 * 3600;

void insertText(QJsonObject& json, QLatin1StringView key, const QString& value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}

} // namespace

QJsonObject CallFrame::toJson() const
{
    QJsonObject json { { "type"_L1, FrameType::Call }, { "event"_L1, event },
        { "callId"_L1, callId }, { "direction"_L1, direction }, { "from"_L1, from },
        { "to"_L1, to } };
    insertText(json, "e164"_L1, e164);
    insertText(json, "agentId"_L1, agentId);
    insertText(json, "queue"_L1, queue);
    if (withheld)
        json.insert("withheld"_L1, true);
    if (event == CallEvent::Offered)
        json.insert("matches"_L1, toJsonArray(matches));
    insertText(json, "answeredBy"_L1, answeredBy);
    insertText(json, "answeringNumber"_L1, answeringNumber);
    if (event == CallEvent::Ended) {
        json.insert("cause"_L1, cause);
        json.insert("disposition"_L1, disposition);
        json.insert("durationSeconds"_L1, double(durationSeconds));
    }
    insertText(json, "conversationId"_L1, conversationId);
    if (at.isValid())
        json.insert("at"_L1, toWireTime(at));
    return json;
}

std::expected<CallFrame, DecodeError> CallFrame::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    CallFrame call;
    call.event = r.string("event"_L1, 16);
    call.callId = r.string("callId"_L1, kMaxIdChars * 2);
    call.direction = r.string("direction"_L1, 3);
    call.from = r.string("from"_L1, kMaxNumberChars);
    call.e164 = r.string("e164"_L1, kMaxNumberChars, Need::Optional);
    call.to = r.string("to"_L1, kMaxNumberChars);
    call.agentId = r.id("agentId"_L1, Need::Optional);
    call.queue = r.string("queue"_L1, kMaxNameChars, Need::Optional);
    call.withheld = r.boolean("withheld"_L1);
    call.matches = r.objects<CallerProfile>("matches"_L1, kMaxCallerMatches);
    call.answeredBy = r.id("answeredBy"_L1, Need::Optional);
    call.answeringNumber = r.string("answeringNumber"_L1, kMaxNumberChars, Need::Optional);
    const Need ended = call.event == CallEvent::Ended ? Need::Required : Need::Optional;
    call.cause = r.string("cause"_L1, 32, ended);
    call.disposition = r.string("disposition"_L1, 32, ended);
    call.durationSeconds = r.integer("durationSeconds"_L1, 0, kMaxCallSeconds, ended);
    call.conversationId = r.id("conversationId"_L1, Need::Optional);
    call.at = r.timestamp("at"_L1, Need::Optional);
    if (r.ok() && call.event != CallEvent::Offered && call.event != CallEvent::Answered
        && call.event != CallEvent::Ended)
        r.fail(DecodeErrorCode::UnknownValue, "event"_L1,
            u"unknown call event \"%1\""_s.arg(call.event));
    if (r.ok() && call.direction != "in"_L1 && call.direction != "out"_L1)
        r.fail(DecodeErrorCode::UnknownValue, "direction"_L1,
            u"direction must be in or out, not \"%1\""_s.arg(call.direction));
    return r.finish(std::move(call));
}

} // namespace switchboard::protocol
