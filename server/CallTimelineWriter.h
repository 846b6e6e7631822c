// Puts an ended call on its customer's timeline: a phone message (direction in or out, with
// CallDetails: talk time and disposition) in the customer's open phone conversation, or in a
// new one when they have none. Plans the events only; the caller commits them through the
// event log with the call's record (CallRegistry at hangup, CallCommands at a wrap-up that
// names the customer), so every desktop gets them, and a late one catches up.
//
// The message id follows from the call id, so a call is one message however often it is
// planned.
#pragma once

#include "protocol/Conversation.h"
#include "server/CtiStorage.h"
#include "server/ServerStorage.h"

#include <QList>

namespace switchboard::server {

struct TimelinePlan {
    protocol::Conversation conversation; // as the events leave it
    QList<PendingEvent> events; // conversation.upserted, message.added
};

class CallTimelineWriter {
public:
    explicit CallTimelineWriter(ServerStorage& storage);

    // `call` has ended (endedAt, disposition set); nothing (nullopt) when `customerId` no
    // longer exists.
    StoreResult<std::optional<TimelinePlan>> plan(
        const QString& space, const CtiCallRecord& call, const QString& customerId);

    // "answered" when someone picked up; otherwise "abandoned" when the caller of an inbound
    // call hung up first (cancel, normalClearing), else "missed".
    static QString dispositionOf(const CtiCallRecord& call);
    static qint64 talkSeconds(const CtiCallRecord& call);
    // An id of at most kMaxIdChars that follows from the PBX's call id, whatever its length.
    static QString idFor(QStringView prefix, const QString& callId);

private:
    ServerStorage& storage_;
};

} // namespace switchboard::server
