// What agents type into search, made from a sample of the generated data: names as typed
// (with and without their accents), full names, companies, email addresses, phone numbers
// as people read them out, and words from message bodies. Each query contributes every
// keystroke: "ö", "öz", "özt", ...
#pragma once

#include "demodata/EntitySink.h"

#include <QStringList>

namespace switchboard::bench {

class QueryMix : public demodata::EntitySink {
public:
    // Samples about `samples` customers and half as many messages out of the totals.
    QueryMix(qint64 customers, qint64 messages, int samples);

    void addCustomer(const protocol::Customer& customer) override;
    void addMessage(const protocol::Message& message) override;

    // Every keystroke of every query, in typing order.
    QStringList keystrokes() const;
    // E.164 numbers of the sampled customers, for phone lookup.
    const QStringList& phones() const { return phones_; }

private:
    void addQuery(const QString& query);

    qint64 customerStride_;
    qint64 messageStride_;
    qint64 customersSeen_ = 0;
    qint64 messagesSeen_ = 0;
    QStringList queries_;
    QStringList phones_;
};

} // namespace switchboard::bench
