// The customers' latest activity, for the call pop (table customer_recent): one row per
// message and per feedback, and one per conversation while it is not resolved, with its
// customer and the time it sorts by (sentAt, createdAt, updatedAt). SqliteEventWriter
// rewrites a row with every snapshot of those kinds, in the same transaction, so the pop
// reads a customer's last messages, open conversations and last feedback with one indexed
// read each, however long their history; it never reads or decodes the rest.
#pragma once

#include "server/ServerStorage.h"
#include "store/Database.h"

namespace switchboard::server {

class SqliteRecentIndex {
public:
    explicit SqliteRecentIndex(store::Database& db);

    // Follows a snapshot of `kind`; kinds it does not index are left alone.
    store::StoreResult<> reindex(
        const QString& space, QStringView kind, const QString& id, const QJsonObject& payload);
    // The payloads of the customer's latest entities of `kind`, newest first.
    store::StoreResult<QList<QJsonObject>> latest(
        const QString& space, const QString& customerId, RecentKind kind, qsizetype limit);
    // Indexes every stored message, feedback and conversation once, for a file written
    // before the index existed.
    store::StoreResult<> backfillOnce();

private:
    store::StoreResult<> remove(const QString& space, QStringView kind, const QString& id);

    store::Database& db_;
};

} // namespace switchboard::server
