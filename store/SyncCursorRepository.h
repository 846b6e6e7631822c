// The last event seq applied per space. Written only inside the transaction that applies
// the events up to it, so the cursor never runs ahead of the data, nor behind it.
#pragma once

#include "store/StoreError.h"

#include <QString>

namespace switchboard::store {

class Database;

class SyncCursorRepository {
public:
    explicit SyncCursorRepository(Database& db);

    // 0 when nothing of the space has been applied yet.
    StoreResult<qint64> cursor(const QString& space);
    StoreResult<> setCursor(const QString& space, qint64 seq);

private:
    Database& db_;
};

} // namespace switchboard::store
