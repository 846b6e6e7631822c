#include "demodata/EventJsonLinesSink.h"

#include "demodata/EventJsonLinesWriter.h"
#include "demodata/EventStreamSink.h"

#include <QThread>
#include <algorithm>

namespace switchboard::demodata {

EventJsonLinesSink::EventJsonLinesSink(QIODevice& device, qint64 firstSeq, int threads)
    : device_(device)
    , nextSeq_(firstSeq)
    // Two batches per thread: one being rendered, one ready for the writer.
    , maxInFlight_(2 * std::max(1, threads > 0 ? threads : QThread::idealThreadCount())) {
    batch_.firstSeq = firstSeq;
    batch_.entities.reserve(kBatchEntities);
}

EventJsonLinesSink::~EventJsonLinesSink() {
    finish();
}

QByteArray EventJsonLinesSink::render(const Batch& batch) {
    QByteArray out;
    out.reserve(qsizetype(batch.entities.size()) * 512);
    // The same adapter as the single-threaded path, so seq, type and entity agree exactly.
    EventStreamSink events(
        [&out](protocol::Event&& event) { out += EventJsonLinesWriter::line(event); },
        batch.firstSeq);
    for (const Entity& entity : batch.entities) {
        std::visit(
            [&events](const auto& e) {
                using T = std::decay_t<decltype(e)>;
                if constexpr (std::is_same_v<T, protocol::Tag>)
                    events.addTag(e);
                else if constexpr (std::is_same_v<T, protocol::Queue>)
                    events.addQueue(e);
                else if constexpr (std::is_same_v<T, protocol::Agent>)
                    events.addAgent(e);
                else if constexpr (std::is_same_v<T, protocol::Customer>)
                    events.addCustomer(e);
                else if constexpr (std::is_same_v<T, protocol::Order>)
                    events.addOrder(e);
                else if constexpr (std::is_same_v<T, protocol::Conversation>)
                    events.addConversation(e);
                else if constexpr (std::is_same_v<T, protocol::Message>)
                    events.addMessage(e);
                else
                    events.addFeedback(e);
            },
            entity);
    }
    return out;
}

void EventJsonLinesSink::submit() {
    if (batch_.entities.empty())
        return;
    while (qsizetype(inFlight_.size()) >= maxInFlight_)
        writeOldest();
    inFlight_.push_back(
        std::async(std::launch::async, [batch = std::move(batch_)] { return render(batch); }));
    batch_ = Batch{nextSeq_, {}};
    batch_.entities.reserve(kBatchEntities);
}

void EventJsonLinesSink::writeOldest() {
    const QByteArray bytes = inFlight_.front().get();
    inFlight_.pop_front();
    if (ok() && device_.write(bytes) != bytes.size())
        error_ = device_.errorString();
}

bool EventJsonLinesSink::finish() {
    submit();
    while (!inFlight_.empty())
        writeOldest();
    return ok();
}

} // namespace switchboard::demodata
