#include "store/ConversationRepository.h"

#include "store/Columns.h"
#include "store/Database.h"

namespace switchboard::store {

using protocol::Conversation;

namespace {

constexpr const char* kSelectById =
    "SELECT id, customer_id, channel, subject, status, priority, queue_id, assignee_id,"
    " created_at, updated_at, first_response_at, resolved_at, sla_due_at, snoozed_until,"
    " revision FROM conversations WHERE id = ?1";

StoreResult<Conversation> readRow(const Statement& s)
{
    Conversation c;
    c.id = s.text(0);
    c.customerId = s.text(1);
    auto channel = columns::enumeration<protocol::Channel>(s, 2);
    auto status = columns::enumeration<protocol::ConversationStatus>(s, 4);
    auto priority = columns::enumeration<protocol::Priority>(s, 5);
    if (!channel)
        return std::unexpected(channel.error());
    if (!status)
        return std::unexpected(status.error());
    if (!priority)
        return std::unexpected(priority.error());
    c.channel = *channel;
    c.subject = s.text(3);
    c.status = *status;
    c.priority = *priority;
    c.queueId = s.text(6);
    c.assigneeId = s.text(7);
    c.createdAt = columns::time(s, 8);
    c.updatedAt = columns::time(s, 9);
    c.firstResponseAt = columns::time(s, 10);
    c.resolvedAt = columns::time(s, 11);
    c.slaDueAt = columns::time(s, 12);
    c.snoozedUntil = columns::time(s, 13);
    c.revision = s.int64(14);
    return c;
}

} // namespace

ConversationRepository::ConversationRepository(Database& db)
    : db_(db)
{
}

StoreResult<> ConversationRepository::upsert(const Conversation& c)
{
    const auto bindRow = [&](Statement& st) {
        st.bind(1, c.id);
        st.bind(2, c.customerId);
        columns::bindEnum(st, 3, c.channel);
        st.bind(4, c.subject);
        columns::bindEnum(st, 5, c.status);
        columns::bindEnum(st, 6, c.priority);
        // NULL, not '': "unassigned" and "in no queue" are index lookups on IS NULL.
        st.bindOptional(7, c.queueId);
        st.bindOptional(8, c.assigneeId);
        columns::bindTime(st, 9, c.createdAt);
        columns::bindTime(st, 10, c.updatedAt);
        columns::bindTime(st, 11, c.firstResponseAt);
        columns::bindTime(st, 12, c.resolvedAt);
        columns::bindTime(st, 13, c.slaDueAt);
        columns::bindTime(st, 14, c.snoozedUntil);
        st.bind(15, c.revision);
    };
    // As for customers: a new conversation is one INSERT and its tags; only a cached one
    // pays for the UPDATE and for clearing its old tags.
    auto insert = db_.cached(
        "INSERT OR IGNORE INTO conversations(id, customer_id, channel, subject, status,"
        " priority, queue_id, assignee_id, created_at, updated_at, first_response_at,"
        " resolved_at, sla_due_at, snoozed_until, revision)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (!insert)
        return std::unexpected(insert.error());
    bindRow(**insert);
    if (auto done = (*insert)->run(); !done)
        return done;
    if (db_.changes() == 0) {
        auto update = db_.cached(
            "UPDATE conversations SET customer_id = ?2, channel = ?3, subject = ?4,"
            " status = ?5, priority = ?6, queue_id = ?7, assignee_id = ?8, created_at = ?9,"
            " updated_at = ?10, first_response_at = ?11, resolved_at = ?12, sla_due_at = ?13,"
            " snoozed_until = ?14, revision = ?15 WHERE id = ?1");
        if (!update)
            return std::unexpected(update.error());
        bindRow(**update);
        if (auto done = (*update)->run(); !done)
            return done;
        auto clear = db_.cached("DELETE FROM conversation_tags WHERE conversation_id = ?1");
        if (!clear)
            return std::unexpected(clear.error());
        (*clear)->bind(1, c.id);
        if (auto done = (*clear)->run(); !done)
            return done;
    }
    for (qsizetype i = 0; i < c.tags.size(); ++i) {
        // OR IGNORE: a tag named twice is still one tag on the conversation.
        auto tag = db_.cached("INSERT OR IGNORE INTO conversation_tags(conversation_id,"
                              " tag, position) VALUES(?1, ?2, ?3)");
        if (!tag)
            return std::unexpected(tag.error());
        (*tag)->bindAll(c.id, c.tags.at(i), static_cast<qint64>(i));
        if (auto done = (*tag)->run(); !done)
            return done;
    }
    return {};
}

StoreResult<> ConversationRepository::readTags(Conversation& c)
{
    auto s = db_.cached(
        "SELECT tag FROM conversation_tags WHERE conversation_id = ?1 ORDER BY position");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, c.id);
    for (;;) {
        auto row = (*s)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        c.tags.append((*s)->text(0));
    }
}

StoreResult<std::optional<Conversation>> ConversationRepository::find(const QString& id)
{
    auto s = db_.cached(kSelectById);
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    auto row = (*s)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Conversation>();
    auto conversation = readRow(**s);
    (*s)->reset();
    if (!conversation)
        return std::unexpected(conversation.error());
    if (auto done = readTags(*conversation); !done)
        return std::unexpected(done.error());
    return std::optional<Conversation>(std::move(*conversation));
}

StoreResult<std::optional<QString>> ConversationRepository::subject(const QString& id)
{
    auto s = db_.cached("SELECT subject FROM conversations WHERE id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    auto row = (*s)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<QString> subject;
    if (*row)
        subject = (*s)->text(0);
    (*s)->reset();
    return subject;
}

StoreResult<QStringList> ConversationRepository::idsOfCustomer(const QString& customerId)
{
    auto s = db_.cached("SELECT id FROM conversations WHERE customer_id = ?1"
                        " ORDER BY updated_at DESC, id");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, customerId);
    QStringList ids;
    for (;;) {
        auto row = (*s)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return ids;
        ids.append((*s)->text(0));
    }
}

StoreResult<QList<Conversation>> ConversationRepository::forCustomer(const QString& customerId)
{
    auto ids = idsOfCustomer(customerId);
    if (!ids)
        return std::unexpected(ids.error());
    QList<Conversation> out;
    for (const QString& id : *ids) {
        auto conversation = find(id);
        if (!conversation)
            return std::unexpected(conversation.error());
        if (*conversation)
            out.append(std::move(**conversation));
    }
    return out;
}

StoreResult<QStringList> ConversationRepository::moveToCustomer(const QString& fromCustomerId,
                                                               const QString& toCustomerId)
{
    auto ids = idsOfCustomer(fromCustomerId);
    if (!ids)
        return ids;
    auto s = db_.cached("UPDATE conversations SET customer_id = ?1 WHERE customer_id = ?2");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bindAll(toCustomerId, fromCustomerId);
    if (auto done = (*s)->run(); !done)
        return std::unexpected(done.error());
    return ids;
}

StoreResult<qint64> ConversationRepository::count()
{
    return db_.scalar("SELECT COUNT(*) FROM conversations");
}

} // namespace switchboard::store
