#include "protocol/EventsFrame.h"

#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject EventsFrame::toJson() const
{
    QJsonObject json { { "type"_L1, FrameType::Events }, { "space"_L1, space },
        { "events"_L1, toJsonArray(events) } };
    if (snapshot)
        json.insert("snapshot"_L1, true);
    return json;
}

std::expected<EventsFrame, DecodeError> EventsFrame::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    EventsFrame frame;
    frame.space = r.id("space"_L1);
    frame.snapshot = r.boolean("snapshot"_L1);
    frame.events = r.objects<Event>("events"_L1, kMaxBatchEvents);
    for (qsizetype i = 0; r.ok() && i < frame.events.size(); ++i) {
        if (frame.events.at(i).space != frame.space)
            r.fail(DecodeErrorCode::UnknownValue, "events"_L1,
                u"event %1 belongs to space \"%2\", not \"%3\""_s.arg(i).arg(
                    frame.events.at(i).space, frame.space));
        else if (i > 0 && frame.events.at(i).seq <= frame.events.at(i - 1).seq)
            r.fail(DecodeErrorCode::OutOfRange, "events"_L1,
                u"event %1 does not increase seq"_s.arg(i));
    }
    return r.finish(std::move(frame));
}

} // namespace switchboard::protocol
