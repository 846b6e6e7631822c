#include "server/Server.h"

#include "protocol/Event.h"
#include "protocol/ProtocolVersion.h"
#include "server/CallRouter.h"
#include "server/CommandDispatcher.h"
#include "server/CtiEndpoint.h"
#include "server/CtiStorage.h"
#include "server/HttpConnection.h"
#include "server/LoginEndpoint.h"
#include "server/PasswordHasher.h"
#include "server/ServerLogging.h"
#include "server/SnoozeWaker.h"
#include "server/SpaceHub.h"
#include "server/SqliteServerStorage.h"
#include "server/SyncGateway.h"
#include "server/TokenIssuer.h"

#include <QDir>
#include <QPointer>
#include <QSaveFile>

namespace switchboard::server {

using namespace Qt::StringLiterals;

Server::Server(ServerOptions options, QObject* parent)
    : QObject(parent)
    , options_(std::move(options))
{
}

Server::~Server()
{
    tcp_.close();
    delete traffic_;
    delete gateway_; // its sessions leave the hub as they go
    delete cti_;
    delete snoozes_;
    delete hub_;
    delete login_;
}

std::expected<quint16, QString> Server::listen()
{
    if (storage_)
        return std::unexpected(u"the server is listening already"_s);
    if (!QDir().mkpath(options_.dataDir))
        return std::unexpected(u"cannot create the data directory %1"_s.arg(options_.dataDir));
    auto storage = SqliteServerStorage::open(QDir(options_.dataDir).filePath(kDatabaseFile));
    if (!storage)
        return std::unexpected(u"cannot open the storage: "_s + storage.error().message);
    storage_ = std::move(*storage);
    hasher_ = std::make_unique<PasswordHasher>(options_.passwordCost);
    tokens_ = std::make_unique<TokenIssuer>(*storage_, options_.tokenLifetime);
    hub_ = new SpaceHub(*storage_, this);
    calls_ = std::make_unique<CallRouter>(*storage_);
    commands_ = std::make_unique<CommandDispatcher>(*storage_,
        CallDesk { *calls_, [hub = hub_](const QString& space) { return hub->agentsIn(space); } });
    gateway_ = new SyncGateway(SessionServices { *storage_, *tokens_, *commands_, *hub_ }, this);
    login_ = new LoginEndpoint(*storage_, *tokens_, *hasher_, this);
    if (auto cti = startCti(); !cti)
        return std::unexpected(cti.error());
    snoozes_ = new SnoozeWaker(*storage_, *hub_, options_.snoozeWakeInterval, this);
    snoozes_->start();

    router_.add("GET"_ba, "/health"_ba,
        [this](const HttpRequest&, const HttpResponder& respond) { health(respond); });
    router_.add("POST"_ba, "/api/v1/login"_ba,
        [this](const HttpRequest& request, const HttpResponder& respond) {
            login_->handle(request, respond);
        });

    if (options_.tlsCertificateFile.isEmpty() != options_.tlsKeyFile.isEmpty())
        return std::unexpected(u"TLS needs both a certificate and a key"_s);
    if (!options_.tlsCertificateFile.isEmpty()) {
        if (auto tls = tcp_.useTls(options_.tlsCertificateFile, options_.tlsKeyFile); !tls)
            return std::unexpected(tls.error());
    }
    connect(&tcp_, &QTcpServer::newConnection, this, &Server::acceptConnections);
    if (!tcp_.listen(options_.listenAddress, options_.port))
        return std::unexpected(u"cannot listen on %1:%2: %3"_s.arg(
            options_.listenAddress.toString(), QString::number(options_.port), tcp_.errorString()));
    if (auto written = writePortFile(); !written) {
        tcp_.close();
        return std::unexpected(written.error());
    }
    qCInfo(lcServer).noquote() << u"listening on %1://%2:%3"_s.arg(
        tcp_.isTls() ? u"https"_s : u"http"_s, options_.listenAddress.toString(),
        QString::number(tcp_.serverPort()));
    return tcp_.serverPort();
}

std::expected<void, QString> Server::startDemoTraffic(const DemoTrafficOptions& options)
{
    if (!storage_)
        return std::unexpected(u"the server is not listening"_s);
    if (traffic_)
        return std::unexpected(u"the demo traffic runs already"_s);
    traffic_ = new DemoTraffic(*storage_, *commands_, *hub_, options, this);
    return traffic_->start();
}

std::expected<void, QString> Server::writePortFile() const
{
    if (options_.portFile.isEmpty())
        return {};
    // Written whole or not at all: a test polling for it never reads half a number.
    QSaveFile file(options_.portFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QByteArray::number(tcp_.serverPort()) + '\n') < 0 || !file.commit())
        return std::unexpected(
            u"cannot write the port file %1: %2"_s.arg(options_.portFile, file.errorString()));
    return {};
}

