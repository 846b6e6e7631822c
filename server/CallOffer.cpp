#include "server/CallOffer.h"

#include "server/CallerLookup.h"
#include "server/PhoneNormaliser.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;

CallOffer::CallOffer(ServerStorage& storage)
    : storage_(storage)
{
}

protocol::CallFrame CallOffer::frameOf(const CtiCallRecord& call, QLatin1StringView event)
{
    protocol::CallFrame frame;
    frame.event = QString(event);
    frame.callId = call.callId;
    frame.direction = call.direction;
    frame.from = call.from;
    frame.to = call.to;
    frame.e164 = call.fromE164;
    frame.agentId = call.agentId;
    frame.queue = call.queue;
    frame.withheld = call.fromE164.isEmpty() && call.direction == "in"_L1
        && PhoneNormaliser().normalise(call.from).withheld;
    return frame;
}

StoreResult<protocol::CallFrame> CallOffer::offered(const QString& space, const CtiCallRecord& call)
{
    auto profiles = CallerLookup(storage_).profiles(space, call.customerIds);
    if (!profiles)
        return std::unexpected(profiles.error());
    protocol::CallFrame frame = frameOf(call, protocol::CallEvent::Offered);
    frame.matches = std::move(*profiles);
    frame.at = call.ringingSince();
    return frame;
}

StoreResult<QList<protocol::CallFrame>> CallOffer::ringingAt(
    const QString& space, const QString& agentId, const QDateTime& now)
{
    auto calls = storage_.cti().ringingCalls(agentId, now.addSecs(-kReofferWindow.count()));
    if (!calls)
        return std::unexpected(calls.error());
    QList<protocol::CallFrame> out;
    for (const CtiCallRecord& call : *calls) {
        if (!call.isRinging() || call.agentId != agentId)
            continue; // checked against the record itself, not only the index
        auto frame = offered(space, call);
        if (!frame)
            return std::unexpected(frame.error());
        out.append(std::move(*frame));
    }
    return out;
}

} // namespace switchboard::server
