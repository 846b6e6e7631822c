// The baseline: bench/fanout/node/broadcast-server.mjs on node's `ws` package, sent the very
// same command frames switchboard-server gets, which it passes on to every client.
#pragma once

#include "bench/fanout/FanoutTarget.h"
#include "bench/fanout/PortFileProcess.h"

#include <QTemporaryDir>

namespace switchboard::bench {

class NodeBroadcastTarget : public FanoutTarget {
public:
    NodeBroadcastTarget(QString node, QString script, const FanoutTarget& payloadSource);

    QString name() const override { return QStringLiteral("node ws broadcast"); }
    QString start() override;
    QUrl url() const override;
    QByteArray openingFrame() const override { return {}; }
    bool isReady(const QByteArray&) const override { return true; }
    QByteArray injection(qint64 k) const override { return payloads_.injection(k); }

private:
    QString node_;
    QString script_;
    const FanoutTarget& payloads_;
    QTemporaryDir dir_;
    PortFileProcess process_;
    quint16 port_ = 0;
};

} // namespace switchboard::bench
