// A failed storage operation, carried to the caller (never only logged). `code` is the
// SQLite result code, or SQLITE_ERROR for checks the store makes itself; `kind` tells the
// caller what to do about it without parsing the message (a sequence gap asks for a
// catch-up, a bad event for a resync, a bad command for telling the user).
#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace switchboard::store {

enum class StoreErrorKind {
    Sqlite,        // SQLite refused an operation; `code` says why
    SequenceGap,   // a batch does not continue the space's cursor
    BadEvent,      // an event's payload does not decode; nothing of its batch was written
    BadCommand,    // a command's payload cannot be applied locally; nothing was queued
    NotFound,      // the entity or command named is not in the cache
    SchemaTooNew,  // the file was written by a newer version of the application
    Corrupt,       // a stored value cannot be read back
};

struct StoreError {
    int code = 1; // SQLITE_ERROR
    QString message;
    StoreErrorKind kind = StoreErrorKind::Sqlite;

    QString toString() const { return message; }

    static StoreError of(StoreErrorKind kind, QString message)
    {
        return StoreError{1, std::move(message), kind};
    }
};

template <typename T = void> using StoreResult = std::expected<T, StoreError>;

} // namespace switchboard::store
