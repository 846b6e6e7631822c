// The snoozed conversations by the time they wake (table conversation_snoozes): one row per
// conversation whose status is snoozed and whose snoozedUntil is set, rewritten by
// SqliteEventWriter with every conversation snapshot in the same transaction, so
// SnoozeWaker finds the due ones with one range read on an index instead of a scan of
// every conversation.
#pragma once

#include "server/ServerStorage.h"
#include "store/Database.h"

namespace switchboard::server {

class SqliteSnoozeIndex {
public:
    explicit SqliteSnoozeIndex(store::Database& db);

    // Follows a conversation snapshot (its JSON).
    store::StoreResult<> reindex(
        const QString& space, const QString& conversationId, const QJsonObject& conversation);
    store::StoreResult<QList<DueSnooze>> due(const QDateTime& now, qsizetype limit);
    // Indexes every stored conversation once, for a file written before the index existed.
    store::StoreResult<> backfillOnce();

private:
    store::Database& db_;
};

} // namespace switchboard::server
