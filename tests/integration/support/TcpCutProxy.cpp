#include "TcpCutProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace switchboard::testing {

using namespace Qt::StringLiterals;

namespace {

// One client connection and its upstream twin; deleting it closes both. The sockets and
// the cut timer are its children.
class Link : public QObject {
public:
    Link(QTcpSocket* client, quint16 targetPort, QObject* parent)
        : QObject(parent)
        , client_(client)
        , upstream_(new QTcpSocket(this))
    {
        client_->setParent(this);
        connect(client_, &QTcpSocket::readyRead, this, [this] { forward(client_, upstream_); });
        connect(upstream_, &QTcpSocket::readyRead, this, [this] { forward(upstream_, client_); });
        connect(upstream_, &QTcpSocket::connected, this, [this] { forward(client_, upstream_); });
        connect(client_, &QTcpSocket::disconnected, this, &Link::close);
        connect(upstream_, &QTcpSocket::disconnected, this, &Link::close);
        connect(upstream_, &QTcpSocket::errorOccurred, this, &Link::close);
        upstream_->connectToHost(QHostAddress::LocalHost, targetPort);
    }

    void freeze() { frozen_ = true; }

    void cut()
    {
        client_->abort();
        upstream_->abort();
        close();
    }

private:
    void forward(QTcpSocket* from, QTcpSocket* to)
    {
        if (frozen_)
            return; // the bytes wait in `from`, forever
        if (to->state() != QAbstractSocket::ConnectedState)
            return; // kept in `from` until the upstream is connected
        to->write(from->readAll());
    }

    void close()
    {
        if (closing_)
            return;
        closing_ = true;
        // Whatever is already read is delivered before the other side is closed.
        forward(client_, upstream_);
        forward(upstream_, client_);
        client_->disconnectFromHost();
        upstream_->disconnectFromHost();
        deleteLater();
    }

    QTcpSocket* client_;
    QTcpSocket* upstream_;
    bool closing_ = false;
    bool frozen_ = false;
};

} // namespace

TcpCutProxy::TcpCutProxy(quint16 targetPort, quint32 seed, QObject* parent)
    : QObject(parent)
    , targetPort_(targetPort)
    , random_(seed)
{
    connect(&server_, &QTcpServer::newConnection, this, &TcpCutProxy::accept);
}

bool TcpCutProxy::listen()
{
    return server_.listen(QHostAddress::LocalHost, 0);
}

QUrl TcpCutProxy::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

void TcpCutProxy::accept()
{
    while (QTcpSocket* client = server_.nextPendingConnection()) {
        ++connectionCount_;
        auto* link = new Link(client, targetPort_, this);
        if (!cutting_)
            continue;
        const int after = cuts_.minMs + int(random_.bounded(cuts_.maxMs - cuts_.minMs + 1));
        QTimer::singleShot(after, link, [this, link] {
            ++cutCount_;
            link->cut();
        });
    }
}

template <typename Action> void TcpCutProxy::forEachLink(Action action)
{
    const auto children = findChildren<QObject*>(QString(), Qt::FindDirectChildrenOnly);
    for (QObject* child : children) {
        if (auto* link = dynamic_cast<Link*>(child))
            action(*link);
    }
}

void TcpCutProxy::cutAll()
{
    forEachLink([this](Link& link) {
        ++cutCount_;
        link.cut();
    });
}

void TcpCutProxy::freezeAll()
{
    forEachLink([](Link& link) { link.freeze(); });
}

} // namespace switchboard::testing
