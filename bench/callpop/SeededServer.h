// The server side of the call-pop benchmark, driven only through switchboard-server's own
// command line: a data directory seeded by `seed-demo` (kept and reused while a marker file
// says it holds the same data set), the PBX user mapped to the desk agent with `cti
// map-user`, a fresh webhook token from `cti rotate-token` for every run, and `serve` as a
// child process on a free port, killed when this object goes.
#pragma once

#include "demodata/DatasetSize.h"

#include <QProcess>
#include <QString>

#include <optional>

namespace switchboard::bench {

class SeededServer {
public:
    SeededServer(QString binary, QString dataDir);
    SeededServer(const SeededServer&) = delete;
    SeededServer& operator=(const SeededServer&) = delete;
    ~SeededServer();

    // Seeds the data set and maps `pbxUser` to `agentId`, unless a previous run did; false
    // with error() set on failure. seedSeconds() is 0 when the data was reused.
    bool prepare(const demodata::DatasetSize& size, const QString& pbxUser, const QString& agentId);
    double seedSeconds() const { return seedSeconds_; }
    // A new webhook token; the previous one stops working.
    std::optional<QString> rotateToken();
    // Starts `serve` and returns its port, or 0 with error() set.
    quint16 start();
    void stop();

    QString databasePath() const;
    const QString& error() const { return error_; }

private:
    // Runs an admin subcommand to its end; its stdout, or nullopt with error_ set.
    std::optional<QByteArray> admin(const QStringList& arguments, int timeoutMs);
    QString markerPath() const;
    QString markerText(
        const demodata::DatasetSize& size, const QString& pbxUser, const QString& agentId) const;

    QString binary_;
    QString dataDir_;
    QProcess serve_;
    double seedSeconds_ = 0;
    QString error_;
};

} // namespace switchboard::bench
