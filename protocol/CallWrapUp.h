// The payloads of the after-call commands (docs/protocol.md, "Calls"), shared by the
// desktop that sends them and the server that applies them.
//
// call.wrapUp: the agent's disposition code, notes, tags and an optional follow-up (a
// callback at a chosen time). customerId names whom the call was with when the server could
// not tell (an unknown caller just created or linked, or one of several matches picked);
// empty when the call already landed on a customer's timeline.
//
// call.decline: the agent turns an offered call down; the server offers it to the next
// free agent of the queue.
#pragma once

#include "protocol/DecodeError.h"
#include "protocol/Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <expected>

namespace switchboard::protocol {

struct CallWrapUp {
    QString callId;
    QString customerId; // optional: see above
    WrapUpCode code = WrapUpCode::Resolved;
    QString notes; // may be empty; at most kMaxBodyChars
    QStringList tags; // added to the call's conversation
    QDateTime followUpAt; // a callback at this time, in the agent's queue; invalid: none

    QJsonObject toJson() const;
    static std::expected<CallWrapUp, DecodeError> fromJson(
        const QJsonObject& json, const QString& path = {});
    bool operator==(const CallWrapUp&) const = default;
};

struct CallDecline {
    QString callId;

    QJsonObject toJson() const;
    static std::expected<CallDecline, DecodeError> fromJson(
        const QJsonObject& json, const QString& path = {});
    bool operator==(const CallDecline&) const = default;
};

} // namespace switchboard::protocol
