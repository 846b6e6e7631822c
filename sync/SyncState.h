// What the sync client is doing, as the UI shows it: offline (with N changes waiting, see
// SyncClient::pendingCount), connecting, catching up, or online and live.
#pragma once

#include <QObject>
#include <QString>

namespace switchboard::sync {
Q_NAMESPACE

enum class SyncState {
    Offline, // no session: not started, stopped, refused, or waiting to retry
    Connecting, // opening the socket and saying hello
    Syncing, // welcomed; catching up (or taking a snapshot) until `synced`
    Online, // live: events arrive as they happen, commands are sent at once
};
Q_ENUM_NS(SyncState)

// "offline", "connecting", "syncing", "online": for logs and tests, not for the UI (which
// translates its own words).
QString syncStateName(SyncState state);

} // namespace switchboard::sync
