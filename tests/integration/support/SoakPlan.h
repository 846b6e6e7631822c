// The commands of a soak run, made the same way by every process that takes part: command
// i of run R always has the same UUID, type and payload, so a client restarted after a
// SIGKILL makes exactly the commands it would have made, and the test knows afterwards
// what the server must hold. Notes and sent messages carry ids unique to (R, i), which
// makes "applied exactly once" countable in the server's event log; tag, status, priority
// and assignment changes pile onto the same conversations from all clients at once.
#pragma once

#include "protocol/Command.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

namespace switchboard::store {
class Store;
}

namespace switchboard::testing {

struct SoakTarget {
    QString conversationId;
    QString channel;
};

class SoakPlan {
public:
    static constexpr int kConversations = 24;

    // Targets the first conversations and agents of a synced cache, in id order: every
    // client synced from the same server picks the same ones.
    static std::expected<SoakPlan, QString> fromStore(store::Store& store, const QString& runId);

    protocol::Command command(int index) const;
    // The note's or message's id for commands that add one; empty for the others.
    QString messageIdOf(int index) const;
    static QUuid commandId(const QString& runId, int index);

private:
    QString runId_;
    QList<SoakTarget> targets_;
    QStringList agents_;
};

} // namespace switchboard::testing
