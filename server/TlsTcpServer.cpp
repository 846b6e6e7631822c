#include "server/TlsTcpServer.h"

#include "server/ServerLogging.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace switchboard::server {

using namespace Qt::StringLiterals;

TlsTcpServer::TlsTcpServer(QObject* parent)
    : QTcpServer(parent)
{
}

std::expected<void, QString> TlsTcpServer::useTls(
    const QString& certificateFile, const QString& keyFile)
{
    if (!QSslSocket::supportsSsl())
        return std::unexpected(u"TLS is not available (no TLS backend for Qt)"_s);
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly))
        return std::unexpected(
            u"cannot read %1: %2"_s.arg(certificateFile, certificate.errorString()));
    if (!key.open(QIODevice::ReadOnly))
        return std::unexpected(u"cannot read %1: %2"_s.arg(keyFile, key.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificate.readAll());
    if (chain.isEmpty())
        return std::unexpected(u"%1 holds no PEM certificate"_s.arg(certificateFile));
    const QByteArray keyPem = key.readAll();
    QSslKey privateKey(keyPem, QSsl::Rsa);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec);
    if (privateKey.isNull())
        return std::unexpected(u"%1 holds no unencrypted PEM RSA or EC key"_s.arg(keyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(privateKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls_ = configuration;
    return {};
}

void TlsTcpServer::incomingConnection(qintptr descriptor)
{
    if (!tls_) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*tls_);
    connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError>& errors) {
        qCInfo(lcHttp) << "TLS handshake with" << socket->peerAddress() << "failed:" << errors;
    });
    socket->startServerEncryption();
    addPendingConnection(socket);
}

} // namespace switchboard::server
