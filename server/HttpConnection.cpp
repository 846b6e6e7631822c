#include "server/HttpConnection.h"

#include "server/HttpRequestParser.h"
#include "server/ServerLogging.h"

#include <QTcpSocket>

namespace switchboard::server {

using namespace Qt::StringLiterals;

namespace {

// The target as it may be logged: the CTI webhook's path ends in its secret token.
QByteArray loggable(const QByteArray& target)
{
    static constexpr QByteArrayView kSecretPath { "/api/v1/cti/" };
    return target.startsWith(kSecretPath) ? kSecretPath.toByteArray() + "***" : target;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , socket_(socket)
{
    deadline_.setSingleShot(true);
    deadline_.setInterval(kDeadlineMs);
    connect(&deadline_, &QTimer::timeout, this, [this] {
        respond(HttpResponse::error(408, u"timeout"_s, u"The request did not arrive in time."_s));
    });
    connect(socket_, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(socket_, &QTcpSocket::disconnected, this, [this] {
        socket_->deleteLater();
        deleteLater();
    });
    deadline_.start();
    if (socket_->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readAvailable, Qt::QueuedConnection);
}

void HttpConnection::readAvailable()
{
    if (answered_)
        return;
    if (!request_) {
        const QByteArray peeked = socket_->peek(HttpRequestParser::kMaxHeadBytes);
        auto length = HttpRequestParser::headLength(peeked);
        if (!length) {
            respond(HttpResponse::error(
                length.error().status, length.error().code, length.error().message));
            return;
        }
        if (!*length)
            return; // the rest of the head is on its way
        auto request = HttpRequestParser::parseHead(QByteArrayView(peeked).first(**length));
        if (!request) {
            respond(HttpResponse::error(
                request.error().status, request.error().code, request.error().message));
            return;
        }
        request->peer = socket_->peerAddress();
        if (request->isWebSocketUpgrade() && request->path() == "/sync"
            && (request->header("sec-websocket-key").isEmpty()
                || request->header("sec-websocket-version") != "13")) {
            respond(HttpResponse::error(400, u"bad_upgrade"_s,
                                        u"A WebSocket upgrade needs Sec-WebSocket-Key and "
                                        "Sec-WebSocket-Version: 13."_s));
            return;
        }
        if (request->isWebSocketUpgrade() && request->path() == "/sync") {
            deadline_.stop();
            answered_ = true;
            disconnect(socket_, nullptr, this, nullptr);
            Q_EMIT upgradeRequested(socket_);
            deleteLater();
            return;
        }
        auto body = HttpRequestParser::bodyLength(*request);
        if (!body) {
            respond(
                HttpResponse::error(body.error().status, body.error().code, body.error().message));
            return;
        }
        socket_->skip(**length);
        bodyLength_ = *body;
        request_ = std::move(*request);
    }
    if (socket_->bytesAvailable() < bodyLength_)
        return;
    request_->body = socket_->read(bodyLength_);
    deadline_.stop();
    qCDebug(lcHttp) << request_->method << loggable(request_->target) << "from"
                    << request_->peer;
    Q_EMIT requestReceived(*request_);
}

void HttpConnection::respond(const HttpResponse& response)
{
    if (answered_)
        return;
    answered_ = true;
    deadline_.stop();
    if (response.status >= 400)
        qCInfo(lcHttp) << "answered" << response.status
                       << (request_ ? loggable(request_->target) : "-"_ba);
    socket_->write(response.serialize());
    socket_->disconnectFromHost();
}

} // namespace switchboard::server
