// switchboard-server as an object: give it ServerOptions, call listen() on the thread it
// lives on, and it serves WebSocket sync at /sync and HTTP (GET /health, POST
// /api/v1/login, POST /api/v1/cti/{token}) on one port until it is destroyed; over TLS
// when the options name a certificate and key. The desktop's --demo runs one on its own
// QThread (construct, moveToThread, then invoke listen() there); the `serve` subcommand
// runs one on the main thread.
#pragma once

#include "server/DemoTraffic.h"
#include "server/HttpRouter.h"
#include "server/ServerOptions.h"
#include "server/TlsTcpServer.h"

#include <QObject>

#include <expected>
#include <memory>

namespace switchboard::server {

class CallRouter;
class CommandDispatcher;
class CtiEndpoint;
class HttpConnection;
class LoginEndpoint;
class PasswordHasher;
class ServerStorage;
class SnoozeWaker;
class SpaceHub;
class SyncGateway;
class TokenIssuer;

class Server : public QObject {
    Q_OBJECT
public:
    static constexpr QLatin1StringView kDatabaseFile { "server.sqlite" };

    explicit Server(ServerOptions options, QObject* parent = nullptr);
    ~Server() override;

    // Opens the storage in options.dataDir and starts listening; the port (the one picked
    // when options.port is 0), or why not. Writes options.portFile once listening.
    std::expected<quint16, QString> listen();
    quint16 port() const { return tcp_.serverPort(); }

    // Demo only (the desktop's --demo): simulated customers and colleagues acting on the
    // live space, through the same dispatcher and hub as any desktop. After listen().
    std::expected<void, QString> startDemoTraffic(const DemoTrafficOptions& options);

private:
    void acceptConnections();
    void route(HttpConnection* connection, const HttpRequest& request);
    void health(const HttpResponder& respond);
    std::expected<void, QString> writePortFile() const;
    std::expected<void, QString> startCti();

    ServerOptions options_;
    std::unique_ptr<ServerStorage> storage_;
    std::unique_ptr<PasswordHasher> hasher_;
    std::unique_ptr<TokenIssuer> tokens_;
    std::unique_ptr<CallRouter> calls_; // who is on a call: the webhook's and call.decline's
    std::unique_ptr<CommandDispatcher> commands_;
    SpaceHub* hub_ = nullptr;
    SnoozeWaker* snoozes_ = nullptr;
    SyncGateway* gateway_ = nullptr;
    LoginEndpoint* login_ = nullptr;
    CtiEndpoint* cti_ = nullptr;
    DemoTraffic* traffic_ = nullptr;
    HttpRouter router_;
    TlsTcpServer tcp_ { this };
};

} // namespace switchboard::server
