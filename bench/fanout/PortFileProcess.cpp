#include "bench/fanout/PortFileProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

namespace switchboard::bench {

using namespace Qt::StringLiterals;

PortFileProcess::~PortFileProcess()
{
    if (process_.state() != QProcess::NotRunning) {
        process_.kill();
        process_.waitForFinished(5000);
    }
}

quint16 PortFileProcess::start(
    const QString& program, const QStringList& arguments, const QString& portFile, int timeoutMs)
{
    QFile::remove(portFile);
    process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process_.setStandardOutputFile(QProcess::nullDevice());
    process_.start(program, arguments);
    if (!process_.waitForStarted(timeoutMs)) {
        error_ = program + u": "_s + process_.errorString();
        return 0;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QFile file(portFile);
        if (file.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const uint port = file.readAll().trimmed().toUInt(&ok);
            if (ok && port > 0 && port < 65536)
                return quint16(port);
        }
        if (process_.state() == QProcess::NotRunning) {
            error_ = program + u" exited with code "_s + QString::number(process_.exitCode());
            return 0;
        }
        QThread::msleep(20);
    }
    error_ = program + u" did not write its port within "_s + QString::number(timeoutMs) + u" ms"_s;
    return 0;
}

} // namespace switchboard::bench
