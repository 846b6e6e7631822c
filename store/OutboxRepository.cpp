#include "store/OutboxRepository.h"

#include "store/Columns.h"
#include "store/Database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace switchboard::store {

using namespace Qt::StringLiterals;

namespace {

struct KindName {
    EntityRef::Kind kind;
    const char16_t* name;
};

constexpr KindName kKindNames[] = {{EntityRef::Kind::Customer, u"customer"},
                                   {EntityRef::Kind::Conversation, u"conversation"},
                                   {EntityRef::Kind::Message, u"message"}};

void bindKind(Statement& s, int index, EntityRef::Kind kind)
{
    for (const KindName& k : kKindNames) {
        if (k.kind == kind) {
            s.bind(index, QStringView(k.name));
            return;
        }
    }
    s.bindNull(index);
}

std::optional<EntityRef::Kind> kindFromName(QStringView name)
{
    if (name.isEmpty())
        return EntityRef::Kind::None;
    for (const KindName& k : kKindNames) {
        if (name == QStringView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

OutboxRepository::OutboxRepository(Database& db)
    : db_(db)
{
}

StoreResult<qint64> OutboxRepository::append(const protocol::Command& command,
                                             const EntityRef& entity,
                                             const QJsonObject& beforeImage)
{
    auto s = db_.cached("INSERT INTO outbox(command_id, type, payload, base_revision,"
                        " entity_kind, entity_id, before_image, enqueued_at)"
                        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!s)
        return std::unexpected(s.error());
    Statement& st = **s;
    st.bind(1, idText(command.id));
    st.bind(2, command.type);
    // Always a JSON object, even an empty one: the payload is sent as stored.
    st.bindUtf8(3, QJsonDocument(command.payload).toJson(QJsonDocument::Compact));
    if (command.baseRevision)
        st.bind(4, *command.baseRevision);
    else
        st.bindNull(4);
    bindKind(st, 5, entity.kind);
    st.bindOptional(6, entity.id);
    columns::bindJsonObject(st, 7, beforeImage);
    st.bind(8, QDateTime::currentMSecsSinceEpoch());
    if (auto done = st.run(); !done)
        return std::unexpected(done.error());
    return db_.lastInsertRowId();
}

StoreResult<QList<OutboxEntry>> OutboxRepository::readAll(Statement& s)
{
    QList<OutboxEntry> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        OutboxEntry e;
        e.seq = s.int64(0);
        e.command.id = QUuid::fromString(s.textView(1));
        e.command.type = s.text(2);
        auto payload = columns::jsonObject(s, 3);
        if (!s.isNull(4))
            e.command.baseRevision = s.int64(4);
        const auto kind = kindFromName(s.textView(5));
        e.entity.id = s.text(6);
        auto image = columns::jsonObject(s, 7);
        if (e.command.id.isNull() || !payload || !kind || !image) {
            s.reset();
            return std::unexpected(
                columns::corrupt(u"outbox row %1 is unreadable"_s.arg(e.seq)));
        }
        e.command.payload = std::move(*payload);
        e.entity.kind = *kind;
        e.beforeImage = std::move(*image);
        out.append(std::move(e));
    }
}

StoreResult<bool> OutboxRepository::contains(const QUuid& commandId)
{
    auto s = db_.cached("SELECT 1 FROM outbox WHERE command_id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, idText(commandId));
    auto row = (*s)->step();
    (*s)->reset();
    return row;
}

StoreResult<std::optional<OutboxEntry>> OutboxRepository::find(const QUuid& commandId)
{
    auto s = db_.cached("SELECT seq, command_id, type, payload, base_revision, entity_kind,"
                        " entity_id, before_image FROM outbox WHERE command_id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, idText(commandId));
    auto rows = readAll(**s);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->isEmpty() ? std::optional<OutboxEntry>()
                           : std::optional<OutboxEntry>(rows->takeFirst());
}

StoreResult<QList<OutboxEntry>> OutboxRepository::all()
{
    auto s = db_.cached("SELECT seq, command_id, type, payload, base_revision, entity_kind,"
                        " entity_id, before_image FROM outbox ORDER BY seq");
    if (!s)
        return std::unexpected(s.error());
    return readAll(**s);
}

StoreResult<QList<OutboxEntry>> OutboxRepository::forEntity(const EntityRef& entity)
{
    auto s = db_.cached("SELECT seq, command_id, type, payload, base_revision, entity_kind,"
                        " entity_id, before_image FROM outbox"
                        " WHERE entity_kind = ?1 AND entity_id = ?2 ORDER BY seq");
    if (!s)
        return std::unexpected(s.error());
    bindKind(**s, 1, entity.kind);
    (*s)->bind(2, entity.id);
    return readAll(**s);
}

StoreResult<QSet<EntityRef>> OutboxRepository::entities()
{
    auto s = db_.cached("SELECT DISTINCT entity_kind, entity_id FROM outbox"
                        " WHERE entity_kind IS NOT NULL");
    if (!s)
        return std::unexpected(s.error());
    QSet<EntityRef> out;
    for (;;) {
        auto row = (*s)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        const auto kind = kindFromName((*s)->textView(0));
        if (!kind) {
            (*s)->reset();
            return std::unexpected(columns::corrupt(u"an outbox row names an unknown entity"_s));
        }
        out.insert(EntityRef{*kind, (*s)->text(1)});
    }
}

StoreResult<> OutboxRepository::setBeforeImage(qint64 seq, const QJsonObject& beforeImage)
{
    auto s = db_.cached("UPDATE outbox SET before_image = ?2 WHERE seq = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, seq);
    columns::bindJsonObject(**s, 2, beforeImage);
    return (*s)->run();
}

StoreResult<bool> OutboxRepository::remove(const QUuid& commandId)
{
    auto s = db_.cached("DELETE FROM outbox WHERE command_id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, idText(commandId));
    if (auto done = (*s)->run(); !done)
        return std::unexpected(done.error());
    return db_.changes() > 0;
}

StoreResult<qint64> OutboxRepository::count()
{
    return db_.scalar("SELECT COUNT(*) FROM outbox");
}

} // namespace switchboard::store
