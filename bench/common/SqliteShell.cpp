#include "bench/common/SqliteShell.h"

#include <QProcess>
#include <QRegularExpression>

namespace switchboard::bench {

using namespace Qt::StringLiterals;

namespace {
constexpr int kShellTimeoutMs = 30 * 60 * 1000;
}

SqliteShell::SqliteShell(QString databasePath)
    : databasePath_(std::move(databasePath))
{
}

QString SqliteShell::literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"''"_s);
    return u'\'' + quoted + u'\'';
}

std::optional<QList<double>> SqliteShell::time(const QStringList& statements)
{
    QProcess shell;
    shell.setProgram(u"sqlite3"_s);
    shell.setArguments({u"-batch"_s, databasePath_});
    shell.start();
    if (!shell.waitForStarted()) {
        error_ = u"cannot start the sqlite3 shell: "_s + shell.errorString();
        return std::nullopt;
    }
    QByteArray script = ".timer on\n.output /dev/null\n";
    for (const QString& statement : statements)
        script += statement.toUtf8() + '\n';
    shell.write(script);
    shell.closeWriteChannel();
    if (!shell.waitForFinished(kShellTimeoutMs)) {
        error_ = u"the sqlite3 shell did not finish"_s;
        return std::nullopt;
    }
    // With .output redirected, results go to /dev/null and timings stay on stdout.
    static const QRegularExpression kRunTime(u"Run Time: real ([0-9.]+)"_s);
    QList<double> times;
    const QString output = QString::fromUtf8(shell.readAllStandardOutput());
    for (auto it = kRunTime.globalMatch(output); it.hasNext();)
        times.append(it.next().captured(1).toDouble() * 1000.0);
    if (times.size() != statements.size()) {
        error_ = u"the sqlite3 shell printed %1 timings for %2 statements: %3"_s.arg(times.size())
                     .arg(statements.size())
                     .arg(QString::fromUtf8(shell.readAllStandardError()).left(500));
        return std::nullopt;
    }
    return times;
}

} // namespace switchboard::bench
