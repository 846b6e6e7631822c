// bench/callpop: how long a caller waits to be recognised. A switchboard-server process
// holds 1M customers (seeded once by its own `seed-demo`, kept under build/); a headless desk
// (the real DeskSession: cache, sync client, CallPop, CallPopWindow) signed in as the agent
// the PBX user is mapped to holds 100k of them in its cache. Calls from numbers of
// customers (half in the desk's cache, half only on the server; written as a Turkish switch
// writes them) are POSTed to the CTI webhook one at a time, each hung up once it popped, and
// timed from just before the POST to the pop's `populated`. Beside it: the server's phone
// lookup for the same numbers typed into the `sqlite3` shell on the server's file.
#include "app/DeskSession.h"
#include "app/DialledNumber.h"
#include "bench/callpop/CallLoad.h"
#include "bench/callpop/DeskCacheSlice.h"
#include "bench/callpop/SeededServer.h"
#include "bench/callpop/ShellLookupTimer.h"
#include "bench/common/LatencyStats.h"
#include "demodata/EntityIds.h"
#include "demodata/Random.h"
#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "server/EntityKind.h"
#include "server/SqliteServerStorage.h"
#include "store/CustomerRepository.h"
#include "store/Store.h"
#include "sync/LoginClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace switchboard;
using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kAgent { "agent-1" };
constexpr QLatin1StringView kPassword { "demo" }; // seed-demo's default
constexpr QLatin1StringView kPbxUser { "201" };
constexpr int kLoginTimeoutMs = 30'000;
constexpr int kCatchUpTimeoutMs = 120'000;

struct Options {
    demodata::DatasetSize size;
    qint64 cached = 100'000;
    int calls = 200;
    QString dataDir;
};

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench callpop: %s\n", qPrintable(message));
    std::exit(1);
}

void say(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

Options parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures call pop: from the CTI webhook's POST to the desk's pop."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"customers"_s, u"Customers on the server."_s, u"n"_s, u"1000000"_s },
        { u"messages"_s, u"Messages on the server."_s, u"n"_s, u"1000000"_s },
        { u"seed"_s, u"Seed of the demo data."_s, u"n"_s, u"7"_s },
        { u"cached"_s, u"Customers in the desk's cache (the first n)."_s, u"n"_s, u"100000"_s },
        { u"calls"_s, u"Calls to time."_s, u"n"_s, u"200"_s },
        { u"data"_s, u"Folder the server's data and the desk's cache are kept in."_s, u"path"_s,
            QStringLiteral(SWITCHBOARD_CALLPOP_DATA_DIR) },
    });
    parser.process(app);
    Options options;
    bool ok = true;
    auto number = [&](const QString& name) {
        bool valid = false;
        const qint64 n = parser.value(name).toLongLong(&valid);
        ok = ok && valid && n > 0;
        return n;
    };
    options.size.customers = number(u"customers"_s);
    options.size.messages = number(u"messages"_s);
    options.size.seed = quint64(number(u"seed"_s));
    options.cached = number(u"cached"_s);
    options.calls = int(number(u"calls"_s));
    options.dataDir = QDir(parser.value(u"data"_s)).absolutePath();
    if (!ok)
        fail(u"--customers, --messages, --seed, --cached and --calls take whole numbers above 0"_s);
    if (options.cached >= options.size.customers)
        fail(u"--cached must be below --customers: half the calls come from customers the desk "
             "does not hold"_s);
    if (const QString error = options.size.validationError(); !error.isEmpty())
        fail(error);
    return options;
}

// Customers to call, read from the server's file before it serves: half among the first
// `cached` (in the desk's cache), half after; only numbers that find exactly one customer,
// so the pop must show that customer's name.
QList<bench::CallTarget> pickTargets(const QString& serverDatabase, const Options& options)
{
    auto storage = server::SqliteServerStorage::open(serverDatabase);
    if (!storage)
        fail(u"cannot open the server's file: "_s + storage.error().message);
    const QString space = QString(protocol::kLiveSpace);
    demodata::Random random(options.size.seed ^ 0xca11);
    QList<bench::CallTarget> targets;
    int attempts = 0;
    while (targets.size() < options.calls && ++attempts < options.calls * 20) {
        const bool cached = targets.size() % 2 == 0;
        const qint64 number = cached ? random.between(1, options.cached)
                                     : random.between(options.cached + 1, options.size.customers);
        auto json = (*storage)->entity(
            space, QString(server::EntityKind::Customer), demodata::EntityIds::customer(number));
        if (!json || !*json)
            continue;
        auto customer = protocol::Customer::fromJson(**json);
        if (!customer || customer->phones.isEmpty())
            continue;
        const QString e164 = customer->phones.first().e164;
        auto owners = (*storage)->cti().customersWithPhone(space, e164);
        if (e164.isEmpty() || !owners || owners->size() != 1)
            continue;
        const int style = int(targets.size() / 2) % app::DialledNumber::kStyles;
        targets.append(
            { e164, app::DialledNumber::write(e164, style), customer->displayName(), cached });
    }
    if (targets.size() < options.calls)
        fail(u"found only %1 customers with a number of their own"_s.arg(targets.size()));
    return targets;
}

