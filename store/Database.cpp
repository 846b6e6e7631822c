#include "store/Database.h"

#include <QStringList>

#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace switchboard::store {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// cache_size: 32 MiB of page cache instead of SQLite's 2 MiB keeps the indexes' inner
// pages in memory while a sync writes a million rows (twice the rate measured with the
// default), and stays well inside the desktop's memory budget.
constexpr const char* kConnectionPragmas = "PRAGMA journal_mode=WAL;"
                                           "PRAGMA synchronous=NORMAL;"
                                           "PRAGMA foreign_keys=ON;"
                                           "PRAGMA temp_store=MEMORY;"
                                           "PRAGMA cache_size=-32768;";

} // namespace

StoreResult<Database> Database::open(const QString& path)
{
    sqlite3* db = nullptr;
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                       | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        StoreError error{rc, QStringLiteral("cannot open %1: %2")
                                 .arg(path, QString::fromUtf8(sqlite3_errstr(rc)))};
        sqlite3_close_v2(db);
        return std::unexpected(std::move(error));
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    Database database(db, path);
    if (auto configured = database.exec(kConnectionPragmas); !configured)
        return std::unexpected(configured.error());
    return database;
}

Database::Database(sqlite3* db, QString path)
    : db_(db)
    , path_(std::move(path))
{
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr))
    , path_(std::move(other.path_))
    , cache_(std::move(other.cache_))
    , byAddress_(std::move(other.byAddress_))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        byAddress_.clear();
        cache_.clear();
        sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
        cache_ = std::move(other.cache_);
        byAddress_ = std::move(other.byAddress_);
    }
    return *this;
}

Database::~Database()
{
    byAddress_.clear();
    cache_.clear(); // statements must be finalized before the connection closes
    sqlite3_close_v2(db_);
}

StoreError Database::lastError(int code) const
{
    return StoreError{code, QString::fromUtf8(sqlite3_errmsg(db_))};
}

StoreResult<> Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        StoreError error{rc, message ? QString::fromUtf8(message)
                                     : QString::fromUtf8(sqlite3_errstr(rc))};
        sqlite3_free(message);
        return std::unexpected(std::move(error));
    }
    return {};
}

StoreResult<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        StoreError error = lastError(rc);
        error.message += QStringLiteral(" in: ") + QString::fromUtf8(sql);
        return std::unexpected(std::move(error));
    }
    return Statement(db_, stmt);
}

StoreResult<Statement*> Database::cached(const char* sql)
{
    if (auto known = byAddress_.find(sql);
        known != byAddress_.end() && std::strcmp(known->second.sql->c_str(), sql) == 0) {
        known->second.statement->reset();
        return known->second.statement;
    }
    auto it = cache_.find(std::string_view(sql));
    if (it == cache_.end()) {
        auto prepared = prepare(sql);
        if (!prepared)
            return std::unexpected(prepared.error());
        it = cache_.emplace(sql, std::make_unique<Statement>(std::move(*prepared))).first;
    } else {
        it->second->reset();
    }
    byAddress_[sql] = ByAddress{&it->first, it->second.get()};
    return it->second.get();
}

StoreResult<qint64> Database::scalar(const char* sql)
{
    auto stmt = cached(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = (*stmt)->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 value = *row ? (*stmt)->int64(0) : 0;
    (*stmt)->reset();
    return value;
}

StoreResult<qint64> Database::userVersion()
{
    return scalar("PRAGMA user_version");
}

StoreResult<> Database::setUserVersion(qint64 version)
{
    const QByteArray sql = "PRAGMA user_version=" + QByteArray::number(version);
    return exec(sql.constData());
}

StoreResult<QString> Database::integrityCheck()
{
    auto stmt = prepare("PRAGMA integrity_check");
    if (!stmt)
        return std::unexpected(stmt.error());
    QStringList lines;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        lines.append(stmt->text(0));
    }
    return lines.join(u'\n');
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(db_);
}

int Database::changes() const
{
    return sqlite3_changes(db_);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(db_) == 0;
}

} // namespace switchboard::store
