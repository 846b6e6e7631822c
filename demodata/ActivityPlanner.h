// Shares the exact number of requested messages out among customers, in conversations of
// one to eight messages (about three on average). Customers are taken in fixed groups; each
// group gets its exact share of the total (floor(end * M / N) - floor(start * M / N)), and
// within a group busier customers get more conversations. So the total is exact, a group can
// be planned without looking at any other, and nothing grows with the data set's size.
#pragma once

#include <QList>
#include <span>

namespace switchboard::demodata {

class ActivityPlanner {
public:
    static constexpr qint64 kGroupSize = 64;
    static constexpr int kMaxMessagesPerConversation = 8;

    ActivityPlanner(qint64 customers, qint64 messages, quint64 seed);

    qint64 groupCount() const;
    qint64 groupBegin(qint64 group) const { return group * kGroupSize; }
    qint64 groupEnd(qint64 group) const;

    // For each customer of the group (by position in `weights`, one weight per customer):
    // the number of messages in each of their conversations.
    QList<QList<int>> plan(qint64 group, std::span<const int> weights) const;

private:
    qint64 messagesBefore(qint64 customer) const;

    qint64 customers_;
    qint64 messages_;
    quint64 seed_;
};

} // namespace switchboard::demodata
