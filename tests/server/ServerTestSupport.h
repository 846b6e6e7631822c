// What the server tests share: a server started in-process on a temporary data directory
// with a small known data set, a WebSocket client that records every frame, a raw HTTP
// client (so malformed requests can be sent too), and the real switchboard-server process.
#pragma once

#include "server/Server.h"
#include "server/ServerStorage.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <optional>

namespace switchboard::server::test {

inline constexpr QLatin1StringView kPassword { "demo" };

// Known fixtures written on top of the demo data: conversations with known assignees
// (agent-1 and agent-4 are in Customer care, agent-2 in Technical support; agent-3 leads
// Billing and Customer care, agent-9 leads Technical support, agent-14 is a trainer,
// agent-16 an admin) and two customers to edit and merge.
inline constexpr QLatin1StringView kUnassigned { "con-t-free" };
inline constexpr QLatin1StringView kOfAgent1 { "con-t-a1" };
inline constexpr QLatin1StringView kOfAgent2 { "con-t-a2" };
inline constexpr QLatin1StringView kCustomerA { "cus-t-a" };
inline constexpr QLatin1StringView kCustomerB { "cus-t-b" };

// Seeds `dataDir` with the demo data (cheap password hashes) and the fixtures above.
bool seedFixtures(const QString& dataDir, qint64 customers = 20, qint64 messages = 60);

struct InProcessServer {
    QTemporaryDir dir;
    std::unique_ptr<Server> server;
    quint16 port = 0;

    // Seeded with seedFixtures, listening on a free port; null on failure.
    static std::unique_ptr<InProcessServer> start(qint64 customers = 20, qint64 messages = 60,
        const std::function<void(ServerOptions&)>& adjust = {});
    std::unique_ptr<ServerStorage> openStorage() const;
};

struct HttpReply {
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json() const;
    QByteArray header(const QByteArray& name) const;
};

HttpReply httpRaw(quint16 port, const QByteArray& request, int timeoutMs = 5000);
HttpReply httpGet(quint16 port, const QByteArray& path);
HttpReply httpPost(quint16 port, const QByteArray& path, const QByteArray& body);
// The token, or empty.
QString login(quint16 port, const QString& username, const QString& password = kPassword);

class SyncClient : public QObject {
    Q_OBJECT
public:
    explicit SyncClient(quint16 port, QObject* parent = nullptr);

    bool open(int timeoutMs = 5000);
    void send(const QJsonObject& frame);
    void sendText(const QString& text);
    void sendBinary(const QByteArray& data);

    // The next frame not yet taken, in arrival order.
    std::optional<QJsonObject> take(int timeoutMs = 5000);
    // Takes frames until one of `type` (returned); the skipped ones are dropped.
    std::optional<QJsonObject> takeType(QLatin1StringView type, int timeoutMs = 5000);
    // hello; true when welcome ... synced arrived. The frames in between stay untaken.
    bool hello(
        const QString& token, qint64 lastSeq = 0, const QString& space = QStringLiteral("live"));
    // hello as the user, then reads up to synced; returns synced.seq (or -1).
    qint64 join(const QString& username, qint64 lastSeq = 0);
    // Sends a command and returns its ack or reject (events before it are kept in `events`).
    std::optional<QJsonObject> command(const QJsonObject& command, int timeoutMs = 5000);
    bool waitClosed(int timeoutMs = 5000);
    // true when nothing arrives within `ms`.
    bool quietFor(int ms);

    QWebSocket socket;
    QList<QJsonObject> frames;
    qsizetype next = 0;
    QList<QJsonObject> events; // events seen by command(), in order
    std::optional<QWebSocketProtocol::CloseCode> closeCode;

private:
    quint16 port_;
};

QJsonObject commandFrame(const QString& type, const QJsonObject& payload,
    std::optional<qint64> baseRevision = std::nullopt, const QString& id = {});

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The real switchboard-server binary.
QString serverBinary();
CliRun runCli(const QStringList& args, const QByteArray& stdinText = {});

class ServerProcess {
public:
    explicit ServerProcess(QString dataDir);
    ~ServerProcess();
    bool start(int timeoutMs = 10000);
    void kill9();
    quint16 port() const { return port_; }

private:
    QString dataDir_;
    QString portFile_;
    QProcess process_;
    quint16 port_ = 0;
};

} // namespace switchboard::server::test
