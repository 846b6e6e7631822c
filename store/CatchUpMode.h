// The connection settings of a catch-up (a run of full batches, Store::apply) and the
// everyday ones, switched between. During a catch-up every batch commits (so a crash loses
// none), and with SQLite's default of a checkpoint every 1000 WAL pages, each second commit
// would copy the WAL back into the file and sync it: the same B-tree edges, FTS segments and
// pending rows again and again. A catch-up lets the WAL grow to kWalPages first and reads
// the file through a memory map (measured: 4.8M events in 158-162 s against 167 s without,
// on a loaded 2-core machine: a small gain, within its noise); the first batch after it (a
// live event, or the catch-up's last, short batch) puts the everyday settings back, and its
// commit checkpoints the whole WAL once.
//
// A connection setting, not a file setting: nothing of it is stored, and a crash during a
// catch-up leaves an ordinary WAL for the next open to recover.
#pragma once

#include "store/StoreError.h"

namespace switchboard::store {

class Database;

class CatchUpMode {
public:
    // 256 MiB of WAL at the 4 KiB page size: a few dozen batches of a full sync.
    static constexpr int kWalPages = 65536;
    // SQLite's default autocheckpoint, restored after.
    static constexpr int kEverydayWalPages = 1000;
    static constexpr long long kMmapBytes = 1LL << 30;

    explicit CatchUpMode(Database& db);

    // Both are cheap when the connection is already in that mode. Call outside a
    // transaction: the memory map is set up when the next one starts.
    StoreResult<> enter();
    StoreResult<> leave();
    bool active() const { return active_; }

private:
    Database& db_;
    bool active_ = false;
};

} // namespace switchboard::store
