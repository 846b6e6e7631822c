#include "store/SyncCursorRepository.h"

#include "store/Database.h"

namespace switchboard::store {

SyncCursorRepository::SyncCursorRepository(Database& db)
    : db_(db)
{
}

StoreResult<qint64> SyncCursorRepository::cursor(const QString& space)
{
    auto s = db_.cached("SELECT seq FROM sync_cursors WHERE space = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, space);
    auto row = (*s)->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 seq = *row ? (*s)->int64(0) : 0;
    (*s)->reset();
    return seq;
}

StoreResult<> SyncCursorRepository::setCursor(const QString& space, qint64 seq)
{
    auto s = db_.cached("INSERT INTO sync_cursors(space, seq) VALUES(?1, ?2)"
                        " ON CONFLICT(space) DO UPDATE SET seq = excluded.seq");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bindAll(space, seq);
    return (*s)->run();
}

} // namespace switchboard::store
