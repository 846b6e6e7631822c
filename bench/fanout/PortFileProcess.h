// A server child process that reports the port it chose by writing it to a file: started,
// waited for, and killed when this object goes. Both servers of the fan-out benchmark are
// run this way, so they start and stop alike.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace switchboard::bench {

class PortFileProcess {
public:
    PortFileProcess() = default;
    PortFileProcess(const PortFileProcess&) = delete;
    PortFileProcess& operator=(const PortFileProcess&) = delete;
    ~PortFileProcess();

    // Starts `program arguments` and waits up to `timeoutMs` for `portFile` to name a port.
    // Returns the port, or 0 with error() saying why.
    quint16 start(const QString& program, const QStringList& arguments, const QString& portFile,
        int timeoutMs = 15000);
    QString error() const { return error_; }

private:
    QProcess process_;
    QString error_;
};

} // namespace switchboard::bench
