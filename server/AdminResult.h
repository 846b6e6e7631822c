// What an admin subcommand ends with: text for stdout, or an error for stderr with its exit
// code (2: the command line is wrong; 1: the input was refused; nothing was written).
#pragma once

#include <QString>

#include <expected>

namespace switchboard::server {

struct AdminError {
    static constexpr int kUsage = 2;
    static constexpr int kRefused = 1;

    int exitCode = kRefused;
    QString message;

    static AdminError usage(QString message) { return { kUsage, std::move(message) }; }
    static AdminError refused(QString message) { return { kRefused, std::move(message) }; }
};

using AdminResult = std::expected<QString, AdminError>;

} // namespace switchboard::server
