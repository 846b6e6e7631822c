#include "server/SqliteSnoozeIndex.h"

#include "protocol/Enums.h"
#include "protocol/WireTime.h"
#include "store/Transaction.h"

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
    auto version = db_.scalar(
        "SELECT COALESCE(MAX(CAST(value AS BIGINT)), 0) FROM settings WHERE key = 'snooze_index'");
    if (!version)
        return std::unexpected(version.error());
    if (*version >= kIndexVersion)
        return {};
    auto tx = store::Transaction::begin(db_);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto done = db_.exec("DELETE FROM conversation_snoozes"); !done)
        return done;
    auto all = db_.prepare("SELECT space, id, payload FROM entities WHERE kind = 'conversation'");
    if (!all)
        return std::unexpected(all.error());
    for (;;) {
        auto row = all->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QJsonObject conversation = QJsonDocument::fromJson(all->utf8(2)).object();
        if (auto done = reindex(all->text(0), all->text(1), conversation); !done)
            return done;
    }
    if (auto done = db_.exec("INSERT INTO settings (key, value) VALUES ('snooze_index', '1')"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        !done)
        return done;
    return tx->commit();
}

} // namespace switchboard::server
