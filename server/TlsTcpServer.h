// The listening socket: plain TCP, or TLS when given a certificate and key (QSslServer is
// not in Qt 6.4). Each accepted connection is then a QSslSocket that starts the server
// handshake at once; HttpConnection, the WebSocket handshake and the sessions read and
// write it as any QTcpSocket and see only plain text.
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <expected>
#include <optional>

namespace switchboard::server {

class TlsTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit TlsTcpServer(QObject* parent = nullptr);

    // Loads a PEM certificate (chain) and its PEM private key (RSA or EC).
    std::expected<void, QString> useTls(const QString& certificateFile, const QString& keyFile);
    bool isTls() const { return tls_.has_value(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::optional<QSslConfiguration> tls_;
};

} // namespace switchboard::server
