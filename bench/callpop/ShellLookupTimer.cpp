#include "bench/callpop/ShellLookupTimer.h"

#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

namespace switchboard::bench {

using namespace Qt::StringLiterals;

namespace {
constexpr int kShellTimeoutMs = 10 * 60 * 1000;
}

ShellLookupTimer::ShellLookupTimer(QString databasePath)
    : databasePath_(std::move(databasePath))
{
}

QString ShellLookupTimer::statementFor(const QString& e164)
{
    QString quoted = e164;
    quoted.replace(u'\'', u"''"_s);
    return u"SELECT customer_id FROM customer_phones WHERE space = 'live' AND e164 = '"_s + quoted
        + u"' ORDER BY customer_id;"_s;
}

std::optional<QList<double>> ShellLookupTimer::time(const QStringList& e164Numbers)
{
    QProcess shell;
    shell.setProgram(u"sqlite3"_s);
    // Read-only: the baseline must not touch the file the benchmark reuses.
    shell.setArguments({ u"-batch"_s, u"-readonly"_s, databasePath_ });
    shell.start();
    if (!shell.waitForStarted()) {
        error_ = u"cannot start the sqlite3 shell (scripts/setup installs it): "_s
            + shell.errorString();
        return std::nullopt;
    }
    // The first statement reads the schema; the server's connection did that long ago, so
    // it goes first and is not counted.
    QByteArray script = ".output /dev/null\nSELECT COUNT(*) FROM sqlite_schema;\n.timer on\n";
    for (const QString& number : e164Numbers)
        script += statementFor(number).toUtf8() + '\n';
    shell.write(script);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(kShellTimeoutMs)) {
        error_ = u"the sqlite3 shell did not finish"_s;
        return std::nullopt;
    }
    static const QRegularExpression kRunTime(
        u"Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"_s);
    QList<double> times;
    const QString output = QString::fromUtf8(shell.readAllStandardOutput());
    for (auto it = kRunTime.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const double real = match.captured(1).toDouble();
        const double cpu = match.captured(2).toDouble() + match.captured(3).toDouble();
        times.append(std::max(real, cpu) * 1000.0);
    }
    if (times.size() != e164Numbers.size()) {
        error_ = u"the sqlite3 shell printed %1 timings for %2 statements: %3"_s.arg(times.size())
                     .arg(e164Numbers.size())
                     .arg(QString::fromUtf8(shell.readAllStandardError()).left(500));
        return std::nullopt;
    }
    return times;
}

} // namespace switchboard::bench
