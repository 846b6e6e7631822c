// Where and as whom a SyncClient syncs: the server's base URL (http:// or https://, the
// one the login went to), the bearer token from that login, and the space.
#pragma once

#include "protocol/Event.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace switchboard::sync {

struct SyncEndpoint {
    QUrl server; // http://host:port or https://host:port
    QString token;
    QString space { protocol::kLiveSpace };

    // ws://host:port/sync (wss:// for https://), per docs/protocol.md.
    QUrl syncUrl() const;
    // http://host:port/api/v1/login.
    static QUrl loginUrl(const QUrl& server);
};

} // namespace switchboard::sync

Q_DECLARE_METATYPE(switchboard::sync::SyncEndpoint)
