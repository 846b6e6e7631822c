// switchboard-server as the fan-out target: a fresh data dir with a small demo dataset and a
// bench admin, logged in over HTTP; each client says hello and is ready at `synced`; an
// injection is an internal note on one conversation, so it goes through the whole path of a
// real change (decode, role check, durable append, broadcast).
#pragma once

#include "bench/fanout/FanoutTarget.h"
#include "bench/fanout/PortFileProcess.h"

#include <QTemporaryDir>

namespace switchboard::bench {

class SwitchboardTarget : public FanoutTarget {
public:
    explicit SwitchboardTarget(QString serverBinary);

    QString name() const override { return QStringLiteral("switchboard-server"); }
    QString start() override;
    QUrl url() const override;
    QByteArray openingFrame() const override;
    bool isReady(const QByteArray& frame) const override;
    QByteArray injection(qint64 k) const override;

private:
    QString runAdmin(const QStringList& arguments, const QByteArray& input = {});
    QString login();

    QString binary_;
    QTemporaryDir dir_;
    PortFileProcess process_;
    quint16 port_ = 0;
    QString token_;
};

} // namespace switchboard::bench
