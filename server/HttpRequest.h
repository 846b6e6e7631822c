// One HTTP/1.1 request as the server sees it, after HttpRequestParser checked its head.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>

namespace switchboard::server {

struct HttpRequest {
    QByteArray method;
    QByteArray target; // the path, with any query
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray& lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    QByteArray path() const;
    // A GET with "Upgrade: websocket": handed to the WebSocket server as it is.
    bool isWebSocketUpgrade() const;
};

} // namespace switchboard::server
