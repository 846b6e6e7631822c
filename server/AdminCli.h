// The command line of switchboard-server: `serve` runs the server; the other subcommands
// (user, team, queue, tag, import customers, seed-demo) change or list the data directory
// and exit. Errors go to stderr with exit code 2 (usage) or 1 (refused input); nothing is
// half-written.
#pragma once

#include "server/AdminResult.h"
#include "server/CliArguments.h"
#include "server/ServerOptions.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace switchboard::server {

class ServerStorage;

class AdminCli {
public:
    AdminCli(QTextStream& out, QTextStream& err, QTextStream& in);

    // `args` without the program name. `serve` returns when the event loop ends.
    int run(const QStringList& args);

private:
    int serve(const QStringList& args);
    AdminResult runAdmin(const QString& command, const QString& action, const QStringList& args);
    std::expected<std::unique_ptr<ServerStorage>, AdminError> openStorage(const CliArguments& args);
    std::expected<PasswordCost, AdminError> passwordCost(const CliArguments& args) const;
    int usage(const QString& problem);

    QTextStream& out_;
    QTextStream& err_;
    QTextStream& in_;
};

} // namespace switchboard::server
