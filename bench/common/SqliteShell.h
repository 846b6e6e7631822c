// Runs queries through the `sqlite3` command-line shell with `.timer on` and collects the
// shell's own "Run Time: real" per statement: the baseline a benchmark prints beside ours.
#pragma once

#include "bench/common/LatencyStats.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace switchboard::bench {

class SqliteShell {
public:
    explicit SqliteShell(QString databasePath);

    // Runs every statement once (each a complete SQL statement ending in ';') and returns
    // the shell's timings in milliseconds, in order; nullopt with `error()` set when the
    // shell could not run or printed fewer timings than statements.
    std::optional<QList<double>> time(const QStringList& statements);
    const QString& error() const { return error_; }

    // An SQL string literal: single quotes doubled.
    static QString literal(const QString& text);

private:
    QString databasePath_;
    QString error_;
};

} // namespace switchboard::bench
