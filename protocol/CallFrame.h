// A phone call's life as the agent it was routed to sees it (server -> client only):
// `offered` when it rings (the pop, with the profile summary of every customer the number
// matched, so the desktop needs no round trip), `answered` when someone picked up, `ended`
// at hangup with how it ended. Not an event: sent to the sessions of one agent, not logged;
// the lasting record of the call is the phone message the hangup adds to the timeline.
#pragma once

#include "protocol/CallerProfile.h"
#include "protocol/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

namespace CallEvent {
inline constexpr QLatin1StringView Offered { "offered" };
inline constexpr QLatin1StringView Answered { "answered" };
inline constexpr QLatin1StringView Ended { "ended" };
} // namespace CallEvent

// How an ended call went, as it lands on the timeline (CallDetails::disposition).
namespace CallDisposition {
inline constexpr QLatin1StringView Answered { "answered" };
inline constexpr QLatin1StringView Missed { "missed" }; // rang out, busy, unreachable
inline constexpr QLatin1StringView Abandoned { "abandoned" }; // the caller hung up first
} // namespace CallDisposition

struct CallFrame {
    QString event; // a CallEvent
    QString callId; // the PBX's id
    QString direction; // "in" or "out", as the PBX says
    QString from; // as the PBX sent it
    QString to;
    // The customer's number in E.164: `from` of an inbound call, `to` of an outbound one;
    // empty when withheld or not a number.
    QString e164;
    QString agentId; // whom the call is offered to; empty when nobody was free
    QString queue; // the PBX's queue, if it named one
    bool withheld = false; // anonymous or hidden caller
    QList<CallerProfile> matches; // offered only; empty: unknown caller
    QString answeredBy; // answered: the agent who picked up, when known
    QString answeringNumber; // answered: as the PBX sent it
    QString cause; // ended: the PBX's hangup cause
    QString disposition; // ended: a CallDisposition
    qint64 durationSeconds = 0; // ended: talk time, 0 when never answered
    QString conversationId; // ended: where the call landed; empty for an unknown caller
    QDateTime at;

    QJsonObject toJson() const;
    static std::expected<CallFrame, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const CallFrame&) const = default;
};

} // namespace switchboard::protocol
