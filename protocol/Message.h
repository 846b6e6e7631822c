// One entry of a conversation: a customer's message, an agent's reply, an internal note
// only agents see, or a phone call with its outcome.
#pragma once

#include "protocol/DecodeError.h"
#include "protocol/Enums.h"

#include <QDateTime>
#include <QJsonObject>

#include <expected>
#include <optional>

namespace switchboard::protocol {

struct CallDetails {
    qint64 durationSeconds = 0;
    QString disposition;  // "resolved", "callback", "escalated", "wrong_number", "missed"...
    QString recordingRef; // an opaque reference into the PBX's recording store

    QJsonObject toJson() const;
    static std::expected<CallDetails, DecodeError> fromJson(const QJsonObject& json,
                                                            const QString& path = {});
    bool operator==(const CallDetails&) const = default;
};

struct Message {
    QString id;
    QString conversationId;
    QString customerId;
    MessageDirection direction = MessageDirection::Inbound;
    QString authorId;   // an agent id, or the customer id for inbound messages
    QString authorName;
    Channel channel = Channel::Email;
    QString body;
    QDateTime sentAt;
    std::optional<CallDetails> call; // set for phone calls

    QJsonObject toJson() const;
    static std::expected<Message, DecodeError> fromJson(const QJsonObject& json,
                                                        const QString& path = {});
    bool operator==(const Message&) const = default;
};

} // namespace switchboard::protocol
