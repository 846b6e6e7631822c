#include "server/SpaceHub.h"

#include "protocol/EventsFrame.h"
#include "protocol/Frame.h"
#include "protocol/Limits.h"
#include "server/EventFrames.h"
#include "server/ServerLogging.h"
#include "server/SyncSession.h"

namespace switchboard::server {

SpaceHub::SpaceHub(ServerStorage& storage, QObject* parent)
    : QObject(parent)
    , storage_(storage)
{
    poll_.setInterval(kPollMs);
    connect(&poll_, &QTimer::timeout, this, &SpaceHub::poll);
    poll_.start();
}

void SpaceHub::join(const QString& space, SyncSession* session, qint64 seq)
{
    auto it = spaces_.find(space);
    if (it == spaces_.end())
        it = spaces_.insert(space, Space {});
    if (it->sessions.isEmpty())
        it->published = seq;
    it->sessions.insert(session);
}

void SpaceHub::leave(SyncSession* session)
{
    for (auto it = spaces_.begin(); it != spaces_.end(); ++it)
        it->sessions.remove(session);
}

qsizetype SpaceHub::sessionCount() const
{
    qsizetype count = 0;
    for (const Space& space : spaces_)
        count += space.sessions.size();
    return count;
}

void SpaceHub::publish(const QString& name, const QList<protocol::Event>& events)
{
    if (events.isEmpty())
        return;
    auto it = spaces_.find(name);
    if (it == spaces_.end())
        return; // nobody listens; a later hello catches up from the log
    if (events.first().seq > it->published + 1)
        catchUpFromLog(name, *it, events.first().seq - 1);
    deliver(*it, events);
}

void SpaceHub::catchUpFromLog(const QString& name, Space& space, qint64 uptoSeq)
{
    while (space.published < uptoSeq) {
        auto missing = storage_.events(name, space.published, uptoSeq, protocol::kMaxBatchEvents);
        if (!missing || missing->isEmpty()) {
            qCWarning(lcSync) << "cannot read events after" << space.published << "of" << name;
            return;
        }
        deliver(space, *missing);
    }
}

void SpaceHub::deliver(Space& space, const QList<protocol::Event>& events)
{
    if (events.last().seq <= space.published)
        return;
    const QString& name = events.first().space;
    // One frame made once for every session; a batch too large for one frame is split by
    // each session itself.
    const QList<QString> texts = EventFrames::texts(name, events, false);
    const QString text = texts.size() == 1 ? texts.first() : QString();
    space.published = events.last().seq;
    const QSet<SyncSession*> sessions = space.sessions; // a send may close a session
    for (SyncSession* session : sessions)
        session->deliver(events, text);
}

void SpaceHub::signal(const QString& space, const QByteArray& frameText, const SyncSession* sender)
{
    auto it = spaces_.constFind(space);
    if (it == spaces_.constEnd())
        return;
    const QString text = QString::fromUtf8(frameText);
    for (SyncSession* session : it->sessions) {
        if (session != sender)
            session->deliverSignal(text);
    }
}

qsizetype SpaceHub::sendToAgent(
    const QString& space, const QString& agentId, const QByteArray& frameText)
{
    auto it = spaces_.constFind(space);
    if (it == spaces_.constEnd() || agentId.isEmpty())
        return 0;
    const QString text = QString::fromUtf8(frameText);
    qsizetype sent = 0;
    const QSet<SyncSession*> sessions = it->sessions; // a send may close a session
    for (SyncSession* session : sessions) {
        if (session->agentId() == agentId && session->deliverSignal(text))
            ++sent;
    }
    return sent;
}

QSet<QString> SpaceHub::agentsIn(const QString& space) const
{
    QSet<QString> agents;
    auto it = spaces_.constFind(space);
    if (it == spaces_.constEnd())
        return agents;
    for (const SyncSession* session : it->sessions)
        agents.insert(session->agentId());
    return agents;
}

void SpaceHub::poll()
{
    for (auto it = spaces_.begin(); it != spaces_.end(); ++it) {
        if (it->sessions.isEmpty())
            continue;
        auto current = storage_.currentSeq(it.key());
        if (current && *current > it->published)
            catchUpFromLog(it.key(), *it, *current);
    }
}

} // namespace switchboard::server
