// One line of a customer's timeline: a message, internal note or call (a protocol::Message)
// or a survey answer (a protocol::Feedback), with the instant it is ordered by.
#pragma once

#include "protocol/Feedback.h"
#include "protocol/Message.h"

#include <QDateTime>

namespace switchboard::models {

struct TimelineEntry {
    enum class Kind { Message, Feedback };

    Kind kind = Kind::Message;
    protocol::Message message; // when kind is Message
    protocol::Feedback feedback; // when kind is Feedback

    const QString& id() const { return kind == Kind::Message ? message.id : feedback.id; }
    const QString& conversationId() const
    {
        return kind == Kind::Message ? message.conversationId : feedback.conversationId;
    }
    const QDateTime& at() const
    {
        return kind == Kind::Message ? message.sentAt : feedback.createdAt;
    }
    // Newest first; ties broken by id so the order is stable.
    bool before(const TimelineEntry& other) const
    {
        return at() != other.at() ? at() > other.at() : id() > other.id();
    }
};

} // namespace switchboard::models
