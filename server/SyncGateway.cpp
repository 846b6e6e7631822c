#include "server/SyncGateway.h"

#include "server/ServerLogging.h"

#include <QTcpSocket>

namespace switchboard::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxPendingHandshakes = 1024;

} // namespace

SyncGateway::SyncGateway(SessionServices services, QObject* parent)
    : QObject(parent)
    , services_(services)
    , server_(u"switchboard-server"_s, QWebSocketServer::NonSecureMode)
{
    server_.setMaxPendingConnections(kMaxPendingHandshakes);
    connect(&server_, &QWebSocketServer::newConnection, this, &SyncGateway::acceptPending);
}

void SyncGateway::take(QTcpSocket* socket)
{
    server_.handleConnection(socket);
}

void SyncGateway::acceptPending()
{
    while (server_.hasPendingConnections()) {
        QWebSocket* socket = server_.nextPendingConnection();
        if (socket->requestUrl().path() != "/sync"_L1) {
            qCInfo(lcSync) << "refused a WebSocket for" << socket->requestUrl().path();
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unknown path"_s);
            socket->deleteLater();
            continue;
        }
        new SyncSession(socket, services_, this);
    }
}

} // namespace switchboard::server
