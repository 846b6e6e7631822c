// A write transaction that rolls back unless committed: every early return on an error
// leaves the file as it was.
#pragma once

#include "store/StoreError.h"

namespace switchboard::store {

class Database;

class Transaction {
public:
    // BEGIN IMMEDIATE: takes the write lock now, so a commit cannot fail on SQLITE_BUSY
    // after the work is done.
    static StoreResult<Transaction> begin(Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    StoreResult<> commit();

private:
    explicit Transaction(Database& db);

    Database* db_ = nullptr;
};

} // namespace switchboard::store
