// Where a desk keeps its local cache: one SQLite file per (server, agent, space), so two
// agents on one machine, or a training session, never share or overwrite a cache.
#pragma once

#include <QString>
#include <QUrl>

namespace switchboard::app {

class CachePath {
public:
    // <dataDir>/caches/<host>_<port>/<agentId>/<space>.sqlite, every part made safe for a
    // file name.
    static QString forDesk(
        const QString& dataDir, const QUrl& server, const QString& agentId, const QString& space);
    static QString safePart(const QString& text);
};

} // namespace switchboard::app
