#include "sync/SyncEndpoint.h"

namespace switchboard::sync {

using namespace Qt::StringLiterals;

QUrl SyncEndpoint::syncUrl() const
{
    QUrl url = server;
    url.setScheme(server.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    url.setPath(u"/sync"_s);
    return url;
}

QUrl SyncEndpoint::loginUrl(const QUrl& server)
{
    QUrl url = server;
    url.setPath(u"/api/v1/login"_s);
    return url;
}

} // namespace switchboard::sync
