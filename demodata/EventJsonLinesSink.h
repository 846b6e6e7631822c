// Writes the generator's stream straight to JSON Lines events, using every core. Turning an
// entity into JSON (toJson(), then the text) costs some thirty times more than generating it,
// so entities are collected in batches that worker threads render while the generator goes
// on; batches are written strictly in order, so the output is byte-identical to
// EventStreamSink + EventJsonLinesWriter on one thread. At most a few batches are in flight,
// so memory stays flat however large the data set.
#pragma once

#include "demodata/EntitySink.h"

#include <QByteArray>
#include <QIODevice>
#include <deque>
#include <future>
#include <variant>
#include <vector>

namespace switchboard::demodata {

class EventJsonLinesSink : public EntitySink {
public:
    // `threads` <= 0: one per core.
    explicit EventJsonLinesSink(QIODevice& device, qint64 firstSeq = 1, int threads = 0);
    ~EventJsonLinesSink() override;
    EventJsonLinesSink(const EventJsonLinesSink&) = delete;
    EventJsonLinesSink& operator=(const EventJsonLinesSink&) = delete;

    void addTag(const protocol::Tag& tag) override { add(tag); }
    void addQueue(const protocol::Queue& queue) override { add(queue); }
    void addAgent(const protocol::Agent& agent) override { add(agent); }
    void addCustomer(const protocol::Customer& customer) override { add(customer); }
    void addOrder(const protocol::Order& order) override { add(order); }
    void addConversation(const protocol::Conversation& c) override { add(c); }
    void addMessage(const protocol::Message& message) override { add(message); }
    void addFeedback(const protocol::Feedback& feedback) override { add(feedback); }

    // Renders and writes everything still pending; false if any write failed.
    bool finish();

    bool ok() const { return error_.isEmpty(); }
    QString errorString() const { return error_; }
    qint64 nextSeq() const { return nextSeq_; }

private:
    using Entity = std::variant<protocol::Tag, protocol::Queue, protocol::Agent, protocol::Customer,
                                protocol::Order, protocol::Conversation, protocol::Message,
                                protocol::Feedback>;
    struct Batch {
        qint64 firstSeq = 1;
        std::vector<Entity> entities;
    };

    template <typename T> void add(const T& entity) {
        batch_.entities.emplace_back(entity);
        ++nextSeq_;
        if (qsizetype(batch_.entities.size()) >= kBatchEntities)
            submit();
    }
    static QByteArray render(const Batch& batch);
    void submit();
    void writeOldest();

    static constexpr qsizetype kBatchEntities = 2048;

    QIODevice& device_;
    qint64 nextSeq_;
    qsizetype maxInFlight_;
    Batch batch_;
    std::deque<std::future<QByteArray>> inFlight_;
    QString error_;
};

} // namespace switchboard::demodata
