#include "ServerProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

namespace switchboard::testing {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPollMs = 20;
// A restart on the same port may find it still held for a moment by the killed process's
// last sockets; a few tries cover that.
constexpr int kStartAttempts = 5;

QString dataDirArg(const QTemporaryDir& dir)
{
    return dir.filePath(u"data"_s);
}

} // namespace

ServerProcess::ServerProcess(QString executable)
    : executable_(std::move(executable))
{
    QDir(dir_.path()).mkpath(u"data"_s);
}

ServerProcess::~ServerProcess()
{
    kill();
}

std::expected<QByteArray, QString> ServerProcess::runCli(
    const QStringList& arguments, const QByteArray& input)
{
    QProcess cli;
    cli.setProgram(executable_);
    cli.setArguments(arguments);
    cli.start();
    if (!cli.waitForStarted())
        return std::unexpected(u"cannot run %1: %2"_s.arg(executable_, cli.errorString()));
    if (!input.isEmpty())
        cli.write(input);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(kCliTimeoutMs)) {
        cli.kill();
        cli.waitForFinished();
        return std::unexpected(u"%1 timed out"_s.arg(arguments.join(u' ')));
    }
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        return std::unexpected(u"%1 failed (exit %2): %3"_s.arg(arguments.join(u' '),
            QString::number(cli.exitCode()), QString::fromUtf8(cli.readAllStandardError())));
    return cli.readAllStandardOutput();
}

std::expected<void, QString> ServerProcess::seedDemo(
    int customers, int messages, int seed, const QString& password)
{
    auto done = runCli({ u"seed-demo"_s, u"--data-dir"_s, dataDirArg(dir_), u"--customers"_s,
        QString::number(customers), u"--messages"_s, QString::number(messages), u"--seed"_s,
        QString::number(seed), u"--password"_s, password });
    if (!done)
        return std::unexpected(done.error());
    return {};
}

std::expected<void, QString> ServerProcess::addUser(const QString& username, const QString& name,
    const QString& role, const QString& password, const QString& agentId)
{
    QStringList arguments { u"user"_s, u"add"_s, u"--data-dir"_s, dataDirArg(dir_), u"--username"_s,
        username, u"--name"_s, name, u"--role"_s, role };
    if (!agentId.isEmpty())
        arguments << u"--agent-id"_s << agentId;
    auto done = runCli(arguments, password.toUtf8() + '\n');
    if (!done)
        return std::unexpected(done.error());
    return {};
}

std::expected<void, QString> ServerProcess::start()
{
    QString last;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        auto started = startOnce();
        if (started)
            return {};
        last = started.error();
        QThread::msleep(200);
    }
    return std::unexpected(last);
}

std::expected<void, QString> ServerProcess::startOnce()
{
    kill();
    const QString portFile = dir_.filePath(u"port"_s);
    QFile::remove(portFile);
    process_ = std::make_unique<QProcess>();
    process_->setProgram(executable_);
    process_->setArguments({ u"serve"_s, u"--data-dir"_s, dataDirArg(dir_), u"--listen"_s,
        u"127.0.0.1"_s, u"--port"_s, QString::number(port_), u"--port-file"_s, portFile });
    process_->setStandardOutputFile(QProcess::nullDevice());
    process_->setStandardErrorFile(dir_.filePath(u"server.log"_s), QIODevice::Append);
    process_->start();
    if (!process_->waitForStarted())
        return std::unexpected(u"cannot start %1: %2"_s.arg(executable_, process_->errorString()));
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const uint port = file.readAll().trimmed().toUInt(&ok);
            if (ok && port > 0 && port <= 65535) {
                port_ = quint16(port);
                return {};
            }
        }
        if (process_->state() == QProcess::NotRunning)
            return std::unexpected(u"the server exited while starting:\n"_s + logTail());
        QCoreApplication::processEvents();
        QThread::msleep(kPollMs);
    }
    return std::unexpected(u"the server wrote no port file in time:\n"_s + logTail());
}

void ServerProcess::kill()
{
    if (!process_)
        return;
    if (process_->state() != QProcess::NotRunning) {
        process_->kill(); // SIGKILL on Unix: no shutdown code runs
        process_->waitForFinished(5'000);
    }
    process_.reset();
}

bool ServerProcess::isRunning() const
{
    return process_ && process_->state() == QProcess::Running;
}

QUrl ServerProcess::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port_);
    return url;
}

QString ServerProcess::logTail(int lines) const
{
    QFile file(dir_.filePath(u"server.log"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

} // namespace switchboard::testing
