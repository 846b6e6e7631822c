#include "server/SqliteRecentIndex.h"

#include "protocol/Enums.h"
#include "protocol/WireTime.h"
#include "server/EntityKind.h"
#include "server/ServerLogging.h"
#include "server/SideIndexBackfill.h"

#include <QJsonDocument>

namespace switchboard::server {

using namespace Qt::StringLiterals;
using store::StoreResult;

namespace {

// Bumped when the index must be rebuilt from the stored entities.
constexpr qint64 kIndexVersion = 1;

// The time a snapshot sorts by, in the wire form (which sorts as text); empty when it has
// none.
QString sortTime(const QJsonObject& payload, QLatin1StringView key)
{
    const QDateTime time = protocol::fromWireTime(payload.value(key).toString());
    return time.isValid() ? protocol::toWireTime(time) : QString();
}

QLatin1StringView kindOf(RecentKind kind)
{
    switch (kind) {
    case RecentKind::Message:
        return EntityKind::Message;
    case RecentKind::Feedback:
        return EntityKind::Feedback;
    case RecentKind::OpenConversation:
        return EntityKind::Conversation;
    }
    return EntityKind::Message;
}

} // namespace

SqliteRecentIndex::SqliteRecentIndex(store::Database& db)
    : db_(db)
{
}

StoreResult<> SqliteRecentIndex::remove(const QString& space, QStringView kind, const QString& id)
{
    auto forget
        = db_.cached("DELETE FROM customer_recent WHERE space = ?1 AND kind = ?2 AND id = ?3");
    if (!forget)
        return std::unexpected(forget.error());
    (*forget)->bindAll(space, kind, id);
    return (*forget)->run();
}

StoreResult<> SqliteRecentIndex::reindex(
    const QString& space, QStringView kind, const QString& id, const QJsonObject& payload)
{
    QString at;
    if (kind == EntityKind::Message) {
        at = sortTime(payload, "sentAt"_L1);
    } else if (kind == EntityKind::Feedback) {
        at = sortTime(payload, "createdAt"_L1);
    } else if (kind == EntityKind::Conversation) {
        if (payload.value("status"_L1).toString()
            == protocol::wireName(protocol::ConversationStatus::Resolved))
            return remove(space, kind, id);
        at = sortTime(payload, "updatedAt"_L1);
        if (at.isEmpty())
            at = sortTime(payload, "createdAt"_L1);
    } else {
        return {};
    }
    const QString customerId = payload.value("customerId"_L1).toString();
    if (customerId.isEmpty())
        return remove(space, kind, id);
    auto upsert = db_.cached("INSERT INTO customer_recent (space, kind, id, customer_id, at)"
                             " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (space, kind, id)"
                             " DO UPDATE SET customer_id = excluded.customer_id, at = excluded.at");
    if (!upsert)
        return std::unexpected(upsert.error());
    (*upsert)->bindAll(space, kind, id, customerId);
    (*upsert)->bindOptional(5, at);
    return (*upsert)->run();
}

StoreResult<QList<QJsonObject>> SqliteRecentIndex::latest(
    const QString& space, const QString& customerId, RecentKind kind, qsizetype limit)
{
    auto stmt = db_.cached("SELECT e.payload FROM customer_recent r JOIN entities e"
                           " ON e.space = r.space AND e.kind = r.kind AND e.id = r.id"
                           " WHERE r.space = ?1 AND r.customer_id = ?2 AND r.kind = ?3"
                           " ORDER BY r.at DESC, r.id DESC LIMIT ?4");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(space, customerId, QString(kindOf(kind)), qint64(limit));
    QList<QJsonObject> out;
    auto read = (*stmt)->forEachRow([&](const store::Statement& row) {
        out.append(QJsonDocument::fromJson(row.utf8(0)).object());
    });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<> SqliteRecentIndex::backfillOnce()
{
    const SideIndexBackfill backfill("recent_index"_L1, kIndexVersion,
        "DELETE FROM customer_recent",
        "SELECT space, kind, id, payload FROM entities"
        " WHERE kind IN ('message', 'feedback', 'conversation')");
    auto count = backfill.runIfStale(db_, [this](const store::Statement& row) {
        return reindex(
            row.text(0), row.text(1), row.text(2), QJsonDocument::fromJson(row.utf8(3)).object());
    });
    if (!count)
        return std::unexpected(count.error());
    if (count->value_or(0) > 0)
        qCInfo(lcStorage) << "recent-activity index built for" << **count << "entities";
    return {};
}

} // namespace switchboard::server
