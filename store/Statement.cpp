#include "store/Statement.h"

#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>

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
    // The file is UTF-8: encoding here (Qt's encoder is vectorised) into a reused buffer
    // spares SQLite a UTF-16 copy and a conversion of its own on every bound string, which
    // is most of the cost of a row on the bulk-sync path. SQLITE_TRANSIENT copies the
    // bytes at once, so one buffer serves every bind. An empty or null string binds as ''.
    thread_local QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    thread_local QByteArray buffer;
    const qsizetype needed = encoder.requiredSpace(value.size());
    if (buffer.size() < needed)
        buffer.resize(std::max<qsizetype>(needed, 256));
    char* end = encoder.appendToBuffer(buffer.data(), value);
    sqlite3_bind_text(stmt_, index, buffer.constData(), static_cast<int>(end - buffer.constData()),
                      SQLITE_TRANSIENT);
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

void Statement::bindUtf8(int index, const QByteArray& value)
{
    static const char kEmpty[] = "";
    const char* data = value.isNull() ? kEmpty : value.constData();
    sqlite3_bind_text(stmt_, index, data, static_cast<int>(value.size()), SQLITE_TRANSIENT);
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
    // Read as stored (UTF-8) and decoded by Qt, rather than converted by SQLite first.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(stmt_, column)) : QString();
}

QStringView Statement::textView(int column) const
{
    const auto* data = static_cast<const char16_t*>(sqlite3_column_text16(stmt_, column));
    const int bytes = sqlite3_column_bytes16(stmt_, column);
    return data ? QStringView(data, bytes / 2) : QStringView();
}

QByteArray Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return data ? QByteArray(data, sqlite3_column_bytes(stmt_, column)) : QByteArray();
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
