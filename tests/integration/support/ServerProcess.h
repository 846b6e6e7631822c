// A real switchboard-server process for tests: its own temporary data directory, the admin
// subcommands (seed-demo, user add) run to completion, `serve` started on a free port
// (read back from --port-file), killed with SIGKILL, and started again on the SAME port
// so clients reconnect to the address they know. The server's stderr goes to server.log
// in the data directory; logTail() shows the end of it when a test fails.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <expected>
#include <memory>

namespace switchboard::testing {

class ServerProcess {
public:
    static constexpr int kStartTimeoutMs = 15'000;
    static constexpr int kCliTimeoutMs = 60'000;

    explicit ServerProcess(QString executable);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    bool isValid() const { return dir_.isValid(); }

    // The demo data set into space live, and users agent-1...agent-16 with `password`.
    std::expected<void, QString> seedDemo(
        int customers, int messages, int seed, const QString& password = QStringLiteral("demo"));
    // `user add`, the password on stdin.
    std::expected<void, QString> addUser(const QString& username, const QString& name,
        const QString& role, const QString& password, const QString& agentId = {});

    // Starts `serve` and waits until it listens: on a free port the first time, on the
    // same port afterwards.
    std::expected<void, QString> start();
    // SIGKILL, and waits until the process is gone.
    void kill();
    bool isRunning() const;

    quint16 port() const { return port_; }
    QUrl url() const; // http://127.0.0.1:port
    QString dataDir() const { return dir_.path(); }
    QString logTail(int lines = 40) const;

private:
    std::expected<QByteArray, QString> runCli(
        const QStringList& arguments, const QByteArray& input = {});
    std::expected<void, QString> startOnce();

    QString executable_;
    QTemporaryDir dir_;
    std::unique_ptr<QProcess> process_;
    quint16 port_ = 0;
};

} // namespace switchboard::testing
