#include "store/InboxQuery.h"

#include "store/Columns.h"
#include "store/Database.h"

#include <string>

namespace switchboard::store {

namespace {

using Kind = InboxView::Kind;

// The snippet leaves out internal notes: the list is what the customer and the agent said.
constexpr const char* kSelect
    = "SELECT c.id, c.customer_id, c.channel, c.subject, c.status, c.priority, c.queue_id,"
      " c.assignee_id, c.updated_at, c.sla_due_at, c.snoozed_until,"
      " IFNULL(cu.first_name, ''), IFNULL(cu.last_name, ''),"
      " (SELECT m.body FROM messages m WHERE m.conversation_id = c.id AND m.direction <> 'note'"
      "  ORDER BY m.sent_at DESC, m.id DESC LIMIT 1),"
      " (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM conversation_tags"
      "  WHERE conversation_id = c.id ORDER BY position))"
      " FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id";

// ?1 is the agent id, the queue id or the tag name, as the view needs.
const char* filterOf(Kind kind)
{
    switch (kind) {
    case Kind::Mine:
        return " WHERE c.assignee_id = ?1 AND c.status IN ('open', 'pending')";
    case Kind::Unassigned:
        return " WHERE c.assignee_id IS NULL AND c.status IN ('open', 'pending') AND ?1 = ?1";
    case Kind::Queue:
        return " WHERE c.queue_id = ?1 AND c.status IN ('open', 'pending')";
    case Kind::Tag:
        return " WHERE c.id IN (SELECT conversation_id FROM conversation_tags WHERE tag = ?1)"
               " AND c.status IN ('open', 'pending')";
    case Kind::Snoozed:
        return " WHERE c.assignee_id = ?1 AND c.status = 'snoozed'";
    case Kind::Resolved:
        return " WHERE c.assignee_id = ?1 AND c.status = 'resolved'";
    }
    return " WHERE 0";
}

QString parameterOf(const InboxView& view, const QString& agentId)
{
    switch (view.kind) {
    case Kind::Queue:
    case Kind::Tag:
        return view.key;
    default:
        return agentId;
    }
}

StoreResult<InboxRow> readRow(const Statement& s)
{
    InboxRow r;
    auto channel = columns::enumeration<protocol::Channel>(s, 2);
    auto status = columns::enumeration<protocol::ConversationStatus>(s, 4);
    auto priority = columns::enumeration<protocol::Priority>(s, 5);
    if (!channel)
        return std::unexpected(channel.error());
    if (!status)
        return std::unexpected(status.error());
    if (!priority)
        return std::unexpected(priority.error());
    r.id = s.text(0);
    r.customerId = s.text(1);
    r.channel = *channel;
    r.subject = s.text(3);
    r.status = *status;
    r.priority = *priority;
    r.queueId = s.text(6);
    r.assigneeId = s.text(7);
    r.updatedAt = columns::time(s, 8);
    r.slaDueAt = columns::time(s, 9);
    r.snoozedUntil = columns::time(s, 10);
    r.customerName = QString(s.text(11) + u' ' + s.text(12)).trimmed();
    r.snippet = s.text(13).simplified();
    const QString tags = s.text(14);
    if (!tags.isEmpty())
        r.tags = tags.split(QChar(0x1f));
    return r;
}

StoreResult<QList<InboxRow>> readRows(Statement& s)
{
    QList<InboxRow> rows;
    while (true) {
        auto more = s.step();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        auto row = readRow(s);
        if (!row)
            return std::unexpected(row.error());
        rows.append(std::move(*row));
    }
    return rows;
}

} // namespace

InboxQuery::InboxQuery(Database& db)
    : db_(db)
{
}

StoreResult<QList<InboxRow>> InboxQuery::page(const InboxView& view, const QString& agentId,
    int limit, const std::optional<InboxKey>& after, InboxSort sort,
    std::optional<protocol::Channel> channel)
{
    // Plain column comparisons, so the view's index (assignee, queue or status, then
    // updated_at) gives the LastUpdate order and a page reads only its own rows. Rows
    // without the time (ms 0 in InboxKey) come last in both orders, and are read by a
    // second query once the dated rows run out: an "OR column IS NULL" in the keyset
    // condition would stop SQLite from using the index as a range, and each page deeper
    // in a long view would walk the index from its top (30 ms at row 90k of 100k).
    const bool byUpdate = sort == InboxSort::LastUpdate;
    const std::string column = byUpdate ? "c.updated_at" : "c.sla_due_at";
    const std::string beyond = byUpdate ? " < " : " > ";
    const std::string order = byUpdate ? " ORDER BY c.updated_at DESC, c.id DESC LIMIT ?4"
                                       : " ORDER BY c.sla_due_at IS NULL, c.sla_due_at, c.id LIMIT ?4";
    const std::string base = std::string(kSelect) + filterOf(view.kind)
        + (channel ? " AND c.channel = ?5" : "");
    const QString parameter = parameterOf(view, agentId);

    auto run = [&](const std::string& condition, std::optional<qint64> ms,
                   const QString& id, int rows) -> StoreResult<QList<InboxRow>> {
        auto statement = db_.cached((base + condition + order).c_str());
        if (!statement)
            return std::unexpected(statement.error());
        Statement& s = **statement;
        s.bind(1, parameter);
        if (ms)
            s.bind(2, *ms);
        if (!id.isEmpty())
            s.bind(3, id);
        s.bind(4, rows);
        if (channel)
            s.bind(5, protocol::wireName(*channel));
        auto read = readRows(s);
        s.reset();
        return read;
    };

    if (!after)
        return run({}, std::nullopt, {}, limit);
    const std::string undated = " AND " + column + " IS NULL";
    if (after->ms == 0)
        return run(undated + " AND c.id" + beyond + "?3", std::nullopt, after->id, limit);
    auto dated = run(" AND (" + column + beyond + "?2 OR (" + column + " = ?2 AND c.id" + beyond
                         + "?3))",
        after->ms, after->id, limit);
    if (!dated || dated->size() >= limit)
        return dated;
    auto tail = run(undated, std::nullopt, {}, limit - int(dated->size()));
    if (!tail)
        return std::unexpected(tail.error());
    dated->append(*tail);
    return dated;
}

StoreResult<std::optional<InboxRow>> InboxQuery::row(const QString& conversationId)
{
    const std::string sql = std::string(kSelect) + " WHERE c.id = ?1";
    auto statement = db_.cached(sql.c_str());
    if (!statement)
        return std::unexpected(statement.error());
    Statement& s = **statement;
    s.bind(1, conversationId);
    auto rows = readRows(s);
    s.reset();
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<InboxRow>();
    return std::optional<InboxRow>(rows->first());
}

StoreResult<qint64> InboxQuery::count(const InboxView& view, const QString& agentId)
{
    const std::string sql
        = std::string("SELECT COUNT(*) FROM conversations c") + filterOf(view.kind);
    auto statement = db_.cached(sql.c_str());
    if (!statement)
        return std::unexpected(statement.error());
    Statement& s = **statement;
    s.bind(1, parameterOf(view, agentId));
    auto more = s.step();
    const qint64 n = more && *more ? s.int64(0) : 0;
    s.reset();
    if (!more)
        return std::unexpected(more.error());
    return n;
}

namespace {

// Runs a grouped query whose rows are (key, count) and hands each row to `take`.
template <typename Take>
StoreResult<> readGroups(Database& db, const char* sql, const QString& parameter, Take take)
{
    auto statement = db.cached(sql);
    if (!statement)
        return std::unexpected(statement.error());
    Statement& s = **statement;
    if (!parameter.isNull())
        s.bind(1, parameter);
    while (true) {
        auto more = s.step();
        if (!more) {
            s.reset();
            return std::unexpected(more.error());
        }
        if (!*more)
            break;
        take(s);
    }
    s.reset();
    return {};
}

} // namespace

StoreResult<InboxCounts> InboxQuery::counts(const QString& agentId)
{
    InboxCounts counts;
    // One pass over the active conversations gives every queue and Unassigned.
    auto active = readGroups(db_,
        "SELECT queue_id, assignee_id IS NULL, COUNT(*) FROM conversations"
        " WHERE status IN ('open', 'pending') GROUP BY queue_id, assignee_id IS NULL",
        QString(), [&counts](const Statement& s) {
            const qint64 n = s.int64(2);
            if (!s.isNull(0))
                counts.byQueue[s.text(0)] += n;
            if (s.int64(1) != 0)
                counts.unassigned += n;
        });
    if (!active)
        return std::unexpected(active.error());
    auto tags = readGroups(db_,
        "SELECT t.tag, COUNT(*) FROM conversation_tags t JOIN conversations c"
        " ON c.id = t.conversation_id WHERE c.status IN ('open', 'pending') GROUP BY t.tag",
        QString(), [&counts](const Statement& s) { counts.byTag.insert(s.text(0), s.int64(1)); });
    if (!tags)
        return std::unexpected(tags.error());
    if (agentId.isEmpty())
        return counts;
    auto mine = readGroups(db_,
        "SELECT status, COUNT(*) FROM conversations WHERE assignee_id = ?1 GROUP BY status",
        agentId, [&counts](const Statement& s) {
            const QStringView status = s.textView(0);
            const qint64 n = s.int64(1);
            if (status == u"open" || status == u"pending")
                counts.mine += n;
            else if (status == u"snoozed")
                counts.snoozed += n;
            else if (status == u"resolved")
                counts.resolved += n;
        });
    if (!mine)
        return std::unexpected(mine.error());
    return counts;
}

StoreResult<QHash<QString, qint64>> InboxQuery::loads()
{
    QHash<QString, qint64> loads;
    auto read = readGroups(db_,
        "SELECT assignee_id, COUNT(*) FROM conversations WHERE assignee_id IS NOT NULL"
        " AND status IN ('open', 'pending') GROUP BY assignee_id",
        QString(), [&loads](const Statement& s) { loads.insert(s.text(0), s.int64(1)); });
    if (!read)
        return std::unexpected(read.error());
    return loads;
}

} // namespace switchboard::store
