#include "server/CallRouter.h"

#include "protocol/Agent.h"
#include "protocol/Queue.h"
#include "server/EntityKind.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;

CallRouter::CallRouter(ServerStorage& storage)
    : storage_(storage)
{
}

void CallRouter::callStarted(const QString& agentId)
{
    if (!agentId.isEmpty())
        ++onCall_[agentId];
}

void CallRouter::release(const QString& agentId)
{
    auto it = onCall_.find(agentId);
    if (it != onCall_.end() && --*it <= 0)
        onCall_.erase(it);
}

void CallRouter::callEnded(const QString& agentId, const QDateTime& at)
{
    if (agentId.isEmpty())
        return;
    release(agentId);
    lastCallEnded_.insert(agentId, at);
}

StoreResult<QString> CallRouter::mappedAgent(const QString& space, const QStringList& pbxUsers)
{
    for (const QString& user : pbxUsers) {
        auto mapped = storage_.cti().agentOfPbxUser(user);
        if (!mapped)
            return std::unexpected(mapped.error());
        const QString candidate = mapped->value_or(user);
        auto agent = storage_.entity(space, QString(EntityKind::Agent), candidate);
        if (!agent)
            return std::unexpected(agent.error());
        if (*agent)
            return candidate;
    }
    return QString();
}

StoreResult<QString> CallRouter::teamOfQueue(const QString& space, const QString& queue)
{
    if (queue.isEmpty())
        return QString();
    auto queues = storage_.entitiesOfKind(space, QString(EntityKind::Queue));
    if (!queues)
        return std::unexpected(queues.error());
    for (const StoredEntity& entity : *queues) {
        auto decoded = protocol::Queue::fromJson(entity.payload);
        if (decoded
            && (decoded->id == queue || decoded->name.compare(queue, Qt::CaseInsensitive) == 0))
            return decoded->team;
    }
    return QString();
}

StoreResult<QString> CallRouter::route(const QString& space, const QStringList& pbxUsers,
    const QString& queue, const QSet<QString>& connectedAgents, const QSet<QString>& excluded)
{
    auto mapped = mappedAgent(space, pbxUsers);
    if (!mapped || !mapped->isEmpty())
        return mapped;
    auto team = teamOfQueue(space, queue);
    if (!team)
        return std::unexpected(team.error());
    auto agents = storage_.entitiesOfKind(space, QString(EntityKind::Agent));
    if (!agents)
        return std::unexpected(agents.error());

    QString best;
    bool bestConnected = false;
    QDateTime bestIdleSince;
    for (const StoredEntity& entity : *agents) {
        auto agent = protocol::Agent::fromJson(entity.payload);
        if (!agent || agent->presence != protocol::Presence::Available || isOnCall(agent->id)
            || excluded.contains(agent->id))
            continue;
        if (!team->isEmpty() && !agent->teams.contains(*team))
            continue;
        const bool connected = connectedAgents.contains(agent->id);
        // Never on a call since the start counts as idle since the beginning of time.
        const QDateTime idleSince = lastCallEnded_.value(agent->id);
        const bool better = best.isEmpty() || (connected && !bestConnected)
            || (connected == bestConnected
                && (!idleSince.isValid() ? bestIdleSince.isValid()
                                         : bestIdleSince.isValid() && idleSince < bestIdleSince));
        if (better) {
            best = agent->id;
            bestConnected = connected;
            bestIdleSince = idleSince;
        }
    }
    return best;
}

} // namespace switchboard::server