// A GET, waited for in a local event loop.
QJsonObject getJson(QNetworkAccessManager& network, const QUrl& url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kLoginTimeoutMs);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

protocol::LoginReply logIn(const QUrl& server)
{
    sync::LoginClient client;
    std::optional<protocol::LoginReply> reply;
    QString problem;
    QEventLoop loop;
    QObject::connect(
        &client, &sync::LoginClient::loggedIn, &loop, [&](const protocol::LoginReply& r) {
            reply = r;
            loop.quit();
        });
    QObject::connect(
        &client, &sync::LoginClient::loginFailed, &loop, [&](const sync::LoginError& error) {
            problem = error.message;
            loop.quit();
        });
    QTimer::singleShot(kLoginTimeoutMs, &loop, &QEventLoop::quit);
    client.login(server, QString(kAgent), QString(kPassword));
    loop.exec();
    if (!reply)
        fail(u"the desk agent could not sign in: "_s + problem);
    return *reply;
}

// Until the desk's cursor reaches the server's seq: it is live, and calls reach it.
void waitUntilCaughtUp(QNetworkAccessManager& network, const QUrl& server, store::Store& cache)
{
    QUrl health = server;
    health.setPath(u"/health"_s);
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < kCatchUpTimeoutMs) {
        const qint64 liveSeq = getJson(network, health).value("liveSeq"_L1).toInteger(-1);
        const qint64 cursor = cache.cursor(QString(protocol::kLiveSpace)).value_or(0);
        if (liveSeq > 0 && cursor == liveSeq)
            return;
        QEventLoop pause;
        QTimer::singleShot(100, &pause, &QEventLoop::quit);
        pause.exec();
    }
    fail(u"the desk did not catch up with the server"_s);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

void printRow(const QString& name, const bench::LatencyStats& stats)
{
    std::printf("| %s | %lld | %s | %s | %s |\n", qPrintable(name),
        static_cast<long long>(stats.count()), qPrintable(ms(stats.percentile(50))),
        qPrintable(ms(stats.percentile(99))), qPrintable(ms(stats.max())));
}

} // namespace

