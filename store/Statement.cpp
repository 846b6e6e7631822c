#include "store/Statement.h"

#include <sqlite3.h>

#include <utility>

namespace switchboard::store {

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt)
    : db_(db)
    , stmt_(stmt)
{
}

Statement::~Statement()
{
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr))
    , stmt_(std::exchange(other.stmt_, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

void Statement::bind(int index, const QString& value)
{
    bind(index, QStringView(value));
}

void Statement::bind(int index, QStringView value)
{
    // A null QString would bind as NULL through a null pointer; text columns want ''.
    static const char16_t kEmpty[] = u"";
    const void* data = value.isNull() ? kEmpty : value.utf16();
    sqlite3_bind_text16(stmt_, index, data, static_cast<int>(value.size() * 2), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(stmt_, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(stmt_, index, value);
}

void Statement::bind(int index, const QByteArray& value)
{
    sqlite3_bind_blob(stmt_, index, value.constData(), static_cast<int>(value.size()),
                      SQLITE_TRANSIENT);
}

void Statement::bind(int index, std::nullopt_t)
{
    bindNull(index);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(stmt_, index);
}

void Statement::bindOptional(int index, const QString& value)
{
    if (value.isEmpty())
        bindNull(index);
    else
        bind(index, value);
}

StoreResult<bool> Statement::step()
{
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    StoreError error{rc, QString::fromUtf8(sqlite3_errmsg(db_))};
    sqlite3_reset(stmt_);
    return std::unexpected(std::move(error));
}

StoreResult<> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
    }
    sqlite3_reset(stmt_);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* data = static_cast<const char16_t*>(sqlite3_column_text16(stmt_, column));
    const int bytes = sqlite3_column_bytes16(stmt_, column);
    return data ? QString::fromUtf16(data, bytes / 2) : QString();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(stmt_, column);
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    return QByteArray(data, sqlite3_column_bytes(stmt_, column));
}

} // namespace switchboard::store
