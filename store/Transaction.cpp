#include "store/Transaction.h"

#include "store/Database.h"

#include <utility>

namespace switchboard::store {

StoreResult<Transaction> Transaction::begin(Database& db)
{
    if (auto begun = db.exec("BEGIN IMMEDIATE"); !begun)
        return std::unexpected(begun.error());
    return Transaction(db);
}

Transaction::Transaction(Database& db)
    : db_(&db)
{
}

Transaction::Transaction(Transaction&& other) noexcept
    : db_(std::exchange(other.db_, nullptr))
{
}

Transaction::~Transaction()
{
    if (db_ && db_->inTransaction())
        (void)db_->exec("ROLLBACK");
}

StoreResult<> Transaction::commit()
{
    if (!db_)
        return std::unexpected(StoreError{1, QStringLiteral("transaction already finished")});
    auto committed = db_->exec("COMMIT");
    if (committed)
        db_ = nullptr;
    return committed;
}

} // namespace switchboard::store
