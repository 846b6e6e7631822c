// A member of staff as other desktops see them: role, teams, what they can handle, and
// whether they can take work now.
#pragma once

#include "protocol/DecodeError.h"
#include "protocol/Enums.h"

#include <QJsonObject>
#include <QStringList>

#include <expected>

namespace switchboard::protocol {

struct Agent {
    QString id;
    QString name;
    AgentRole role = AgentRole::Agent;
    QStringList teams;
    Presence presence = Presence::Offline;
    QStringList skills;
    QStringList languages;

    QJsonObject toJson() const;
    static std::expected<Agent, DecodeError> fromJson(const QJsonObject& json,
                                                      const QString& path = {});
    bool operator==(const Agent&) const = default;
};

} // namespace switchboard::protocol
