// One line of the inbox: a conversation with what the list shows beside it (the customer's
// name, the latest message as a snippet), read in one query so a page of rows costs one
// statement.
#pragma once

#include "protocol/Enums.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace switchboard::store {

// The orders the inbox can be read in.
enum class InboxSort {
    LastUpdate, // most recently updated first
    SlaDue, // the SLA that runs out first, first; no SLA last
};

// A position in an inbox order: the sorted time (UTC ms; 0 when the row has none, which
// sorts last in both orders) and the id that breaks ties.
struct InboxKey {
    qint64 ms = 0;
    QString id;

    // true when a row with this key is listed before one with `other` in `sort`.
    bool before(const InboxKey& other, InboxSort sort = InboxSort::LastUpdate) const
    {
        if (sort == InboxSort::LastUpdate)
            return ms != other.ms ? ms > other.ms : id > other.id;
        if ((ms == 0) != (other.ms == 0))
            return other.ms == 0;
        return ms != other.ms ? ms < other.ms : id < other.id;
    }
    bool operator==(const InboxKey&) const = default;
};

struct InboxRow {
    QString id;
    QString customerId;
    QString customerName;
    protocol::Channel channel = protocol::Channel::Email;
    QString subject;
    QString snippet; // the latest message or reply, without notes; empty when none
    protocol::ConversationStatus status = protocol::ConversationStatus::Open;
    protocol::Priority priority = protocol::Priority::Normal;
    QString queueId;
    QString assigneeId;
    QStringList tags;
    QDateTime updatedAt;
    QDateTime slaDueAt;
    QDateTime snoozedUntil;

    InboxKey key(InboxSort sort = InboxSort::LastUpdate) const
    {
        const QDateTime& at = sort == InboxSort::LastUpdate ? updatedAt : slaDueAt;
        return { at.isValid() ? at.toMSecsSinceEpoch() : 0, id };
    }
    bool operator==(const InboxRow&) const = default;
};

} // namespace switchboard::store
