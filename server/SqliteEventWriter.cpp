#include "server/SqliteEventWriter.h"

#include "protocol/AckFrame.h"
#include "protocol/WireTime.h"
#include "server/EntityKind.h"
#include "store/Transaction.h"

#include <QJsonDocument>

namespace switchboard::server {

using namespace Qt::StringLiterals;
using store::Statement;
using store::StoreError;
using store::Transaction;
namespace EventType = protocol::EventType;

namespace {

QByteArray jsonText(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void bindTime(Statement& statement, int index, const QDateTime& time)
{
    if (time.isValid())
        statement.bind(index, protocol::toWireTime(time));
    else
        statement.bindNull(index);
}

} // namespace

SqliteEventWriter::SqliteEventWriter(
    store::Database& db, SqliteAccounts& accounts, Indexes indexes)
    : db_(db)
    , accounts_(accounts)
    , indexes_(indexes)
{
}

StoreResult<> SqliteEventWriter::reindex(
    const QString& space, const QString& kind, const QString& id, const QJsonObject& payload)
{
    if (kind == EntityKind::Customer)
        return indexes_.phones.reindex(space, id, payload);
    if (auto done = indexes_.recent.reindex(space, kind, id, payload); !done)
        return done;
    if (kind == EntityKind::Conversation)
        return indexes_.snoozes.reindex(space, id, payload);
    return {};
}

StoreResult<> SqliteEventWriter::advance(const QString& space, qint64 seq)
{
    auto update = db_.cached("UPDATE spaces SET current_seq = ?1 WHERE name = ?2");
    if (!update)
        return std::unexpected(update.error());
    (*update)->bindAll(seq, space);
    return (*update)->run();
}

StoreResult<qint64> SqliteEventWriter::seqForUpdate(const QString& space)
{
    auto stmt = db_.cached("SELECT current_seq FROM spaces WHERE name = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, space);
    auto row = (*stmt)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(
            StoreError::of(store::StoreErrorKind::NotFound, u"no space \"%1\""_s.arg(space)));
    const qint64 seq = (*stmt)->int64(0);
    (*stmt)->reset();
    return seq;
}

StoreResult<> SqliteEventWriter::append(const QString& space, qint64 seq, const PendingEvent& event)
{
    const QByteArray payload = jsonText(event.payload);
    auto insert = db_.cached("INSERT INTO events (space, seq, type, entity, payload, at)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)->bindAll(space, seq, event.type, event.entity);
    (*insert)->bindUtf8(5, payload);
    bindTime(**insert, 6, event.at);
    if (auto done = (*insert)->run(); !done)
        return done;

    const QString kind = EntityKind::storedBy(event.type);
    if (!kind.isEmpty()) {
        auto upsert = db_.cached(
            "INSERT INTO entities (space, kind, id, last_seq, customer_id, payload, at)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            " ON CONFLICT (space, kind, id) DO UPDATE SET last_seq = excluded.last_seq,"
            " customer_id = excluded.customer_id, payload = excluded.payload, at = excluded.at");
        if (!upsert)
            return std::unexpected(upsert.error());
        (*upsert)->bindAll(space, kind, event.entity, seq);
        (*upsert)->bindOptional(5, event.payload.value("customerId"_L1).toString());
        (*upsert)->bindUtf8(6, payload);
        bindTime(**upsert, 7, event.at);
        if (auto done = (*upsert)->run(); !done)
            return done;
        return reindex(space, kind, event.entity, event.payload);
    }
    if (event.type == EventType::CustomerMerged) {
        const QString mergedId = event.payload.value("mergedId"_L1).toString();
        auto forget = db_.cached(
            "DELETE FROM customer_field_revisions WHERE space = ?1 AND customer_id = ?2");
        if (!forget)
            return std::unexpected(forget.error());
        (*forget)->bindAll(space, mergedId);
        if (auto done = (*forget)->run(); !done)
            return done;
        if (auto done = indexes_.phones.remove(space, mergedId); !done)
            return done;
        return removeEntity(space, EntityKind::Customer, mergedId);
    }
    if (event.type == EventType::TagDeleted)
        return removeEntity(space, EntityKind::Tag, event.payload.value("name"_L1).toString());
    return {};
}

StoreResult<> SqliteEventWriter::removeEntity(
    const QString& space, QLatin1StringView kind, const QString& id)
{
    auto remove = db_.cached("DELETE FROM entities WHERE space = ?1 AND kind = ?2 AND id = ?3");
    if (!remove)
        return std::unexpected(remove.error());
    (*remove)->bindAll(space, QString(kind), id);
    return (*remove)->run();
}

StoreResult<> SqliteEventWriter::writeBatchRest(const WriteBatch& batch, qint64 lastSeq)
{
    for (const EntityRewrite& rewrite : batch.rewrites) {
        auto update = db_.cached("UPDATE entities SET payload = ?1, customer_id = ?2"
                                 " WHERE space = ?3 AND kind = ?4 AND id = ?5");
        if (!update)
            return std::unexpected(update.error());
        (*update)->bindUtf8(1, jsonText(rewrite.payload));
        (*update)->bindOptional(2, rewrite.payload.value("customerId"_L1).toString());
        (*update)->bind(3, batch.space);
        (*update)->bind(4, rewrite.kind);
        (*update)->bind(5, rewrite.id);
        if (auto done = (*update)->run(); !done)
            return done;
        if (auto done = reindex(batch.space, rewrite.kind, rewrite.id, rewrite.payload); !done)
            return done;
    }
    for (const FieldRevision& field : batch.fieldRevisions) {
        auto upsert = db_.cached(
            "INSERT INTO customer_field_revisions (space, customer_id, field, revision)"
            " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (space, customer_id, field)"
            " DO UPDATE SET revision = excluded.revision");
        if (!upsert)
            return std::unexpected(upsert.error());
        (*upsert)->bindAll(batch.space, field.customerId, field.field, field.revision);
        if (auto done = (*upsert)->run(); !done)
            return done;
    }
    for (const QString& team : batch.teams) {
        if (auto done = accounts_.addTeam(team); !done)
            return done;
    }
    for (const UserRecord& user : batch.newUsers) {
        if (auto done = accounts_.addUser(user); !done)
            return done;
    }
    if (batch.call) {
        if (auto done = indexes_.cti.saveCall(*batch.call); !done)
            return done;
    }
    if (batch.command) {
        const CommandRecord& command = *batch.command;
        const QJsonObject answer = command.reject
            ? *command.reject
            : protocol::AckFrame { command.id, lastSeq }.toJson();
        auto insert = db_.cached("INSERT INTO commands (id, space, agent_id, answer, created_at)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!insert)
            return std::unexpected(insert.error());
        (*insert)->bindAll(command.id.toString(QUuid::WithoutBraces), batch.space, command.agentId);
        (*insert)->bindUtf8(4, jsonText(answer));
        (*insert)->bind(5, protocol::toWireTime(QDateTime::currentDateTimeUtc()));
        if (auto done = (*insert)->run(); !done)
            return done;
    }
    return {};
}

StoreResult<QList<protocol::Event>> SqliteEventWriter::commit(const WriteBatch& batch)
{
    auto tx = Transaction::begin(db_);
    if (!tx)
        return std::unexpected(tx.error());
    auto seq = seqForUpdate(batch.space);
    if (!seq)
        return std::unexpected(seq.error());
    QList<protocol::Event> appended;
    appended.reserve(batch.events.size());
    for (const PendingEvent& event : batch.events) {
        const qint64 next = *seq + 1;
        if (auto done = append(batch.space, next, event); !done)
            return std::unexpected(done.error());
        *seq = next;
        appended.append(protocol::Event {
            next, batch.space, event.type, event.entity, event.payload, event.at });
    }
    if (auto done = advance(batch.space, *seq); !done)
        return std::unexpected(done.error());
    if (auto done = writeBatchRest(batch, appended.isEmpty() ? 0 : *seq); !done)
        return std::unexpected(done.error());
    if (auto done = tx->commit(); !done)
        return std::unexpected(done.error());
    return appended;
}

StoreResult<qint64> SqliteEventWriter::commitStream(
    const WriteBatch& batch, const ServerStorage::EventProducer& produce)
{
    auto tx = Transaction::begin(db_);
    if (!tx)
        return std::unexpected(tx.error());
    auto seq = seqForUpdate(batch.space);
    if (!seq)
        return std::unexpected(seq.error());
    const qint64 first = *seq;
    std::optional<StoreError> failure;
    auto appendOne = [&](PendingEvent&& event) {
        if (failure)
            return;
        if (auto done = append(batch.space, *seq + 1, event); !done)
            failure = done.error();
        else
            ++*seq;
    };
    for (const PendingEvent& event : batch.events)
        appendOne(PendingEvent(event));
    produce(appendOne);
    if (failure)
        return std::unexpected(*failure);
    if (auto done = advance(batch.space, *seq); !done)
        return std::unexpected(done.error());
    if (auto done = writeBatchRest(batch, *seq == first ? 0 : *seq); !done)
        return std::unexpected(done.error());
    if (auto done = tx->commit(); !done)
        return std::unexpected(done.error());
    return *seq - first;
}

} // namespace switchboard::server
