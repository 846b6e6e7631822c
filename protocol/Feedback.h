// What a customer said about an interaction: CSAT (1-5), NPS (0-10), CES (1-7), each
// optional because surveys ask different questions, and a free comment.
#pragma once

#include "protocol/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>

#include <expected>
#include <optional>

namespace switchboard::protocol {

struct Feedback {
    QString id;
    QString customerId;
    QString conversationId; // may be empty: a survey about the relationship
    std::optional<qint64> csat;
    std::optional<qint64> nps;
    std::optional<qint64> ces;
    QString comment;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static std::expected<Feedback, DecodeError> fromJson(const QJsonObject& json,
                                                         const QString& path = {});
    bool operator==(const Feedback&) const = default;
};

} // namespace switchboard::protocol
