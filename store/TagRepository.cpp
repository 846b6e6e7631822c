#include "store/TagRepository.h"

#include "store/Database.h"

namespace switchboard::store {

TagRepository::TagRepository(Database& db)
    : db_(db)
{
}

StoreResult<> TagRepository::upsert(const protocol::Tag& tag)
{
    auto s = db_.cached("INSERT INTO tags(name, colour, category) VALUES(?1, ?2, ?3)"
                        " ON CONFLICT(name) DO UPDATE SET colour = excluded.colour,"
                        " category = excluded.category");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bindAll(tag.name, tag.colour, tag.category);
    return (*s)->run();
}

StoreResult<bool> TagRepository::remove(const QString& name)
{
    auto s = db_.cached("DELETE FROM tags WHERE name = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, name);
    if (auto done = (*s)->run(); !done)
        return std::unexpected(done.error());
    return db_.changes() > 0;
}

StoreResult<QList<protocol::Tag>> TagRepository::all()
{
    auto s = db_.cached("SELECT name, colour, category FROM tags ORDER BY category, name");
    if (!s)
        return std::unexpected(s.error());
    QList<protocol::Tag> out;
    for (;;) {
        auto row = (*s)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        out.append({(*s)->text(0), (*s)->text(1), (*s)->text(2)});
    }
}

} // namespace switchboard::store
