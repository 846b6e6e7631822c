// One thread with a customer on one channel: who owns it, where it stands, and the
// service-level clock running on it.
#pragma once

#include "protocol/DecodeError.h"
#include "protocol/Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <expected>

namespace switchboard::protocol {

struct Conversation {
    QString id;
    QString customerId;
    Channel channel = Channel::Email;
    QString subject;
    ConversationStatus status = ConversationStatus::Open;
    Priority priority = Priority::Normal;
    QString queueId;    // empty: in no queue
    QString assigneeId; // empty: unassigned
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QDateTime slaDueAt;
    QDateTime snoozedUntil;
    qint64 revision = 0;

    QJsonObject toJson() const;
    static std::expected<Conversation, DecodeError> fromJson(const QJsonObject& json,
                                                             const QString& path = {});
    bool operator==(const Conversation&) const = default;
};

} // namespace switchboard::protocol
