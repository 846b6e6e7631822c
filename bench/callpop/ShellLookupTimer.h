// The baseline of the call-pop benchmark: the phone lookup the server runs for a call (E.164
// number -> customer ids, SqlitePhoneIndex::customers), typed into the `sqlite3` shell on
// the server's own file, one statement per number, timed by the shell's `.timer on`.
//
// sqlite 3.40 prints the wall time ("real") in whole milliseconds but the CPU time ("user",
// "sys") in microseconds; a lookup takes microseconds, so each statement counts as the
// larger of its wall time and its CPU time: never less than what it cost, and still
// honest when it waited for the disk.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace switchboard::bench {

class ShellLookupTimer {
public:
    explicit ShellLookupTimer(QString databasePath);

    // Milliseconds per number, in order; nullopt with error() set when the shell failed.
    std::optional<QList<double>> time(const QStringList& e164Numbers);
    const QString& error() const { return error_; }

    // The server's query for one number, as the shell is given it.
    static QString statementFor(const QString& e164);

private:
    QString databasePath_;
    QString error_;
};

} // namespace switchboard::bench
