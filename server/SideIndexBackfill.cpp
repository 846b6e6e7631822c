#include "server/SideIndexBackfill.h"

#include "store/Transaction.h"

namespace switchboard::server {

using store::StoreResult;

SideIndexBackfill::SideIndexBackfill(
    QLatin1StringView versionKey, qint64 version, const char* clearSql, const char* selectSql)
    : versionKey_(versionKey)
    , version_(version)
    , clearSql_(clearSql)
    , selectSql_(selectSql)
{
}

StoreResult<qint64> SideIndexBackfill::storedVersion(store::Database& db) const
{
    auto stmt
        = db.cached("SELECT COALESCE(MAX(CAST(value AS BIGINT)), 0) FROM settings WHERE key = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, QString(versionKey_));
    qint64 version = 0;
    auto read = (*stmt)->forEachRow([&](const store::Statement& row) { version = row.int64(0); });
    if (!read)
        return std::unexpected(read.error());
    return version;
}

StoreResult<> SideIndexBackfill::saveVersion(store::Database& db) const
{
    auto save = db.cached("INSERT INTO settings (key, value) VALUES (?1, ?2)"
                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!save)
        return std::unexpected(save.error());
    // As text, like every other setting.
    (*save)->bindAll(QString(versionKey_), QString::number(version_));
    return (*save)->run();
}

StoreResult<std::optional<qint64>> SideIndexBackfill::runIfStale(
    store::Database& db, const IndexRow& indexRow) const
{
    auto stored = storedVersion(db);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored >= version_)
        return std::nullopt;
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto done = db.exec(clearSql_); !done)
        return std::unexpected(done.error());
    auto select = db.prepare(selectSql_);
    if (!select)
        return std::unexpected(select.error());
    qint64 count = 0;
    StoreResult<> indexed;
    // forEachRow cannot stop early: after the first failure the remaining rows are skipped.
    auto read = select->forEachRow([&](const store::Statement& row) {
        if (!indexed)
            return;
        indexed = indexRow(row);
        if (indexed)
            ++count;
    });
    if (!read)
        return std::unexpected(read.error());
    if (!indexed)
        return std::unexpected(indexed.error());
    if (auto done = saveVersion(db); !done)
        return std::unexpected(done.error());
    if (auto done = tx->commit(); !done)
        return std::unexpected(done.error());
    return count;
}

} // namespace switchboard::server
