#include "server/SnoozeWaker.h"

#include "protocol/Conversation.h"
#include "protocol/Event.h"
#include "server/EntityKind.h"
#include "server/ServerLogging.h"
#include "server/SpaceHub.h"

#include <QMap>

namespace switchboard::server {

using namespace Qt::StringLiterals;

SnoozeWaker::SnoozeWaker(
    ServerStorage& storage, SpaceHub& hub, std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
    , storage_(storage)
    , hub_(hub)
{
    timer_.setInterval(interval);
    connect(&timer_, &QTimer::timeout, this, &SnoozeWaker::tick);
}

void SnoozeWaker::start()
{
    tick(); // before anyone connects, so a session's catch-up already holds what woke
    timer_.start();
}

void SnoozeWaker::tick()
{
    auto woke = wakeDue(QDateTime::currentDateTimeUtc());
    if (!woke)
        qCWarning(lcStorage) << "cannot wake snoozed conversations:" << woke.error().message;
    else if (*woke > 0)
        qCInfo(lcSync) << "woke" << *woke << "snoozed conversations";
}

StoreResult<qint64> SnoozeWaker::wakeDue(const QDateTime& now)
{
    qint64 total = 0;
    for (;;) {
        auto due = storage_.dueSnoozes(now, kBatch);
        if (!due)
            return std::unexpected(due.error());
        QMap<QString, QStringList> bySpace;
        for (const DueSnooze& snooze : std::as_const(*due))
            bySpace[snooze.space].append(snooze.conversationId);
        qint64 woke = 0;
        for (auto it = bySpace.cbegin(); it != bySpace.cend(); ++it) {
            auto done = wake(it.key(), it.value(), now);
            if (!done)
                return std::unexpected(done.error());
            woke += *done;
        }
        total += woke;
        // A short page is the last; a page where nothing woke would only come back again.
        if (due->size() < kBatch || woke == 0)
            return total;
    }
}

StoreResult<qint64> SnoozeWaker::wake(
    const QString& space, const QStringList& ids, const QDateTime& now)
{
    WriteBatch batch;
    batch.space = space;
    for (const QString& id : ids) {
        auto stored = storage_.entity(space, QString(EntityKind::Conversation), id);
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored)
            continue;
        auto conversation = protocol::Conversation::fromJson(**stored);
        if (!conversation || conversation->status != protocol::ConversationStatus::Snoozed
            || !conversation->snoozedUntil.isValid() || conversation->snoozedUntil > now) {
            qCWarning(lcStorage) << "snooze index out of step for" << space << id;
            continue;
        }
        conversation->status = protocol::ConversationStatus::Open;
        conversation->snoozedUntil = {};
        conversation->revision += 1;
        conversation->updatedAt = now;
        batch.events.append(PendingEvent { QString(protocol::EventType::ConversationUpserted),
            conversation->id, conversation->toJson(), now });
    }
    if (batch.events.isEmpty())
        return 0;
    auto committed = storage_.commit(batch);
    if (!committed)
        return std::unexpected(committed.error());
    hub_.publish(space, *committed);
    return committed->size();
}

} // namespace switchboard::server
