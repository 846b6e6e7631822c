#include "app/EmbeddedDemoServer.h"

#include "demodata/EntityIds.h"
#include "demodata/Random.h"
#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "server/CliArguments.h"
#include "server/CtiAdmin.h"
#include "server/DemoSeeder.h"
#include "server/DemoTraffic.h"
#include "server/EntityKind.h"
#include "server/Server.h"
#include "server/SqliteServerStorage.h"

#include <QDir>

namespace switchboard::app {

using namespace Qt::StringLiterals;

namespace {

// Three messages a customer on average: a timeline worth scrolling, seeded in a second.
constexpr int kMessagesPerCustomer = 3;
constexpr quint64 kDemoSeed = 20261124;
// Customers the simulated PBX picks its known callers from.
constexpr int kKnownCallers = 40;

struct SeededDemo {
    QString ctiToken;
    QStringList callerNumbers; // E.164 numbers of seeded customers
};

// The webhook as an admin sets it up: `cti rotate-token`, then `cti map-user`.
std::expected<QString, QString> setUpCti(server::ServerStorage& storage)
{
    server::CtiAdmin cti(storage);
    auto token = cti.rotateToken();
    if (!token)
        return std::unexpected(token.error().message);
    auto args = server::CliArguments::parse(
        { u"--pbx-user"_s, QString(EmbeddedDemoServer::kDeskPbxUser), u"--agent"_s,
            QString(EmbeddedDemoServer::kDeskAgent) },
        { u"pbx-user"_s, u"agent"_s });
    if (!args)
        return std::unexpected(args.error());
    if (auto mapped = cti.mapUser(*args); !mapped)
        return std::unexpected(mapped.error().message);
    return token->trimmed();
}

// The numbers of a few seeded customers, read back from the server's data.
std::expected<QStringList, QString> callerNumbers(server::ServerStorage& storage, int customers)
{
    demodata::Random random(kDemoSeed);
    QStringList numbers;
    for (int i = 0; i < std::min(kKnownCallers, customers); ++i) {
        const QString id = demodata::EntityIds::customer(random.below(customers) + 1);
        auto stored = storage.entity(
            QString(protocol::kLiveSpace), QString(server::EntityKind::Customer), id);
        if (!stored)
            return std::unexpected(stored.error().message);
        if (!*stored)
            continue;
        auto customer = protocol::Customer::fromJson(**stored);
        if (!customer)
            continue;
        for (const protocol::PhoneNumber& phone : customer->phones) {
            if (!phone.e164.isEmpty() && !numbers.contains(phone.e164))
                numbers.append(phone.e164);
        }
    }
    return numbers;
}

std::expected<SeededDemo, QString> seed(const QString& dataDir, int customers)
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
    auto token = setUpCti(**storage);
    if (!token)
        return std::unexpected(token.error());
    auto numbers = callerNumbers(**storage, customers);
    if (!numbers)
        return std::unexpected(numbers.error());
    return SeededDemo { *token, *numbers };
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
    // The PBX stops first: no webhook may reach a server that is going.
    calls_.reset();
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
    const bool liveTraffic = liveTraffic_;
    thread_.start();
    // The server's objects are made on its thread, under an anchor that dies there.
    auto* anchor = new QObject;
    anchor->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, anchor, &QObject::deleteLater);
    QMetaObject::invokeMethod(anchor, [this, anchor, dataDir, customers, liveTraffic] {
        auto seeded = seed(dataDir, customers);
        if (!seeded) {
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
        if (liveTraffic) {
            server::DemoTrafficOptions traffic;
            traffic.deskAgentId = QString(kDeskAgent);
            if (auto started = server->startDemoTraffic(traffic); !started) {
                Q_EMIT failed(tr("The demo traffic could not start: %1").arg(started.error()));
                return;
            }
        }
        // Back on this object's thread, which the simulated PBX lives on.
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(*port));
        QMetaObject::invokeMethod(this, [this, url, seeded = *seeded] {
            startCalls(url, seeded.ctiToken, seeded.callerNumbers);
            Q_EMIT ready(url);
        });
    });
}

void EmbeddedDemoServer::startCalls(
    const QUrl& server, const QString& token, const QStringList& numbers)
{
    ctiWebhook_ = server;
    ctiWebhook_.setPath(u"/api/v1/cti/"_s + token);
    if (!callTiming_)
        return;
    DemoCallOptions options;
    options.server = server;
    options.token = token;
    options.pbxUser = QString(kDeskPbxUser);
    options.knownNumbers = numbers;
    options.timing = *callTiming_;
    options.seed = kDemoSeed;
    calls_ = std::make_unique<DemoCallSimulator>(options);
    calls_->start();
}

} // namespace switchboard::app
