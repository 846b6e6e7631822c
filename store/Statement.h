// A prepared SQLite statement: owns the sqlite3_stmt, binds values by 1-based index and
// reads columns by 0-based index. Every step's result reaches the caller.
#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace switchboard::store {

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int index, const QString& value);
    void bind(int index, QStringView value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, double value);
    // Binds bytes as a BLOB.
    void bind(int index, const QByteArray& value);
    // Binds UTF-8 bytes as TEXT (JSON columns), without a round trip through UTF-16.
    void bindUtf8(int index, const QByteArray& value);
    void bind(int index, std::nullopt_t);
    void bindNull(int index);
    // Binds an empty string as NULL: optional text columns hold NULL, not ''.
    void bindOptional(int index, const QString& value);

    // Binds all arguments in order, starting at index 1.
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int index = 1;
        (bind(index++, args), ...);
        return *this;
    }

    // true: a row is available; false: done. Errors carry SQLite's message.
    StoreResult<bool> step();
    // Steps to the end, expecting no rows (INSERT/UPDATE/DELETE).
    StoreResult<> run();
    // Steps to the end, handing each row to `read(statement)`, then resets; the first step
    // error ends it, also reset, so a cached statement is always ready for its next use.
    template <typename Read> StoreResult<> forEachRow(Read read)
    {
        for (;;) {
            auto row = step();
            if (!row) {
                reset();
                return std::unexpected(row.error());
            }
            if (!*row)
                break;
            read(static_cast<const Statement&>(*this));
        }
        reset();
        return {};
    }
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    // The column's text, valid until the next step() or reset(): for comparing against
    // known names without allocating a QString.
    QStringView textView(int column) const;
    // The column's text as UTF-8 bytes (JSON columns).
    QByteArray utf8(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;

    bool isValid() const { return stmt_ != nullptr; }

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

} // namespace switchboard::store
