// The sessions of each space, and what reaches them: committed events in seq order with no
// gap (events another process appended, such as an admin command, are read back from the
// log first, and polled for once a second), and signals to every session but the sender's.
#pragma once

#include "protocol/Event.h"
#include "server/ServerStorage.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace switchboard::server {

class SyncSession;

class SpaceHub : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMs = 1000;

    explicit SpaceHub(ServerStorage& storage, QObject* parent = nullptr);

    // From now on the session gets every event of the space published after `seq`.
    void join(const QString& space, SyncSession* session, qint64 seq);
    void leave(SyncSession* session);
    // Sends committed events (in seq order) to the space's sessions.
    void publish(const QString& space, const QList<protocol::Event>& events);
    void signal(const QString& space, const QByteArray& frameText, const SyncSession* sender);
    // A frame for one agent only (a `call` frame), to every live session they have in the
    // space; how many sessions it went to.
    qsizetype sendToAgent(
        const QString& space, const QString& agentId, const QByteArray& frameText);
    // The agents with at least one session in the space.
    QSet<QString> agentsIn(const QString& space) const;
    qsizetype sessionCount() const;

private:
    struct Space {
        QSet<SyncSession*> sessions;
        qint64 published = 0;
    };
    // Delivers what the log holds in (space.published, uptoSeq].
    void catchUpFromLog(const QString& name, Space& space, qint64 uptoSeq);
    void deliver(Space& space, const QList<protocol::Event>& events);
    void poll();

    ServerStorage& storage_;
    QHash<QString, Space> spaces_;
    QTimer poll_;
};

} // namespace switchboard::server
