#include "app/EmbeddedDemoServer.h"

#include "server/DemoSeeder.h"
#include "server/DemoTraffic.h"
#include "server/Server.h"
#include "server/SqliteServerStorage.h"

#include <QDir>

namespace switchboard::app {

using namespace Qt::StringLiterals;

namespace {

// Three messages a customer on average: a timeline worth scrolling, seeded in a second.
constexpr int kMessagesPerCustomer = 3;
constexpr quint64 kDemoSeed = 20261124;

std::expected<void, QString> seed(const QString& dataDir, int customers)
{
    auto storage = server::SqliteServerStorage::open(
        QDir(dataDir).filePath(QString(server::Server::kDatabaseFile)));
    if (!storage)
        return std::unexpected(storage.error().message);
    server::DemoSeedOptions options;
    options.size.customers = customers;
    options.size.messages = qint64(customers) * kMessagesPerCustomer;
    options.size.seed = kDemoSeed;
    options.password = QString(EmbeddedDemoServer::kDemoPassword);
    // The demo's accounts share a published password; hashing them at full cost would only
    // delay the first window by seconds.
    options.passwordCost = server::PasswordCost::cheaper();
    auto seeded = server::DemoSeeder::seed(**storage, options);
    if (!seeded)
        return std::unexpected(seeded.error());
    return {};
}

} // namespace

EmbeddedDemoServer::EmbeddedDemoServer(int customers, QObject* parent)
    : QObject(parent)
    , customers_(customers)
{
    thread_.setObjectName(u"demo-server"_s);
}

EmbeddedDemoServer::~EmbeddedDemoServer()
{
    thread_.quit();
    thread_.wait();
}

void EmbeddedDemoServer::start()
{
    if (!dir_.isValid()) {
        Q_EMIT failed(
            tr("Could not create a folder for the demo server: %1").arg(dir_.errorString()));
        return;
    }
    const QString dataDir = dir_.path();
    const int customers = customers_;
    thread_.start();
    // The server's objects are made on its thread, under an anchor that dies there.
    auto* anchor = new QObject;
    anchor->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, anchor, &QObject::deleteLater);
    QMetaObject::invokeMethod(anchor, [this, anchor, dataDir, customers] {
        if (auto seeded = seed(dataDir, customers); !seeded) {
            Q_EMIT failed(tr("Could not seed the demo data: %1").arg(seeded.error()));
            return;
        }
        server::ServerOptions options;
        options.dataDir = dataDir;
        options.port = 0;
        options.passwordCost = server::PasswordCost::cheaper();
        auto* server = new server::Server(options, anchor);
        auto port = server->listen();
        if (!port) {
            Q_EMIT failed(tr("The demo server could not start: %1").arg(port.error()));
            return;
        }
        server::DemoTrafficOptions traffic;
        traffic.deskAgentId = QString(kDeskAgent);
        if (auto started = server->startDemoTraffic(traffic); !started) {
            Q_EMIT failed(tr("The demo traffic could not start: %1").arg(started.error()));
            return;
        }
        Q_EMIT ready(QUrl(u"http://127.0.0.1:%1"_s.arg(*port)));
    });
}

} // namespace switchboard::app
