#include "store/FeedbackRepository.h"

#include "store/Columns.h"
#include "store/Database.h"

namespace switchboard::store {

using protocol::Feedback;

namespace {

std::optional<qint64> optionalInt(const Statement& s, int column)
{
    return s.isNull(column) ? std::nullopt : std::optional<qint64>(s.int64(column));
}

void bindOptionalInt(Statement& s, int index, const std::optional<qint64>& value)
{
    if (value)
        s.bind(index, *value);
    else
        s.bindNull(index);
}

} // namespace

FeedbackRepository::FeedbackRepository(Database& db)
    : db_(db)
{
}

StoreResult<> FeedbackRepository::upsert(const Feedback& f)
{
    auto s = db_.cached("INSERT INTO feedback(id, customer_id, conversation_id, csat, nps, ces,"
                        " comment, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                        " ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id,"
                        " conversation_id = excluded.conversation_id, csat = excluded.csat,"
                        " nps = excluded.nps, ces = excluded.ces, comment = excluded.comment,"
                        " created_at = excluded.created_at");
    if (!s)
        return std::unexpected(s.error());
    Statement& st = **s;
    st.bind(1, f.id);
    st.bind(2, f.customerId);
    st.bindOptional(3, f.conversationId);
    bindOptionalInt(st, 4, f.csat);
    bindOptionalInt(st, 5, f.nps);
    bindOptionalInt(st, 6, f.ces);
    st.bind(7, f.comment);
    columns::bindTime(st, 8, f.createdAt);
    return st.run();
}

StoreResult<QList<Feedback>> FeedbackRepository::forCustomer(const QString& customerId)
{
    auto s = db_.cached("SELECT id, customer_id, conversation_id, csat, nps, ces, comment,"
                        " created_at FROM feedback WHERE customer_id = ?1"
                        " ORDER BY created_at DESC, id DESC");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, customerId);
    QList<Feedback> out;
    for (;;) {
        auto row = (*s)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        const Statement& r = **s;
        out.append(Feedback{r.text(0), r.text(1), r.text(2), optionalInt(r, 3),
                            optionalInt(r, 4), optionalInt(r, 5), r.text(6),
                            columns::time(r, 7)});
    }
}

StoreResult<QStringList> FeedbackRepository::moveToCustomer(const QString& fromCustomerId,
                                                           const QString& toCustomerId)
{
    auto select = db_.cached("SELECT id FROM feedback WHERE customer_id = ?1");
    if (!select)
        return std::unexpected(select.error());
    (*select)->bind(1, fromCustomerId);
    QStringList moved;
    for (;;) {
        auto row = (*select)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        moved.append((*select)->text(0));
    }
    auto update = db_.cached("UPDATE feedback SET customer_id = ?1 WHERE customer_id = ?2");
    if (!update)
        return std::unexpected(update.error());
    (*update)->bindAll(toCustomerId, fromCustomerId);
    if (auto done = (*update)->run(); !done)
        return std::unexpected(done.error());
    return moved;
}

} // namespace switchboard::store
