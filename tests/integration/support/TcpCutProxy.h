// A TCP proxy between sync clients and the server that cuts connections at random points:
// each connection through it is aborted on both sides after a delay drawn from a seeded
// generator, wherever the bytes happen to be (mid-frame, mid-catch-up, between a command
// and its ack). With cutting off it forwards faithfully, so a test can let things settle.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUrl>

namespace switchboard::testing {

class TcpCutProxy : public QObject {
    Q_OBJECT
public:
    struct Cuts {
        int minMs = 50; // a connection lives at least this long...
        int maxMs = 1500; // ...and at most this long
    };

    TcpCutProxy(quint16 targetPort, quint32 seed, QObject* parent = nullptr);

    bool listen(); // on 127.0.0.1, a free port
    quint16 port() const { return server_.serverPort(); }
    QUrl url() const; // http://127.0.0.1:port, for a SyncEndpoint
    void setCuts(Cuts cuts) { cuts_ = cuts; }
    // Off: connections made from now on are not cut (those already doomed still are).
    void setCutting(bool on) { cutting_ = on; }
    // Aborts every open connection now.
    void cutAll();
    // Stops forwarding on every open connection without closing it: a connection that
    // went silent (new connections are forwarded as usual).
    void freezeAll();
    int cutCount() const { return cutCount_; }
    int connectionCount() const { return connectionCount_; }

private:
    void accept();
    template <typename Action> void forEachLink(Action action);

    quint16 targetPort_;
    QTcpServer server_;
    QRandomGenerator random_;
    Cuts cuts_;
    bool cutting_ = true;
    int cutCount_ = 0;
    int connectionCount_ = 0;
};

} // namespace switchboard::testing
