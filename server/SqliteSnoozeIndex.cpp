#include "server/SqliteSnoozeIndex.h"

#include "protocol/Enums.h"
#include "protocol/WireTime.h"
#include "server/SideIndexBackfill.h"

#include <QJsonDocument>

namespace switchboard::server {

using namespace Qt::StringLiterals;
using store::StoreResult;

namespace {

// Bumped when the index must be rebuilt from the stored conversations.
constexpr qint64 kIndexVersion = 1;

} // namespace

SqliteSnoozeIndex::SqliteSnoozeIndex(store::Database& db)
    : db_(db)
{
}

StoreResult<> SqliteSnoozeIndex::reindex(
    const QString& space, const QString& conversationId, const QJsonObject& conversation)
{
    const bool snoozed = conversation.value("status"_L1).toString()
        == protocol::wireName(protocol::ConversationStatus::Snoozed);
    // In the wire form, which sorts as text, whatever form the snapshot holds.
    const QDateTime until = snoozed
        ? protocol::fromWireTime(conversation.value("snoozedUntil"_L1).toString())
        : QDateTime();
    if (!until.isValid()) {
        auto forget = db_.cached(
            "DELETE FROM conversation_snoozes WHERE space = ?1 AND conversation_id = ?2");
        if (!forget)
            return std::unexpected(forget.error());
        (*forget)->bindAll(space, conversationId);
        return (*forget)->run();
    }
    auto upsert = db_.cached("INSERT INTO conversation_snoozes (space, conversation_id, wake_at)"
                             " VALUES (?1, ?2, ?3) ON CONFLICT (space, conversation_id)"
                             " DO UPDATE SET wake_at = excluded.wake_at");
    if (!upsert)
        return std::unexpected(upsert.error());
    (*upsert)->bindAll(space, conversationId, protocol::toWireTime(until));
    return (*upsert)->run();
}

StoreResult<QList<DueSnooze>> SqliteSnoozeIndex::due(const QDateTime& now, qsizetype limit)
{
    auto stmt = db_.cached("SELECT space, conversation_id FROM conversation_snoozes"
                           " WHERE wake_at <= ?1 ORDER BY wake_at LIMIT ?2");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(protocol::toWireTime(now), qint64(limit));
    QList<DueSnooze> out;
    auto read = (*stmt)->forEachRow([&](const store::Statement& row) {
        out.append(DueSnooze { row.text(0), row.text(1) });
    });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<> SqliteSnoozeIndex::backfillOnce()
{
    const SideIndexBackfill backfill("snooze_index"_L1, kIndexVersion,
        "DELETE FROM conversation_snoozes",
        "SELECT space, id, payload FROM entities WHERE kind = 'conversation'");
    auto built = backfill.runIfStale(db_, [this](const store::Statement& row) {
        return reindex(row.text(0), row.text(1), QJsonDocument::fromJson(row.utf8(2)).object());
    });
    if (!built)
        return std::unexpected(built.error());
    return {};
}

} // namespace switchboard::server
