// The write side of SqliteServerStorage: appends a WriteBatch (events with the next seqs of
// their space, the entity snapshots they write, rewrites, field revisions, accounts, the
// command's answer) inside one BEGIN IMMEDIATE transaction, so the seq read at the start
// cannot be taken by another writer, and a failure anywhere rolls all of it back. Every
// snapshot it writes also rewrites the rows of the indexes derived from it (a customer's
// phones; the recent-activity and snooze indexes), and a batch's call record is saved in
// the same transaction.
#pragma once

#include "server/ServerStorage.h"
#include "server/SqliteAccounts.h"
#include "server/SqliteCtiStorage.h"
#include "server/SqlitePhoneIndex.h"
#include "server/SqliteRecentIndex.h"
#include "server/SqliteSnoozeIndex.h"
#include "store/Database.h"

namespace switchboard::server {

class SqliteEventWriter {
public:
    // The indexes a snapshot keeps in step, and where a batch's call record goes.
    struct Indexes {
        SqlitePhoneIndex& phones;
        SqliteRecentIndex& recent;
        SqliteSnoozeIndex& snoozes;
        SqliteCtiStorage& cti;
    };

    SqliteEventWriter(store::Database& db, SqliteAccounts& accounts, Indexes indexes);

    StoreResult<QList<protocol::Event>> commit(const WriteBatch& batch);
    StoreResult<qint64> commitStream(
        const WriteBatch& batch, const ServerStorage::EventProducer& produce);
    // The space's last seq; a NotFound error for an unknown space.
    StoreResult<qint64> seqForUpdate(const QString& space);

private:
    StoreResult<> append(const QString& space, qint64 seq, const PendingEvent& event);
    StoreResult<> removeEntity(const QString& space, QLatin1StringView kind, const QString& id);
    StoreResult<> reindex(
        const QString& space, const QString& kind, const QString& id, const QJsonObject& payload);
    StoreResult<> advance(const QString& space, qint64 seq);
    // The parts of a batch around its events; `lastSeq` is the seq of its last event, or 0.
    StoreResult<> writeBatchRest(const WriteBatch& batch, qint64 lastSeq);

    store::Database& db_;
    SqliteAccounts& accounts_;
    Indexes indexes_;
};

} // namespace switchboard::server
