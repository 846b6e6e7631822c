#include "store/CatchUpMode.h"

#include "store/Database.h"

#include <QByteArray>

namespace switchboard::store {

CatchUpMode::CatchUpMode(Database& db)
    : db_(db)
{
}

StoreResult<> CatchUpMode::enter()
{
    if (active_)
        return {};
    const QByteArray sql = "PRAGMA wal_autocheckpoint=" + QByteArray::number(kWalPages)
        + ";PRAGMA mmap_size=" + QByteArray::number(kMmapBytes);
    if (auto done = db_.exec(sql.constData()); !done)
        return done;
    active_ = true;
    return {};
}

StoreResult<> CatchUpMode::leave()
{
    if (!active_)
        return {};
    const QByteArray sql = "PRAGMA wal_autocheckpoint=" + QByteArray::number(kEverydayWalPages)
        + ";PRAGMA mmap_size=0";
    if (auto done = db_.exec(sql.constData()); !done)
        return done;
    active_ = false;
    return {};
}

} // namespace switchboard::store
