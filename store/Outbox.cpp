#include "store/Outbox.h"

#include "store/CommandEffect.h"
#include "store/Repositories.h"

namespace switchboard::store {

using namespace Qt::StringLiterals;

namespace {

// The server's values of every field the pending commands touched: for each field, the
// before-image of the first command that touched it.
QJsonObject serverImage(const QList<OutboxEntry>& entries)
{
    QJsonObject image;
    for (const OutboxEntry& entry : entries) {
        for (auto it = entry.beforeImage.begin(); it != entry.beforeImage.end(); ++it) {
            if (!image.contains(it.key()))
                image.insert(it.key(), it.value());
        }
    }
    return image;
}

} // namespace

Outbox::Outbox(Repositories& repositories, CommandEffect& effect)
    : repos_(repositories)
    , effect_(effect)
{
}

StoreResult<> Outbox::enqueue(const protocol::Command& command, ChangeSet& changes)
{
    if (command.id.isNull())
        return std::unexpected(
            StoreError::of(StoreErrorKind::BadCommand, u"a command needs an id"_s));
    auto entity = CommandEffect::target(command);
    if (!entity)
        return std::unexpected(entity.error());
    auto queued = repos_.outbox.contains(command.id);
    if (!queued)
        return std::unexpected(queued.error());
    if (*queued)
        return std::unexpected(StoreError::of(
            StoreErrorKind::BadCommand,
            u"command %1 is already queued"_s.arg(command.id.toString(QUuid::WithoutBraces))));
    QJsonObject before;
    if (!entity->isNone()) {
        auto image = effect_.apply(command, changes);
        if (!image)
            return std::unexpected(image.error());
        before = std::move(*image);
    }
    auto appended = repos_.outbox.append(command, *entity, before);
    if (!appended)
        return std::unexpected(appended.error());
    return {};
}

StoreResult<> Outbox::acknowledge(const QUuid& commandId)
{
    auto removed = repos_.outbox.remove(commandId);
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

StoreResult<> Outbox::reject(const QUuid& commandId, ChangeSet& changes)
{
    auto found = repos_.outbox.find(commandId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(StoreError::of(
            StoreErrorKind::NotFound,
            u"command %1 is not pending"_s.arg(commandId.toString(QUuid::WithoutBraces))));
    const EntityRef entity = (*found)->entity;
    if (entity.isNone()) {
        auto removed = repos_.outbox.remove(commandId);
        if (!removed)
            return std::unexpected(removed.error());
        return {};
    }
    auto entries = repos_.outbox.forEntity(entity);
    if (!entries)
        return std::unexpected(entries.error());
    if (auto done = effect_.restore(entity, serverImage(*entries), changes); !done)
        return done;
    auto removed = repos_.outbox.remove(commandId);
    if (!removed)
        return std::unexpected(removed.error());
    return rebase(entity, changes);
}

StoreResult<> Outbox::rebase(const EntityRef& entity, ChangeSet& changes)
{
    auto entries = repos_.outbox.forEntity(entity);
    if (!entries)
        return std::unexpected(entries.error());
    for (const OutboxEntry& entry : *entries) {
        auto image = effect_.apply(entry.command, changes);
        // A command that no longer applies to the server's state (its customer merged
        // away, a tag that would be one too many) takes no effect here; it stays queued
        // for the server to answer. Only a failing database fails the rebase, so one
        // stale command can never block the sync.
        if (!image && image.error().kind != StoreErrorKind::NotFound
            && image.error().kind != StoreErrorKind::BadCommand)
            return std::unexpected(image.error());
        if (auto done = repos_.outbox.setBeforeImage(entry.seq, image.value_or(QJsonObject()));
            !done)
            return done;
    }
    return {};
}

StoreResult<QSet<EntityRef>> Outbox::pendingEntities()
{
    return repos_.outbox.entities();
}

} // namespace switchboard::store
