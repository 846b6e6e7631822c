// Reads a space's whole event log from the server as a brand-new client would (hello with
// lastSeq 0, every catch-up frame until synced), over a raw WebSocket: the independent
// witness for "every command applied exactly once".
#pragma once

#include "protocol/Event.h"

#include <QList>
#include <QUrl>

#include <expected>

namespace switchboard::testing {

struct EventLog {
    QList<protocol::Event> events;
    qint64 syncedSeq = 0;
    bool resync = false; // the server answered with a snapshot, not the log

    // How many events of `type` name `entity`: 1 for a command applied exactly once.
    int count(QLatin1StringView type, const QString& entity) const
    {
        int n = 0;
        for (const protocol::Event& event : events)
            n += event.type == type && event.entity == entity;
        return n;
    }
};

class EventLogReader {
public:
    static constexpr int kTimeoutMs = 30'000;
    static std::expected<EventLog, QString> read(
        const QUrl& server, const QString& token, const QString& space = protocol::kLiveSpace);
};

} // namespace switchboard::testing
