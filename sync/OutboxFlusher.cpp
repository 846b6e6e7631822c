#include "sync/OutboxFlusher.h"

#include "protocol/CommandFrame.h"
#include "store/Store.h"

namespace switchboard::sync {

OutboxFlusher::OutboxFlusher(store::Store& store)
    : store_(store)
{
}

store::StoreResult<qsizetype> OutboxFlusher::startFlushing(Send send)
{
    auto pending = store_.pending();
    if (!pending)
        return std::unexpected(pending.error());
    send_ = std::move(send);
    for (const protocol::Command& command : std::as_const(*pending))
        this->send(command);
    return pending->size();
}

void OutboxFlusher::stop()
{
    send_ = nullptr;
    sent_.clear();
}

void OutboxFlusher::sendNew(const protocol::Command& command)
{
    if (send_)
        send(command);
}

void OutboxFlusher::send(const protocol::Command& command)
{
    if (sent_.contains(command.id))
        return;
    sent_.insert(command.id, command);
    send_(protocol::CommandFrame { command }.toJson());
}

store::StoreResult<store::ChangeSet> OutboxFlusher::settle(const protocol::AckFrame& ack)
{
    sent_.remove(ack.commandId);
    // Not Store::acknowledge: after a lost ack the effect re-applied on top of later
    // events must give way to the server's state (see acknowledgeOnServerState).
    return store_.acknowledgeOnServerState(ack.commandId);
}

store::StoreResult<std::optional<OutboxFlusher::Rejected>> OutboxFlusher::settle(
    const protocol::RejectFrame& reject)
{
    Rejected rejected { { {}, reject.code, reject.reason, reject.message, reject.conflict }, {} };
    rejected.rejection.command.id = reject.commandId;
    if (auto sent = sent_.constFind(reject.commandId); sent != sent_.constEnd())
        rejected.rejection.command = *sent;
    sent_.remove(reject.commandId);
    auto rolledBack = store_.reject(reject.commandId);
    if (!rolledBack && rolledBack.error().kind == store::StoreErrorKind::NotFound)
        return std::nullopt; // answered before: the user was told then
    if (!rolledBack)
        return std::unexpected(rolledBack.error());
    rejected.changes = std::move(*rolledBack);
    return rejected;
}

} // namespace switchboard::sync
