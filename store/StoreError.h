// A failed storage operation, carried to the caller (never only logged). `code` is the
// SQLite result code, or SQLITE_ERROR for checks the store makes itself.
#pragma once

#include <QString>

#include <expected>

namespace switchboard::store {

struct StoreError {
    int code = 1; // SQLITE_ERROR
    QString message;

    QString toString() const { return message; }
};

template <typename T = void> using StoreResult = std::expected<T, StoreError>;

} // namespace switchboard::store
