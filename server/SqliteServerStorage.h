// ServerStorage on one SQLite file (`server.sqlite` in the data directory), in WAL mode with
// synchronous=FULL, so a committed event survives a crash of the process or the machine
// before it is acknowledged or broadcast.
//
// The SQL is kept portable to PostgreSQL: standard types (TEXT, BIGINT), INSERT ... ON
// CONFLICT ... DO UPDATE, no SQLite-only functions. The exceptions are the connection
// pragmas (journal mode, synchronous) and PRAGMA integrity_check, which a PostgreSQL
// implementation has no need of. Times are ISO 8601 text (the wire form), so they compare
// correctly as text; a PostgreSQL schema would use TIMESTAMPTZ.
#pragma once

#include "server/ServerStorage.h"
#include "server/SqliteAccounts.h"
#include "server/SqliteCtiStorage.h"
#include "server/SqliteEventWriter.h"
#include "store/Database.h"

#include <memory>

namespace switchboard::server {

class SqliteServerStorage final : public ServerStorage {
public:
    // Opens (and creates, the first time) `path`.
    static StoreResult<std::unique_ptr<SqliteServerStorage>> open(const QString& path);

    StoreResult<QList<protocol::Event>> commit(const WriteBatch& batch) override;
    StoreResult<qint64> commitStream(
        const WriteBatch& batch, const EventProducer& produce) override;

    StoreResult<bool> spaceExists(const QString& space) override;
    StoreResult<qint64> currentSeq(const QString& space) override;
    StoreResult<QList<protocol::Event>> events(
        const QString& space, qint64 afterSeq, qint64 uptoSeq, qsizetype limit) override;
    StoreResult<QList<protocol::Event>> snapshot(
        const QString& space, qint64 afterSeq, qint64 uptoSeq, qsizetype limit) override;
    StoreResult<std::optional<QJsonObject>> entity(
        const QString& space, const QString& kind, const QString& id) override;
    StoreResult<QList<StoredEntity>> entitiesOfKind(
        const QString& space, const QString& kind) override;
    StoreResult<QList<StoredEntity>> entitiesOfCustomer(
        const QString& space, const QString& customerId) override;
    StoreResult<QList<QJsonObject>> recentOfCustomer(const QString& space,
        const QString& customerId, RecentKind kind, qsizetype limit) override;
    StoreResult<QList<DueSnooze>> dueSnoozes(const QDateTime& now, qsizetype limit) override;
    StoreResult<QHash<QString, qint64>> fieldRevisions(
        const QString& space, const QString& customerId) override;
    StoreResult<std::optional<QJsonObject>> commandAnswer(const QUuid& id) override;

    StoreResult<std::optional<UserRecord>> user(const QString& username) override;
    StoreResult<std::optional<UserRecord>> userByAgent(const QString& agentId) override;
    StoreResult<QList<UserRecord>> users() override;
    StoreResult<QStringList> teams() override;
    StoreResult<> saveToken(const QByteArray& tokenHash, const TokenRecord& token) override;
    StoreResult<std::optional<TokenRecord>> token(const QByteArray& tokenHash) override;

    CtiStorage& cti() override { return cti_; }

    StoreResult<> probe() override;
    StoreResult<QString> integrityCheck() override;

private:
    explicit SqliteServerStorage(store::Database db);

    StoreResult<QList<StoredEntity>> readEntities(store::Statement& statement);

    store::Database db_;
    SqliteAccounts accounts_;
    SqlitePhoneIndex phones_;
    SqliteRecentIndex recent_;
    SqliteSnoozeIndex snoozes_;
    SqliteCtiStorage cti_;
    SqliteEventWriter writer_;
};

} // namespace switchboard::server
