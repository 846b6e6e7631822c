#include "server/SqliteServerStorage.h"

#include "protocol/WireTime.h"
#include "server/EntityKind.h"
#include "server/ServerLogging.h"
#include "server/SqliteSchema.h"

#include <QJsonDocument>

namespace switchboard::server {

using namespace Qt::StringLiterals;
using store::Database;
using store::Statement;

namespace {

QJsonObject jsonObject(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

QDateTime timeColumn(const Statement& statement, int column)
{
    return statement.isNull(column) ? QDateTime() : protocol::fromWireTime(statement.text(column));
}

// Reads every row of a query of (seq, type, entity, payload, at) into events.
StoreResult<QList<protocol::Event>> readEvents(Statement& statement, const QString& space)
{
    QList<protocol::Event> out;
    auto read = statement.forEachRow([&](const Statement& row) {
        out.append(protocol::Event { row.int64(0), space, row.text(1), row.text(2),
            jsonObject(row.utf8(3)), timeColumn(row, 4) });
    });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

} // namespace

StoreResult<std::unique_ptr<SqliteServerStorage>> SqliteServerStorage::open(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return std::unexpected(db.error());
    // An event is durable before it is acknowledged: every commit reaches the disk.
    if (auto done = db->exec("PRAGMA synchronous=FULL"); !done)
        return std::unexpected(done.error());
    if (auto done = createServerSchema(*db); !done)
        return std::unexpected(done.error());
    qCDebug(lcStorage) << "opened" << path;
    std::unique_ptr<SqliteServerStorage> storage(new SqliteServerStorage(std::move(*db)));
    if (auto done = storage->phones_.backfillOnce(); !done)
        return std::unexpected(done.error());
    if (auto done = storage->recent_.backfillOnce(); !done)
        return std::unexpected(done.error());
    if (auto done = storage->snoozes_.backfillOnce(); !done)
        return std::unexpected(done.error());
    return storage;
}

SqliteServerStorage::SqliteServerStorage(Database db)
    : db_(std::move(db))
    , accounts_(db_)
    , phones_(db_)
    , recent_(db_)
    , snoozes_(db_)
    , cti_(db_, phones_)
    , writer_(db_, accounts_, SqliteEventWriter::Indexes { phones_, recent_, snoozes_, cti_ })
{
}

StoreResult<QList<protocol::Event>> SqliteServerStorage::commit(const WriteBatch& batch)
{
    return writer_.commit(batch);
}

StoreResult<qint64> SqliteServerStorage::commitStream(
    const WriteBatch& batch, const EventProducer& produce)
{
    return writer_.commitStream(batch, produce);
}

StoreResult<bool> SqliteServerStorage::spaceExists(const QString& space)
{
    auto seq = writer_.seqForUpdate(space);
    if (seq)
        return true;
    if (seq.error().kind == store::StoreErrorKind::NotFound)
        return false;
    return std::unexpected(seq.error());
}

StoreResult<qint64> SqliteServerStorage::currentSeq(const QString& space)
{
    return writer_.seqForUpdate(space);
}

StoreResult<QList<protocol::Event>> SqliteServerStorage::events(
    const QString& space, qint64 afterSeq, qint64 uptoSeq, qsizetype limit)
{
    auto stmt = db_.cached("SELECT seq, type, entity, payload, at FROM events"
                           " WHERE space = ?1 AND seq > ?2 AND seq <= ?3 ORDER BY seq LIMIT ?4");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(space, afterSeq, uptoSeq, qint64(limit));
    return readEvents(**stmt, space);
}

StoreResult<QList<protocol::Event>> SqliteServerStorage::snapshot(
    const QString& space, qint64 afterSeq, qint64 uptoSeq, qsizetype limit)
{
    auto stmt = db_.cached("SELECT last_seq, kind, id, payload, at FROM entities"
                           " WHERE space = ?1 AND last_seq > ?2 AND last_seq <= ?3"
                           " ORDER BY last_seq LIMIT ?4");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(space, afterSeq, uptoSeq, qint64(limit));
    auto rows = readEvents(**stmt, space);
    if (rows) {
        for (protocol::Event& event : *rows)
            event.type = EntityKind::snapshotEventType(event.type); // the column read is the kind
    }
    return rows;
}

StoreResult<std::optional<QJsonObject>> SqliteServerStorage::entity(
    const QString& space, const QString& kind, const QString& id)
{
    auto stmt
        = db_.cached("SELECT payload FROM entities WHERE space = ?1 AND kind = ?2 AND id = ?3");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(space, kind, id);
    auto row = (*stmt)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<QJsonObject> out;
    if (*row)
        out = jsonObject((*stmt)->utf8(0));
    (*stmt)->reset();
    return out;
}

StoreResult<QList<StoredEntity>> SqliteServerStorage::readEntities(Statement& statement)
{
    QList<StoredEntity> out;
    auto read = statement.forEachRow([&](const Statement& row) {
        out.append({ row.text(0), row.text(1), jsonObject(row.utf8(2)) });
    });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<QList<StoredEntity>> SqliteServerStorage::entitiesOfKind(
    const QString& space, const QString& kind)
{
    auto stmt = db_.cached("SELECT kind, id, payload FROM entities WHERE space = ?1 AND kind = ?2"
                           " ORDER BY id");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(space, kind);
    return readEntities(**stmt);
}

StoreResult<QList<StoredEntity>> SqliteServerStorage::entitiesOfCustomer(
    const QString& space, const QString& customerId)
{
    auto stmt = db_.cached("SELECT kind, id, payload FROM entities"
                           " WHERE space = ?1 AND customer_id = ?2 ORDER BY last_seq");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(space, customerId);
    return readEntities(**stmt);
}

StoreResult<QList<QJsonObject>> SqliteServerStorage::recentOfCustomer(
    const QString& space, const QString& customerId, RecentKind kind, qsizetype limit)
{
    return recent_.latest(space, customerId, kind, limit);
}

StoreResult<QList<DueSnooze>> SqliteServerStorage::dueSnoozes(const QDateTime& now, qsizetype limit)
{
    return snoozes_.due(now, limit);
}

StoreResult<QHash<QString, qint64>> SqliteServerStorage::fieldRevisions(
    const QString& space, const QString& customerId)
{
    auto stmt = db_.cached("SELECT field, revision FROM customer_field_revisions"
                           " WHERE space = ?1 AND customer_id = ?2");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(space, customerId);
    QHash<QString, qint64> out;
    auto read
        = (*stmt)->forEachRow([&](const Statement& row) { out.insert(row.text(0), row.int64(1)); });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<std::optional<QJsonObject>> SqliteServerStorage::commandAnswer(const QUuid& id)
{
    auto stmt = db_.cached("SELECT answer FROM commands WHERE id = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, id.toString(QUuid::WithoutBraces));
    auto row = (*stmt)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<QJsonObject> out;
    if (*row)
        out = jsonObject((*stmt)->utf8(0));
    (*stmt)->reset();
    return out;
}

StoreResult<std::optional<UserRecord>> SqliteServerStorage::user(const QString& username)
{
    return accounts_.user(username);
}

StoreResult<std::optional<UserRecord>> SqliteServerStorage::userByAgent(const QString& agentId)
{
    return accounts_.userByAgent(agentId);
}

StoreResult<QList<UserRecord>> SqliteServerStorage::users()
{
    return accounts_.users();
}

StoreResult<QStringList> SqliteServerStorage::teams()
{
    return accounts_.teams();
}

StoreResult<> SqliteServerStorage::saveToken(const QByteArray& tokenHash, const TokenRecord& token)
{
    return accounts_.saveToken(tokenHash, token);
}

StoreResult<std::optional<TokenRecord>> SqliteServerStorage::token(const QByteArray& tokenHash)
{
    return accounts_.token(tokenHash);
}

StoreResult<> SqliteServerStorage::probe()
{
    auto stmt = db_.cached("UPDATE health SET checked_at = ?1 WHERE id = 1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, protocol::toWireTime(QDateTime::currentDateTimeUtc()));
    return (*stmt)->run();
}

StoreResult<QString> SqliteServerStorage::integrityCheck()
{
    return db_.integrityCheck();
}

} // namespace switchboard::server