std::expected<void, QString> Server::startCti()
{
    QString region = options_.ctiRegion.toUpper();
    if (!region.isEmpty()) {
        if (!PhoneNormaliser::isKnownRegion(region))
            return std::unexpected(
                u"--cti-region %1 is not a region libphonenumber knows"_s.arg(region));
        if (auto saved = storage_->cti().saveSetting(CtiSetting::Region, region); !saved)
            return std::unexpected(u"cannot store the CTI region: "_s + saved.error().message);
    } else {
        auto stored = storage_->cti().setting(CtiSetting::Region);
        if (!stored)
            return std::unexpected(u"cannot read the CTI region: "_s + stored.error().message);
        region = stored->value_or(QString(PhoneNormaliser::kDefaultRegion));
    }
    cti_ = new CtiEndpoint(*storage_, *hub_, *calls_, PhoneNormaliser(region), this);
    qCInfo(lcServer).noquote() << u"CTI numbers are read in region "_s + region;
    return {};
}

void Server::acceptConnections()
{
    while (QTcpSocket* socket = tcp_.nextPendingConnection()) {
        auto* connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::upgradeRequested, gateway_, &SyncGateway::take);
        connect(connection, &HttpConnection::requestReceived, this,
            [this, connection](const HttpRequest& request) { route(connection, request); });
    }
}

void Server::route(HttpConnection* connection, const HttpRequest& request)
{
    QPointer<HttpConnection> target(connection);
    auto respond = [target](const HttpResponse& response) {
        if (target)
            target->respond(response);
    };
    // The CTI path ends in its token, so it cannot be one of the router's exact paths.
    if (request.path().startsWith(CtiEndpoint::kPathPrefix)) {
        if (request.method != "POST"_ba)
            respond(HttpResponse::error(
                405, u"method_not_allowed"_s, u"The CTI webhook takes POST."_s)
                        .withHeader("Allow"_ba, "POST"_ba));
        else
            cti_->handle(request, respond);
        return;
    }
    router_.dispatch(request, respond);
}

void Server::health(const HttpResponder& respond)
{
    auto probed = storage_->probe();
    auto seq = storage_->currentSeq(QString(protocol::kLiveSpace));
    if (!probed || !seq) {
        const QString why = !probed ? probed.error().message : seq.error().message;
        qCWarning(lcStorage) << "health probe failed:" << why;
        respond(HttpResponse::json(
            503, QJsonObject { { "status"_L1, u"unavailable"_s }, { "message"_L1, why } }));
        return;
    }
    // Ended calls by disposition: missed and abandoned calls are counted here.
    QJsonObject calls;
    if (auto counts = storage_->cti().dispositionCounts()) {
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            calls.insert(it.key(), it.value());
    }
    respond(HttpResponse::json(200,
        QJsonObject { { "status"_L1, u"ok"_s },
            { "protocol"_L1, protocol::ProtocolVersion::current().toString() },
            { "liveSeq"_L1, *seq }, { "sessions"_L1, hub_->sessionCount() },
            { "calls"_L1, calls } }));
}

} // namespace switchboard::server
