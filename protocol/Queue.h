// A line that conversations and calls wait in until an agent takes them, with the team
// that works it and the response time it promises.
#pragma once

#include "protocol/DecodeError.h"

#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

struct Queue {
    QString id;
    QString name;
    QString team;
    qint64 slaMinutes = 60; // first-response promise for conversations in this queue

    QJsonObject toJson() const;
    static std::expected<Queue, DecodeError> fromJson(const QJsonObject& json,
                                                      const QString& path = {});
    bool operator==(const Queue&) const = default;
};

} // namespace switchboard::protocol
