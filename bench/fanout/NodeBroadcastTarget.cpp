#include "bench/fanout/NodeBroadcastTarget.h"

namespace switchboard::bench {

using namespace Qt::StringLiterals;

NodeBroadcastTarget::NodeBroadcastTarget(
    QString node, QString script, const FanoutTarget& payloadSource)
    : node_(std::move(node))
    , script_(std::move(script))
    , payloads_(payloadSource)
{
}

QString NodeBroadcastTarget::start()
{
    const QString portFile = dir_.filePath(u"port"_s);
    port_ = process_.start(node_, { script_, portFile }, portFile);
    return port_ == 0 ? process_.error() : QString();
}

QUrl NodeBroadcastTarget::url() const
{
    return QUrl(u"ws://127.0.0.1:%1/"_s.arg(port_));
}

} // namespace switchboard::bench
