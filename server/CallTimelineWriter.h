// Puts an ended call on its customer's timeline: a phone message (direction in or out, with
// CallDetails: talk time and disposition) in the customer's open phone conversation, or in a
// new one when they have none, committed through the event log like any command's events
// (so every desktop gets them, and a late one catches up). The caller publishes the events.
//
// The message id follows from the call id, so a hangup written twice is one message.
#pragma once

#include "server/CtiStorage.h"
#include "server/ServerStorage.h"

#include <QList>

namespace switchboard::server {

struct TimelineEntry {
    QString conversationId;
    QList<protocol::Event> events; // committed; to publish
};

class CallTimelineWriter {
public:
    explicit CallTimelineWriter(ServerStorage& storage);

    // `call` has ended (endedAt, disposition set) and names its customer; nothing is
    // written (and the entry is empty) when that customer no longer exists.
    StoreResult<TimelineEntry> write(
        const QString& space, const CtiCallRecord& call, const QString& customerId);

    // "answered" when someone picked up; otherwise "abandoned" when the caller of an inbound
    // call hung up first (cancel, normalClearing), else "missed".
    static QString dispositionOf(const CtiCallRecord& call);
    static qint64 talkSeconds(const CtiCallRecord& call);

private:
    ServerStorage& storage_;
};

} // namespace switchboard::server
