// One open SQLite file, configured the way the cache needs it (WAL, synchronous=NORMAL,
// foreign keys, busy timeout), with a cache of prepared statements. Not thread-safe:
// one Database per thread.
#pragma once

#include "store/Statement.h"
#include "store/StoreError.h"

#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace switchboard::store {

class Database {
public:
    static StoreResult<Database> open(const QString& path);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs one or more statements that take no parameters (schema, pragmas).
    StoreResult<> exec(const char* sql);
    // A fresh statement, owned by the caller.
    StoreResult<Statement> prepare(const char* sql);
    // A statement kept for the life of the database, reset and unbound, ready to bind.
    // The reference stays valid until the Database is destroyed.
    StoreResult<Statement*> cached(const char* sql);

    // The first column of the first row of a query that takes no parameters, as an
    // integer (COUNT(*), MAX(seq), a pragma); 0 when it returns no row.
    StoreResult<qint64> scalar(const char* sql);

    StoreResult<qint64> userVersion();
    StoreResult<> setUserVersion(qint64 version);
    // Runs PRAGMA integrity_check; "ok" when the file is sound.
    StoreResult<QString> integrityCheck();

    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    sqlite3* handle() const { return db_; }
    const QString& path() const { return path_; }

    StoreError lastError(int code) const;

private:
    Database(sqlite3* db, QString path);

    sqlite3* db_ = nullptr;
    QString path_;
    // Looked up by string_view, so finding a cached statement does not allocate: the
    // repositories fetch one per row on the bulk-sync path.
    struct SqlHash {
        using is_transparent = void;
        size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>> cache_;
    // The same statements by the address of their SQL text (nearly always a literal), so
    // the per-row lookup compares the text once instead of hashing it; a different text
    // at a reused address is told apart by that comparison and falls back to cache_.
    struct ByAddress {
        const std::string* sql = nullptr;
        Statement* statement = nullptr;
    };
    std::unordered_map<const char*, ByAddress> byAddress_;
};

} // namespace switchboard::store
