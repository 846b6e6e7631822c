// The data bench/timeline measures, written into a real Store file through Store::apply
// as a sync would write it: one agent and the tags, one customer with a long history (a
// hundred conversations across every channel holding ten thousand messages, notes, calls
// and survey answers), and an inbox of a hundred thousand open conversations assigned to
// the agent, each with one message for its snippet. Made directly as entities, not by
// the demo generator, so the sizes are exact and a fill takes seconds; the same sizes
// always give the same data.
#pragma once

#include "demodata/EventStreamSink.h"
#include "protocol/Event.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace switchboard::store {
class Store;
}

namespace switchboard::bench {

class TimelineDataset {
public:
    struct Size {
        int timelineEntries = 10'000; // messages, notes and calls, plus survey answers
        int timelineConversations = 100;
        int inboxConversations = 100'000;
        int inboxCustomers = 10'000; // the inbox's conversations are spread over them
    };

    explicit TimelineDataset(Size size);

    // Applies everything to `store`; false with `error()` set when an apply failed.
    bool writeTo(store::Store& store);
    const QString& error() const { return error_; }
    qint64 events() const { return events_; }

    const QString& agentId() const { return agentId_; }
    const QString& longHistoryCustomerId() const { return customerId_; }

private:
    void writeReferenceData(demodata::EventStreamSink& sink);
    void writeLongHistory(demodata::EventStreamSink& sink);
    void writeInbox(demodata::EventStreamSink& sink);
    void take(protocol::Event&& event);
    void flush();

    Size size_;
    QDateTime now_;
    QString agentId_;
    QString customerId_;
    store::Store* store_ = nullptr;
    QList<protocol::Event> batch_;
    qint64 events_ = 0;
    QString error_;
};

} // namespace switchboard::bench
