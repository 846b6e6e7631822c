// One accepted TCP connection until it is known what it is: reads the request head (peeked,
// so a WebSocket upgrade can be handed over with its bytes untouched), then either hands
// the socket to the WebSocket server or reads the body and asks for an answer. The head and
// body must arrive within kDeadlineMs; every limit is HttpRequestParser's.
#pragma once

#include "server/HttpRequest.h"
#include "server/HttpResponse.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QTcpSocket;

namespace switchboard::server {

class HttpConnection : public QObject {
    Q_OBJECT
public:
    static constexpr int kDeadlineMs = 10'000;

    explicit HttpConnection(QTcpSocket* socket, QObject* parent = nullptr);

    // Sends the answer and closes the connection; later calls do nothing.
    void respond(const HttpResponse& response);

Q_SIGNALS:
    void requestReceived(const switchboard::server::HttpRequest& request);
    // The socket now belongs to whoever takes it; this object deletes itself.
    void upgradeRequested(QTcpSocket* socket);

private:
    void readAvailable();

    QTcpSocket* socket_;
    QTimer deadline_;
    std::optional<HttpRequest> request_;
    qsizetype bodyLength_ = 0;
    bool answered_ = false;
};

} // namespace switchboard::server
