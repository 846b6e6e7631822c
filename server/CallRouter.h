// Whom a ringing call is offered to. The PBX's users or extensions, mapped to agents by the
// admin (`cti map-user`), come first: the first one that maps to a known agent takes it (a
// user that is itself an agent id maps to itself). When the PBX names nobody known, the call
// goes to an available agent of the named queue's team (of any team when no queue is
// named) who is not on a call, preferring agents with a desktop connected, and among them
// the one idle longest since their last call ended (never: longest of all). A declined call
// is routed again by its queue alone, past everyone who declined it.
//
// The idle clock and who is on a call live in memory: after a restart everyone counts as
// idle since the start, which only reorders the next few offers.
#pragma once

#include "server/ServerStorage.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace switchboard::server {

class CallRouter {
public:
    explicit CallRouter(ServerStorage& storage);

    // The agent to offer the call to; empty when nobody can take it. `excluded` agents are
    // never picked from the queue (those who declined the call, or hold it now).
    StoreResult<QString> route(const QString& space, const QStringList& pbxUsers,
        const QString& queue, const QSet<QString>& connectedAgents,
        const QSet<QString>& excluded = {});

    // The agent the first of the PBX users maps to (or is); empty when none does.
    StoreResult<QString> mappedAgent(const QString& space, const QStringList& pbxUsers);

    void callStarted(const QString& agentId);
    void callEnded(const QString& agentId, const QDateTime& at);
    // The call rang the agent but someone else took it: free again, idle clock unchanged.
    void release(const QString& agentId);
    bool isOnCall(const QString& agentId) const { return onCall_.contains(agentId); }

private:
    // The team of the queue named by id or name; empty when none is named or known.
    StoreResult<QString> teamOfQueue(const QString& space, const QString& queue);

    ServerStorage& storage_;
    QHash<QString, QDateTime> lastCallEnded_;
    QHash<QString, int> onCall_; // agent -> calls in progress
};

} // namespace switchboard::server
