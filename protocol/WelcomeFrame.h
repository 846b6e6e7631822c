// The server's answer to a good hello: the signed-in agent and the space's current seq.
// `resync` says the server cannot continue from the client's lastSeq (the events are gone,
// or the client is ahead of this server): the client drops the space's cache and takes the
// snapshot that follows. Catch-up (or the snapshot) then arrives as events frames, ended
// by one synced frame; live events follow.
#pragma once

#include "protocol/Agent.h"
#include "protocol/DecodeError.h"
#include "protocol/ProtocolVersion.h"

#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

struct WelcomeFrame {
    ProtocolVersion protocol;
    QString space;
    Agent agent;
    qint64 currentSeq = 0;
    bool resync = false;

    QJsonObject toJson() const;
    static std::expected<WelcomeFrame, DecodeError> fromJson(const QJsonObject& json);
    bool operator==(const WelcomeFrame&) const = default;
};

} // namespace switchboard::protocol
