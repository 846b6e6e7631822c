#include "store/OrderRepository.h"

#include "protocol/JsonReader.h"
#include "store/Columns.h"
#include "store/Database.h"

namespace switchboard::store {

using protocol::Order;

namespace {

StoreResult<QList<Order>> readAll(Statement& s)
{
    QList<Order> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        Order o;
        o.id = s.text(0);
        o.customerId = s.text(1);
        o.placedAt = columns::time(s, 2);
        o.amountMinor = s.int64(3);
        o.currency = s.text(4);
        auto status = columns::enumeration<protocol::OrderStatus>(s, 5);
        auto items = columns::jsonArray(s, 6);
        if (!status || !items) {
            s.reset();
            return std::unexpected(
                columns::corrupt(QStringLiteral("order %1 is unreadable").arg(o.id)));
        }
        o.status = *status;
        for (const QJsonValue& value : *items) {
            auto item = protocol::OrderItem::fromJson(value.toObject());
            if (!item) {
                s.reset();
                return std::unexpected(columns::corrupt(item.error().toString()));
            }
            o.items.append(std::move(*item));
        }
        out.append(std::move(o));
    }
}

StoreResult<QStringList> ids(Statement& s)
{
    QStringList out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        out.append(s.text(0));
    }
}

} // namespace

OrderRepository::OrderRepository(Database& db)
    : db_(db)
{
}

StoreResult<> OrderRepository::upsert(const Order& o)
{
    auto s = db_.cached("INSERT INTO orders(id, customer_id, placed_at, amount_minor, currency,"
                        " status, items) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        " ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id,"
                        " placed_at = excluded.placed_at, amount_minor = excluded.amount_minor,"
                        " currency = excluded.currency, status = excluded.status,"
                        " items = excluded.items");
    if (!s)
        return std::unexpected(s.error());
    Statement& st = **s;
    st.bind(1, o.id);
    st.bind(2, o.customerId);
    columns::bindTime(st, 3, o.placedAt);
    st.bind(4, o.amountMinor);
    st.bind(5, o.currency);
    columns::bindEnum(st, 6, o.status);
    columns::bindJsonArray(st, 7, protocol::toJsonArray(o.items));
    return st.run();
}

StoreResult<std::optional<Order>> OrderRepository::find(const QString& id)
{
    auto s = db_.cached("SELECT id, customer_id, placed_at, amount_minor, currency, status,"
                        " items FROM orders WHERE id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    auto rows = readAll(**s);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::optional<Order>() : std::optional<Order>(rows->takeFirst());
}

StoreResult<QList<Order>> OrderRepository::forCustomer(const QString& customerId)
{
    auto s = db_.cached("SELECT id, customer_id, placed_at, amount_minor, currency, status,"
                        " items FROM orders WHERE customer_id = ?1"
                        " ORDER BY placed_at DESC, id DESC");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, customerId);
    return readAll(**s);
}

StoreResult<QStringList> OrderRepository::moveToCustomer(const QString& fromCustomerId,
                                                        const QString& toCustomerId)
{
    auto select = db_.cached("SELECT id FROM orders WHERE customer_id = ?1");
    if (!select)
        return std::unexpected(select.error());
    (*select)->bind(1, fromCustomerId);
    auto moved = ids(**select);
    if (!moved)
        return moved;
    auto update = db_.cached("UPDATE orders SET customer_id = ?1 WHERE customer_id = ?2");
    if (!update)
        return std::unexpected(update.error());
    (*update)->bindAll(toCustomerId, fromCustomerId);
    if (auto done = (*update)->run(); !done)
        return std::unexpected(done.error());
    return moved;
}

} // namespace switchboard::store
