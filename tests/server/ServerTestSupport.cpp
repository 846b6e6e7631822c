#include "ServerTestSupport.h"

#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "protocol/Message.h"
#include "server/DemoSeeder.h"
#include "server/SqliteServerStorage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

namespace switchboard::server::test {

using namespace Qt::StringLiterals;
namespace EventType = protocol::EventType;

namespace {

PendingEvent eventOf(QLatin1StringView type, const QString& id, const QJsonObject& payload)
{
    return PendingEvent { QString(type), id, payload, QDateTime::currentDateTimeUtc() };
}

protocol::Conversation conversation(
    const QString& id, const QString& customer, const QString& assignee)
{
    protocol::Conversation c;
    c.id = id;
    c.customerId = customer;
    c.channel = protocol::Channel::Chat;
    c.subject = u"Fixture "_s + id;
    c.queueId = u"q-care"_s;
    c.assigneeId = assignee;
    c.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    c.updatedAt = c.createdAt;
    c.revision = 1;
    return c;
}

protocol::Customer customer(
    const QString& id, const QString& first, const QString& phone, const QString& email)
{
    protocol::Customer c;
    c.id = id;
    c.firstName = first;
    c.lastName = u"Fixture"_s;
    c.phones.append(protocol::PhoneNumber { phone, {}, u"mobile"_s });
    c.emails.append(email);
    c.company = u"Acme"_s;
    c.createdAt = QDateTime::currentDateTimeUtc().addDays(-1);
    c.updatedAt = c.createdAt;
    c.revision = 1;
    return c;
}

} // namespace

bool seedFixtures(const QString& dataDir, qint64 customers, qint64 messages)
{
    auto storage = SqliteServerStorage::open(QDir(dataDir).filePath(Server::kDatabaseFile));
    if (!storage)
        return false;
    DemoSeedOptions seed;
    seed.size.customers = customers;
    seed.size.messages = messages;
    seed.passwordCost = PasswordCost::cheaper();
    if (!DemoSeeder::seed(**storage, seed))
        return false;
    WriteBatch batch;
    batch.space = QString(protocol::kLiveSpace);
    for (const auto& c :
        { customer(kCustomerA, u"Ada"_s, u"0532 111 11 11"_s, u"ada@example.com"_s),
            customer(kCustomerB, u"Bo"_s, u"0532 222 22 22"_s, u"bo@example.com"_s) })
        batch.events.append(eventOf(EventType::CustomerUpserted, c.id, c.toJson()));
    for (const auto& c : { conversation(kUnassigned, kCustomerA, {}),
             conversation(kOfAgent1, kCustomerA, u"agent-1"_s),
             conversation(kOfAgent2, kCustomerB, u"agent-2"_s) })
        batch.events.append(eventOf(EventType::ConversationUpserted, c.id, c.toJson()));
    protocol::Message message;
    message.id = u"msg-t-b1"_s;
    message.conversationId = kOfAgent2;
    message.customerId = kCustomerB;
    message.authorId = kCustomerB;
    message.authorName = u"Bo Fixture"_s;
    message.channel = protocol::Channel::Chat;
    message.body = u"Hello?"_s;
    message.sentAt = QDateTime::currentDateTimeUtc().addSecs(-3000);
    batch.events.append(eventOf(EventType::MessageAdded, message.id, message.toJson()));
    return storage->get()->commit(batch).has_value();
}

std::unique_ptr<InProcessServer> InProcessServer::start(
    qint64 customers, qint64 messages, const std::function<void(ServerOptions&)>& adjust)
{
    auto out = std::make_unique<InProcessServer>();
    if (!out->dir.isValid() || !seedFixtures(out->dir.path(), customers, messages))
        return nullptr;
    ServerOptions options;
    options.dataDir = out->dir.path();
    options.port = 0;
    options.passwordCost = PasswordCost::cheaper();
    if (adjust)
        adjust(options);
    out->server = std::make_unique<Server>(options);
    auto port = out->server->listen();
    if (!port)
        return nullptr;
    out->port = *port;
    return out;
}

std::unique_ptr<ServerStorage> InProcessServer::openStorage() const
{
    auto storage = SqliteServerStorage::open(QDir(dir.path()).filePath(Server::kDatabaseFile));
    if (!storage)
        return nullptr;
    return std::move(*storage);
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

HttpReply httpRaw(quint16 port, const QByteArray& request, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(request);
    QByteArray received;
    (void)QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    received += socket.readAll();
    HttpReply reply;
    const qsizetype end = received.indexOf("\r\n\r\n");
    reply.head = received.left(end);
    reply.body = end >= 0 ? received.mid(end + 4) : QByteArray();
    const QList<QByteArray> status = reply.head.left(reply.head.indexOf('\r')).split(' ');
    reply.status = status.size() >= 2 ? status.at(1).toInt() : 0;
    return reply;
}

HttpReply httpGet(quint16 port, const QByteArray& path)
{
    return httpRaw(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
}

HttpReply httpPost(quint16 port, const QByteArray& path, const QByteArray& body)
{
    return httpRaw(port,
        "POST " + path
            + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
              "application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

QString login(quint16 port, const QString& username, const QString& password)
{
    const QJsonObject request { { "username"_L1, username }, { "password"_L1, password } };
    const HttpReply reply
        = httpPost(port, "/api/v1/login", QJsonDocument(request).toJson(QJsonDocument::Compact));
    return reply.status == 200 ? reply.json().value("token"_L1).toString() : QString();
}

SyncClient::SyncClient(quint16 port, QObject* parent)
    : QObject(parent)
    , port_(port)
{
    connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    connect(&socket, &QWebSocket::disconnected, this, [this] { closeCode = socket.closeCode(); });
}

bool SyncClient::open(int timeoutMs)
{
    socket.open(QUrl(u"ws://127.0.0.1:%1/sync"_s.arg(port_)));
    return QTest::qWaitFor(
        [this] { return socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

void SyncClient::send(const QJsonObject& frame)
{
    socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void SyncClient::sendText(const QString& text)
{
    socket.sendTextMessage(text);
}

void SyncClient::sendBinary(const QByteArray& data)
{
    socket.sendBinaryMessage(data);
}

std::optional<QJsonObject> SyncClient::take(int timeoutMs)
{
    if (!QTest::qWaitFor([this] { return next < frames.size(); }, timeoutMs))
        return std::nullopt;
    return frames.at(next++);
}

std::optional<QJsonObject> SyncClient::takeType(QLatin1StringView type, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (auto frame = take(int(std::max<qint64>(0, deadline.remainingTime())))) {
        if (frame->value("type"_L1).toString() == type)
            return frame;
    }
    return std::nullopt;
}

bool SyncClient::hello(const QString& token, qint64 lastSeq, const QString& space)
{
    send(QJsonObject { { "type"_L1, u"hello"_s }, { "protocol"_L1, u"1.0"_s },
        { "token"_L1, token }, { "space"_L1, space }, { "lastSeq"_L1, lastSeq } });
    return QTest::qWaitFor(
               [this] {
                   for (qsizetype i = next; i < frames.size(); ++i) {
                       const QString type = frames.at(i).value("type"_L1).toString();
                       if (type == "synced"_L1 || type == "error"_L1)
                           return true;
                   }
                   return false;
               },
               10000)
        && frames.last().value("type"_L1).toString() != "error"_L1;
}

qint64 SyncClient::join(const QString& username, qint64 lastSeq)
{
    if (socket.state() != QAbstractSocket::ConnectedState && !open())
        return -1;
    const QString token = login(port_, username);
    if (token.isEmpty() || !hello(token, lastSeq))
        return -1;
    auto synced = takeType("synced"_L1);
    return synced ? synced->value("seq"_L1).toInteger() : -1;
}

std::optional<QJsonObject> SyncClient::command(const QJsonObject& command, int timeoutMs)
{
    send(command);
    QDeadlineTimer deadline(timeoutMs);
    while (auto frame = take(int(std::max<qint64>(0, deadline.remainingTime())))) {
        const QString type = frame->value("type"_L1).toString();
        if (type == "events"_L1) {
            for (const QJsonValue& event : frame->value("events"_L1).toArray())
                events.append(event.toObject());
        } else if (type == "ack"_L1 || type == "reject"_L1 || type == "error"_L1) {
            return frame;
        }
    }
    return std::nullopt;
}

bool SyncClient::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([this] { return closeCode.has_value(); }, timeoutMs);
}

bool SyncClient::quietFor(int ms)
{
    const qsizetype before = frames.size();
    QTest::qWait(ms);
    return frames.size() == before;
}

QJsonObject commandFrame(const QString& type, const QJsonObject& payload,
    std::optional<qint64> baseRevision, const QString& id)
{
    QJsonObject command {
        { "id"_L1, id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id },
        { "type"_L1, type }, { "payload"_L1, payload }
    };
    if (baseRevision)
        command.insert("baseRevision"_L1, *baseRevision);
    return QJsonObject { { "type"_L1, u"command"_s }, { "command"_L1, command } };
}

QString serverBinary()
{
    return QStringLiteral(SWITCHBOARD_SERVER_BINARY);
}

CliRun runCli(const QStringList& args, const QByteArray& stdinText)
{
    QProcess process;
    process.start(serverBinary(), args);
    if (!process.waitForStarted())
        return {};
    process.write(stdinText);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return CliRun { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

ServerProcess::ServerProcess(QString dataDir)
    : dataDir_(std::move(dataDir))
    , portFile_(QDir(dataDir_).filePath(u"port"_s))
{
}

ServerProcess::~ServerProcess()
{
    if (process_.state() != QProcess::NotRunning) {
        process_.terminate();
        if (!process_.waitForFinished(3000))
            kill9();
    }
}

bool ServerProcess::start(int timeoutMs)
{
    QFile::remove(portFile_);
    process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process_.start(serverBinary(),
        { u"serve"_s, u"--data-dir"_s, dataDir_, u"--port"_s, u"0"_s, u"--port-file"_s, portFile_,
            u"--password-cost"_s, u"min"_s });
    if (!QTest::qWaitFor([this] { return QFile::exists(portFile_); }, timeoutMs))
        return false;
    QFile file(portFile_);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    port_ = static_cast<quint16>(file.readAll().trimmed().toUInt());
    return port_ != 0;
}

void ServerProcess::kill9()
{
    process_.kill(); // SIGKILL
    process_.waitForFinished(5000);
}

} // namespace switchboard::server::test
