// Where WebSocket upgrades of /sync go: a QWebSocketServer in non-secure mode that only
// does handshakes on sockets HttpConnection hands over (it never listens itself), and a
// SyncSession for each connection it completes.
#pragma once

#include "server/SyncSession.h"

#include <QObject>
#include <QWebSocketServer>

class QTcpSocket;

namespace switchboard::server {

class SyncGateway : public QObject {
    Q_OBJECT
public:
    SyncGateway(SessionServices services, QObject* parent = nullptr);

    void take(QTcpSocket* socket);

private:
    void acceptPending();

    SessionServices services_;
    QWebSocketServer server_;
};

} // namespace switchboard::server
