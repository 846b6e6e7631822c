#include "store/QueueRepository.h"

#include "store/Database.h"

namespace switchboard::store {

using protocol::Queue;

QueueRepository::QueueRepository(Database& db)
    : db_(db)
{
}

StoreResult<> QueueRepository::upsert(const Queue& q)
{
    auto s = db_.cached("INSERT INTO queues(id, name, team, sla_minutes) VALUES(?1, ?2, ?3, ?4)"
                        " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                        " team = excluded.team, sla_minutes = excluded.sla_minutes");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bindAll(q.id, q.name, q.team, q.slaMinutes);
    return (*s)->run();
}

StoreResult<QList<Queue>> QueueRepository::readAll(Statement& s)
{
    QList<Queue> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        out.append(Queue{s.text(0), s.text(1), s.text(2), s.int64(3)});
    }
}

StoreResult<std::optional<Queue>> QueueRepository::find(const QString& id)
{
    auto s = db_.cached("SELECT id, name, team, sla_minutes FROM queues WHERE id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    auto rows = readAll(**s);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::optional<Queue>() : std::optional<Queue>(rows->takeFirst());
}

StoreResult<QList<Queue>> QueueRepository::all()
{
    auto s = db_.cached("SELECT id, name, team, sla_minutes FROM queues ORDER BY name, id");
    if (!s)
        return std::unexpected(s.error());
    return readAll(**s);
}

} // namespace switchboard::store
