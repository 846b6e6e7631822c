// Brings a cache file's schema up to the version this code knows, forward only, one
// numbered step at a time (PRAGMA user_version). Each step and its version bump commit in
// one transaction, so a crash leaves the file at the old version or the new one, never in
// between. A file written by a newer version is refused, never downgraded.
//
//   1  the core tables: customers (phones and emails in tables of their own), orders,
//      conversations and their tags, messages, feedback, tags, agents, queues, the sync
//      cursors and the outbox
//   2  the full-text search index, backfilled from the customers and messages already
//      in the file
//   3  prefix indexes on the search index's FTS tables (two and three characters), which
//      are rebuilt from the index's rows
#pragma once

#include "store/StoreError.h"

namespace switchboard::store {

class Database;

class SchemaMigrator {
public:
    static constexpr qint64 kLatestVersion = 3;

    explicit SchemaMigrator(Database& db);

    // Runs the steps between the file's version and `target` (a lower target exists for
    // tests that build an old file). Fails with SchemaTooNew for a file newer than this
    // code, and leaves it untouched.
    StoreResult<> migrate(qint64 target = kLatestVersion);

private:
    StoreResult<> runStep(qint64 version);
    StoreResult<> createCoreTables();
    StoreResult<> createSearchIndex();
    StoreResult<> rebuildSearchFts();

    Database& db_;
};

} // namespace switchboard::store
