#include "bench/callpop/SeededServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QThread>

namespace switchboard::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int kSeedTimeoutMs = 60 * 60 * 1000;
constexpr int kAdminTimeoutMs = 60 * 1000;
constexpr int kStartTimeoutMs = 60 * 1000;
constexpr QLatin1StringView kPortFile { "serve.port" };

} // namespace

SeededServer::SeededServer(QString binary, QString dataDir)
    : binary_(std::move(binary))
    , dataDir_(std::move(dataDir))
{
}

SeededServer::~SeededServer()
{
    stop();
}

QString SeededServer::databasePath() const
{
    return QDir(dataDir_).filePath(u"server.sqlite"_s);
}

QString SeededServer::markerPath() const
{
    return QDir(dataDir_).filePath(u"seeded.txt"_s);
}

QString SeededServer::markerText(
    const demodata::DatasetSize& size, const QString& pbxUser, const QString& agentId) const
{
    return u"customers=%1 messages=%2 seed=%3 pbx-user=%4 agent=%5\n"_s.arg(size.customers)
        .arg(size.messages)
        .arg(size.seed)
        .arg(pbxUser, agentId);
}

std::optional<QByteArray> SeededServer::admin(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(binary_, arguments + QStringList { u"--data-dir"_s, dataDir_ });
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        error_ = u"switchboard-server %1: %2"_s.arg(arguments.join(u' '), process.errorString());
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        error_ = u"switchboard-server %1 exited with code %2"_s.arg(arguments.join(u' '))
                     .arg(process.exitCode());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

bool SeededServer::prepare(
    const demodata::DatasetSize& size, const QString& pbxUser, const QString& agentId)
{
    const QString wanted = markerText(size, pbxUser, agentId);
    QFile marker(markerPath());
    if (marker.open(QIODevice::ReadOnly) && QString::fromUtf8(marker.readAll()) == wanted
        && QFile::exists(databasePath())) {
        seedSeconds_ = 0;
        return true;
    }
    marker.close();
    // Another data set, or a seeding cut short: start from nothing.
    QDir(dataDir_).removeRecursively();
    if (!QDir().mkpath(dataDir_)) {
        error_ = u"cannot create "_s + dataDir_;
        return false;
    }
    QElapsedTimer seeding;
    seeding.start();
    if (!admin({ u"seed-demo"_s, u"--customers"_s, QString::number(size.customers), u"--messages"_s,
                   QString::number(size.messages), u"--seed"_s, QString::number(size.seed),
                   u"--password-cost"_s, u"min"_s },
            kSeedTimeoutMs))
        return false;
    seedSeconds_ = double(seeding.elapsed()) / 1000.0;
    if (!admin({ u"cti"_s, u"map-user"_s, u"--pbx-user"_s, pbxUser, u"--agent"_s, agentId },
            kAdminTimeoutMs))
        return false;
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || marker.write(wanted.toUtf8()) < 0) {
        error_ = u"cannot write "_s + markerPath();
        return false;
    }
    return true;
}

std::optional<QString> SeededServer::rotateToken()
{
    auto out = admin({ u"cti"_s, u"rotate-token"_s }, kAdminTimeoutMs);
    if (!out)
        return std::nullopt;
    const QString token = QString::fromUtf8(*out).trimmed();
    if (token.isEmpty()) {
        error_ = u"cti rotate-token printed no token"_s;
        return std::nullopt;
    }
    return token;
}

quint16 SeededServer::start()
{
    const QString portFile = QDir(dataDir_).filePath(kPortFile);
    QFile::remove(portFile);
    // Warnings only: a line per request would be measured along with the calls.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"switchboard.*.info=false"_s);
    serve_.setProcessEnvironment(environment);
    serve_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    serve_.setStandardOutputFile(QProcess::nullDevice());
    serve_.start(binary_,
        { u"serve"_s, u"--data-dir"_s, dataDir_, u"--port"_s, u"0"_s, u"--port-file"_s, portFile,
            u"--password-cost"_s, u"min"_s });
    if (!serve_.waitForStarted()) {
        error_ = u"switchboard-server serve: "_s + serve_.errorString();
        return 0;
    }
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const uint port = file.readAll().trimmed().toUInt(&ok);
            if (ok && port > 0 && port < 65536)
                return quint16(port);
        }
        if (serve_.state() == QProcess::NotRunning) {
            error_ = u"switchboard-server serve exited with code %1"_s.arg(serve_.exitCode());
            return 0;
        }
        QThread::msleep(20);
    }
    error_ = u"switchboard-server serve wrote no port within %1 s"_s.arg(kStartTimeoutMs / 1000);
    return 0;
}

void SeededServer::stop()
{
    if (serve_.state() == QProcess::NotRunning)
        return;
    serve_.terminate();
    if (!serve_.waitForFinished(10000)) {
        serve_.kill();
        serve_.waitForFinished(5000);
    }
}

} // namespace switchboard::bench
