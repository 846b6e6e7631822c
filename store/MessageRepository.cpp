#include "store/MessageRepository.h"

#include "store/Columns.h"
#include "store/Database.h"

#include <algorithm>

namespace switchboard::store {

using protocol::Message;

namespace {

// Every SELECT below reads these columns in this order (see readRow).
#define SWITCHBOARD_MESSAGE_COLUMNS                                                            \
    "m.id, m.conversation_id, m.customer_id, m.direction, m.author_id, m.author_name,"         \
    " m.channel, m.body, m.sent_at, m.call_duration_seconds, m.call_disposition,"              \
    " m.call_recording_ref"

StoreResult<Message> readRow(const Statement& s)
{
    Message m;
    m.id = s.text(0);
    m.conversationId = s.text(1);
    m.customerId = s.text(2);
    auto direction = columns::enumeration<protocol::MessageDirection>(s, 3);
    if (!direction)
        return std::unexpected(direction.error());
    m.direction = *direction;
    m.authorId = s.text(4);
    m.authorName = s.text(5);
    auto channel = columns::enumeration<protocol::Channel>(s, 6);
    if (!channel)
        return std::unexpected(channel.error());
    m.channel = *channel;
    m.body = s.text(7);
    m.sentAt = columns::time(s, 8);
    if (!s.isNull(9))
        m.call = protocol::CallDetails{s.int64(9), s.text(10), s.text(11)};
    return m;
}

} // namespace

MessageRepository::MessageRepository(Database& db)
    : db_(db)
{
}

StoreResult<> MessageRepository::upsert(const Message& m)
{
    auto s = db_.cached(
        "INSERT INTO messages(id, conversation_id, customer_id, direction, author_id,"
        " author_name, channel, body, sent_at, call_duration_seconds, call_disposition,"
        " call_recording_ref) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
        " ON CONFLICT(id) DO UPDATE SET conversation_id = excluded.conversation_id,"
        " customer_id = excluded.customer_id, direction = excluded.direction,"
        " author_id = excluded.author_id, author_name = excluded.author_name,"
        " channel = excluded.channel, body = excluded.body, sent_at = excluded.sent_at,"
        " call_duration_seconds = excluded.call_duration_seconds,"
        " call_disposition = excluded.call_disposition,"
        " call_recording_ref = excluded.call_recording_ref");
    if (!s)
        return std::unexpected(s.error());
    Statement& st = **s;
    st.bind(1, m.id);
    st.bind(2, m.conversationId);
    st.bind(3, m.customerId);
    columns::bindEnum(st, 4, m.direction);
    st.bindOptional(5, m.authorId);
    st.bind(6, m.authorName);
    columns::bindEnum(st, 7, m.channel);
    st.bind(8, m.body);
    columns::bindTime(st, 9, m.sentAt);
    if (m.call) {
        st.bind(10, m.call->durationSeconds);
        st.bind(11, m.call->disposition);
        st.bind(12, m.call->recordingRef);
    } else {
        st.bindNull(10);
        st.bindNull(11);
        st.bindNull(12);
    }
    return st.run();
}

StoreResult<QList<Message>> MessageRepository::readAll(Statement& s)
{
    QList<Message> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        auto message = readRow(s);
        if (!message) {
            s.reset();
            return std::unexpected(message.error());
        }
        out.append(std::move(*message));
    }
}

StoreResult<std::optional<Message>> MessageRepository::find(const QString& id)
{
    auto s = db_.cached("SELECT " SWITCHBOARD_MESSAGE_COLUMNS " FROM messages m WHERE m.id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    auto rows = readAll(**s);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<Message>();
    return std::optional<Message>(rows->takeFirst());
}

StoreResult<bool> MessageRepository::exists(const QString& id)
{
    auto s = db_.cached("SELECT 1 FROM messages WHERE id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    auto row = (*s)->step();
    (*s)->reset();
    return row;
}

StoreResult<bool> MessageRepository::remove(const QString& id)
{
    auto s = db_.cached("DELETE FROM messages WHERE id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    if (auto done = (*s)->run(); !done)
        return std::unexpected(done.error());
    return db_.changes() > 0;
}

StoreResult<QList<Message>> MessageRepository::timeline(const QString& customerId, int limit,
                                                        const std::optional<TimelineKey>& before)
{
    // Both walk the (customer_id, sent_at, id) index backwards from the key, so a page
    // costs the same at the start of a long history as at its end.
    StoreResult<Statement*> s = before
        ? db_.cached("SELECT " SWITCHBOARD_MESSAGE_COLUMNS " FROM messages m"
                     " WHERE m.customer_id = ?1 AND (m.sent_at, m.id) < (?2, ?3)"
                     " ORDER BY m.sent_at DESC, m.id DESC LIMIT ?4")
        : db_.cached("SELECT " SWITCHBOARD_MESSAGE_COLUMNS " FROM messages m"
                     " WHERE m.customer_id = ?1 ORDER BY m.sent_at DESC, m.id DESC LIMIT ?4");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, customerId);
    if (before) {
        (*s)->bind(2, before->sentAt.toMSecsSinceEpoch());
        (*s)->bind(3, before->id);
    }
    (*s)->bind(4, static_cast<qint64>(limit));
    auto rows = readAll(**s);
    if (rows)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

StoreResult<QList<Message>> MessageRepository::forConversation(const QString& conversationId)
{
    auto s = db_.cached("SELECT " SWITCHBOARD_MESSAGE_COLUMNS " FROM messages m"
                        " WHERE m.conversation_id = ?1 ORDER BY m.sent_at, m.id");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, conversationId);
    return readAll(**s);
}

StoreResult<QHash<QString, QString>> MessageRepository::moveToCustomer(
    const QString& fromCustomerId, const QString& toCustomerId)
{
    auto select = db_.cached("SELECT id, conversation_id FROM messages WHERE customer_id = ?1");
    if (!select)
        return std::unexpected(select.error());
    (*select)->bind(1, fromCustomerId);
    QHash<QString, QString> moved;
    for (;;) {
        auto row = (*select)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        moved.insert((*select)->text(0), (*select)->text(1));
    }
    auto update = db_.cached("UPDATE messages SET customer_id = ?1 WHERE customer_id = ?2");
    if (!update)
        return std::unexpected(update.error());
    (*update)->bindAll(toCustomerId, fromCustomerId);
    if (auto done = (*update)->run(); !done)
        return std::unexpected(done.error());
    return moved;
}

StoreResult<qint64> MessageRepository::count()
{
    return db_.scalar("SELECT COUNT(*) FROM messages");
}

StoreResult<> MessageRepository::forEach(
    const std::function<StoreResult<>(const Message&, const QString& subject)>& visit)
{
    // A statement of its own, so the visitor may use the cached ones.
    auto s = db_.prepare("SELECT " SWITCHBOARD_MESSAGE_COLUMNS ", COALESCE(c.subject, '')"
                         " FROM messages m LEFT JOIN conversations c ON c.id = m.conversation_id"
                         " ORDER BY m.rowid");
    if (!s)
        return std::unexpected(s.error());
    for (;;) {
        auto row = s->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        auto message = readRow(*s);
        if (!message)
            return std::unexpected(message.error());
        if (auto done = visit(*message, s->text(12)); !done)
            return done;
    }
}

#undef SWITCHBOARD_MESSAGE_COLUMNS

} // namespace switchboard::store
