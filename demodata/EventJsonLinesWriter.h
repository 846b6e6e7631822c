// Writes events as JSON Lines: one compact Event::toJson() per line, UTF-8, '\n' after each.
// Output is buffered and written in large blocks, because a million small writes cost more
// than making the data. The first failed write is remembered; later writes are dropped.
#pragma once

#include "protocol/Event.h"

#include <QByteArray>
#include <QIODevice>

namespace switchboard::demodata {

class EventJsonLinesWriter {
public:
    explicit EventJsonLinesWriter(QIODevice& device);
    ~EventJsonLinesWriter();
    EventJsonLinesWriter(const EventJsonLinesWriter&) = delete;
    EventJsonLinesWriter& operator=(const EventJsonLinesWriter&) = delete;

    // One event as its line: compact JSON and a trailing '\n'.
    static QByteArray line(const protocol::Event& event);

    void write(const protocol::Event& event);
    // Writes out what is buffered; false if this or any earlier write failed.
    bool flush();

    bool ok() const { return error_.isEmpty(); }
    QString errorString() const { return error_; }
    qint64 eventsWritten() const { return events_; }

private:
    QIODevice& device_;
    QByteArray buffer_;
    QString error_;
    qint64 events_ = 0;
};

} // namespace switchboard::demodata
