// The inbox's read queries: the rows of one view in pages (keyset paging on the inbox
// order, so the 1000th page costs what the first does), one row by id for a change
// notice, and how many conversations a view holds. Reads only; Store writes.
//
// Not thread-safe: use it on its Database's thread.
#pragma once

#include "store/InboxCounts.h"
#include "store/InboxRow.h"
#include "store/InboxView.h"
#include "store/StoreError.h"

#include <QList>

#include <optional>

namespace switchboard::store {

class Database;

class InboxQuery {
public:
    explicit InboxQuery(Database& db);

    // Up to `limit` rows of `view` for the agent `agentId` in `sort` order, starting just
    // after `after` (from the top when nullopt). LastUpdate follows the view's index;
    // SlaDue sorts the view's rows (there is no index on the SLA time). With `channel`,
    // only that channel's conversations.
    StoreResult<QList<InboxRow>> page(const InboxView& view, const QString& agentId, int limit,
        const std::optional<InboxKey>& after = {}, InboxSort sort = InboxSort::LastUpdate,
        std::optional<protocol::Channel> channel = std::nullopt);
    // The row of one conversation whatever view it is in; nullopt when it is not cached.
    StoreResult<std::optional<InboxRow>> row(const QString& conversationId);
    StoreResult<qint64> count(const InboxView& view, const QString& agentId);
    // Every view's count at once, for the view list.
    StoreResult<InboxCounts> counts(const QString& agentId);
    // Open and pending conversations per assigned agent (their load), by agent id.
    StoreResult<QHash<QString, qint64>> loads();

private:
    Database& db_;
};

} // namespace switchboard::store