// The offscreen platform says, for every pop, that it cannot raise a window or pass size
// hints on; nothing else of Qt's is dropped.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(u"This plugin does not support"_s))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int main(int argc, char** argv)
{
    qInstallMessageHandler(quietOffscreen);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The desk's own info lines (sync sessions, every call frame) would only interleave
    // with the table.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "switchboard.*.info=false");
    QApplication app(argc, argv);
    const Options options = parseOptions(app);
    const QString serverDir = QDir(options.dataDir).filePath(u"server"_s);

    bench::SeededServer server(QStringLiteral(SWITCHBOARD_SERVER_BINARY), serverDir);
    say(u"server data: %1 customers, %2 messages (seed %3) in %4"_s.arg(options.size.customers)
            .arg(options.size.messages)
            .arg(options.size.seed)
            .arg(serverDir));
    if (!server.prepare(options.size, QString(kPbxUser), QString(kAgent)))
        fail(server.error());
    say(server.seedSeconds() > 0 ? u"  seeded by `switchboard-server seed-demo` in %1 s"_s.arg(
            server.seedSeconds(), 0, 'f', 1)
                                 : u"  reused (seeded by an earlier run)"_s);

    const QString datasetKey = u"customers=%1 messages=%2 seed=%3"_s.arg(options.size.customers)
                                   .arg(options.size.messages)
                                   .arg(options.size.seed);
    bench::DeskCacheSlice slice(server.databasePath(),
        QDir(options.dataDir).filePath(u"desk-%1.sqlite"_s.arg(options.cached)));
    if (!slice.prepare(options.cached, datasetKey))
        fail(slice.error());
    say(slice.madeSeconds() > 0
            ? u"desk cache: %1 customers, made from the server's snapshot in %2 s (cursor %3)"_s
                  .arg(options.cached)
                  .arg(slice.madeSeconds(), 0, 'f', 1)
                  .arg(slice.cursor())
            : u"desk cache: %1 customers, reused (cursor %2)"_s.arg(options.cached)
                  .arg(slice.cursor()));

    const QList<bench::CallTarget> targets = pickTargets(server.databasePath(), options);
    const auto token = server.rotateToken();
    if (!token)
        fail(server.error());
    const quint16 port = server.start();
    if (port == 0)
        fail(server.error());
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(port));
    QUrl webhook = url;
    webhook.setPath(u"/api/v1/cti/"_s + *token);

    const QString runDir = QDir(options.dataDir).filePath(u"run"_s);
    const QString cachePath = QDir(runDir).filePath(u"desk.sqlite"_s);
    if (!slice.copyTo(cachePath))
        fail(slice.error());
    const protocol::LoginReply login = logIn(url);
    sync::SyncEndpoint endpoint;
    endpoint.server = url;
    endpoint.token = login.token;
    auto desk = app::DeskSession::open(
        cachePath, QDir(runDir).filePath(u"drafts.json"_s), endpoint, login.agent);
    if (!desk)
        fail(desk.error());
    (*desk)->window().show();
    QNetworkAccessManager network;
    QElapsedTimer catchUp;
    catchUp.start();
    waitUntilCaughtUp(network, url, (*desk)->workspace().store());
    say(u"desk live after %1 ms"_s.arg(catchUp.elapsed()));

    bench::CallLoad load(
        webhook, QString(kPbxUser), (*desk)->callPop(), (*desk)->callPopWindow(), targets);
    QEventLoop running;
    QObject::connect(&load, &bench::CallLoad::finished, &running, &QEventLoop::quit);
    say(u"ringing %1 calls, one at a time, %2-%3 ms apart..."_s.arg(targets.size())
            .arg(bench::CallLoad::kMinGapMs)
            .arg(bench::CallLoad::kMaxGapMs));
    load.start();
    running.exec();
    // Still the cached customers only: the desk never resynced the server's million.
    const qint64 deskCustomers = (*desk)->workspace().store().customers().count().value_or(-1);
    desk->reset();
    server.stop();

    QStringList numbers;
    for (const bench::CallTarget& target : targets)
        numbers.append(target.e164);
    bench::ShellLookupTimer shell(server.databasePath());
    const auto shellTimes = shell.time(numbers);
    if (!shellTimes)
        fail(shell.error());
    bench::LatencyStats baseline;
    for (double t : *shellTimes)
        baseline.add(t);

    std::printf("\ncall pop: %lld customers on the server, %lld in the desk's cache (%lld after "
                "the run); %s, %d cores; a shared machine, so expect noise\n\n",
        static_cast<long long>(options.size.customers), static_cast<long long>(options.cached),
        static_cast<long long>(deskCustomers), qPrintable(QSysInfo::prettyProductName()),
        QThread::idealThreadCount());
    std::printf("| | n | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
    printRow(u"switchboard POST→pop"_s, load.all());
    printRow(u"  caller in the desk's cache"_s, load.cached());
    printRow(u"  caller only on the server"_s, load.serverOnly());
    printRow(u"  POST→webhook's HTTP answer"_s, load.answered());
    printRow(u"sqlite3 shell lookup"_s, baseline);
    std::printf("\nsqlite3: the server's query (customer_phones by space and e164), one statement "
                "a number, `.timer on`, max(real, user+sys)\n");
    if (load.timeouts() > 0 || load.wrongPops() > 0 || load.failedPosts() > 0)
        std::printf("problems: %d calls did not pop within %d ms, %d popped the wrong name, %d "
                    "POSTs failed\n",
            load.timeouts(), bench::CallLoad::kCallTimeoutMs, load.wrongPops(), load.failedPosts());
    std::printf("callpop: p50_ms=%s p99_ms=%s baseline_p99_ms=%s\n",
        qPrintable(QString::number(load.all().percentile(50), 'f', 2)),
        qPrintable(QString::number(load.all().percentile(99), 'f', 2)),
        qPrintable(QString::number(baseline.percentile(99), 'f', 3)));
    std::fflush(stdout);
    return load.timeouts() > 0 || load.wrongPops() > 0 ? 1 : 0;
}
