#include "store/AgentRepository.h"

#include "store/Columns.h"
#include "store/Database.h"

namespace switchboard::store {

using protocol::Agent;

AgentRepository::AgentRepository(Database& db)
    : db_(db)
{
}

StoreResult<> AgentRepository::upsert(const Agent& a)
{
    auto s = db_.cached("INSERT INTO agents(id, name, role, teams, presence, skills, languages)"
                        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        " ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                        " role = excluded.role, teams = excluded.teams,"
                        " presence = excluded.presence, skills = excluded.skills,"
                        " languages = excluded.languages");
    if (!s)
        return std::unexpected(s.error());
    Statement& st = **s;
    st.bind(1, a.id);
    st.bind(2, a.name);
    columns::bindEnum(st, 3, a.role);
    columns::bindStringList(st, 4, a.teams);
    columns::bindEnum(st, 5, a.presence);
    columns::bindStringList(st, 6, a.skills);
    columns::bindStringList(st, 7, a.languages);
    return st.run();
}

StoreResult<QList<Agent>> AgentRepository::readAll(Statement& s)
{
    QList<Agent> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        Agent a;
        a.id = s.text(0);
        a.name = s.text(1);
        auto role = columns::enumeration<protocol::AgentRole>(s, 2);
        auto teams = columns::stringList(s, 3);
        auto presence = columns::enumeration<protocol::Presence>(s, 4);
        auto skills = columns::stringList(s, 5);
        auto languages = columns::stringList(s, 6);
        if (!role || !teams || !presence || !skills || !languages) {
            s.reset();
            return std::unexpected(
                columns::corrupt(QStringLiteral("agent %1 is unreadable").arg(a.id)));
        }
        a.role = *role;
        a.teams = std::move(*teams);
        a.presence = *presence;
        a.skills = std::move(*skills);
        a.languages = std::move(*languages);
        out.append(std::move(a));
    }
}

StoreResult<std::optional<Agent>> AgentRepository::find(const QString& id)
{
    auto s = db_.cached("SELECT id, name, role, teams, presence, skills, languages FROM agents"
                        " WHERE id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    auto rows = readAll(**s);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::optional<Agent>() : std::optional<Agent>(rows->takeFirst());
}

StoreResult<QList<Agent>> AgentRepository::all()
{
    auto s = db_.cached("SELECT id, name, role, teams, presence, skills, languages FROM agents"
                        " ORDER BY name, id");
    if (!s)
        return std::unexpected(s.error());
    return readAll(**s);
}

} // namespace switchboard::store
