// The write side of SqliteServerStorage: appends a WriteBatch (events with the next seqs of
// their space, the entity snapshots they write, rewrites, field revisions, accounts, the
// command's answer) inside one BEGIN IMMEDIATE transaction, so the seq read at the start
// cannot be taken by another writer, and a failure anywhere rolls all of it back. Every
// customer snapshot it writes also rewrites that customer's rows of the phone index.
#pragma once

#include "server/ServerStorage.h"
#include "server/SqliteAccounts.h"
#include "server/SqlitePhoneIndex.h"
#include "store/Database.h"

namespace switchboard::server {

class SqliteEventWriter {
public:
    SqliteEventWriter(store::Database& db, SqliteAccounts& accounts, SqlitePhoneIndex& phones);

    StoreResult<QList<protocol::Event>> commit(const WriteBatch& batch);
    StoreResult<qint64> commitStream(
        const WriteBatch& batch, const ServerStorage::EventProducer& produce);
    // The space's last seq; a NotFound error for an unknown space.
    StoreResult<qint64> seqForUpdate(const QString& space);

private:
    StoreResult<> append(const QString& space, qint64 seq, const PendingEvent& event);
    StoreResult<> removeEntity(const QString& space, QLatin1StringView kind, const QString& id);
    StoreResult<> advance(const QString& space, qint64 seq);
    // The parts of a batch around its events; `lastSeq` is the seq of its last event, or 0.
    StoreResult<> writeBatchRest(const WriteBatch& batch, qint64 lastSeq);

    store::Database& db_;
    SqliteAccounts& accounts_;
    SqlitePhoneIndex& phones_;
};

} // namespace switchboard::server
