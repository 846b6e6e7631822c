#include "server/EntityState.h"

#include "server/EntityKind.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;

EntityState::EntityState(ServerStorage& storage, QString space)
    : storage_(storage)
    , space_(std::move(space))
{
}

template <typename T>
std::expected<T, Refusal> EntityState::read(
    QLatin1StringView kind, const QString& id, const QString& field, const QString& what)
{
    auto payload = storage_.entity(space_, QString(kind), id);
    if (!payload)
        return std::unexpected(Refusal::internal(payload.error()));
    if (!*payload)
        return std::unexpected(Refusal::notFound(field, u"There is no %1 %2."_s.arg(what, id)));
    auto decoded = T::fromJson(**payload, QString(kind));
    if (!decoded) // the server wrote it, so this is a storage fault, not the sender's
        return std::unexpected(
            Refusal::internal(store::StoreError::of(store::StoreErrorKind::Corrupt,
                u"stored %1 %2: %3"_s.arg(what, id, decoded.error().toString()))));
    return std::move(*decoded);
}

std::expected<protocol::Conversation, Refusal> EntityState::conversation(
    const QString& id, const QString& field)
{
    return read<protocol::Conversation>(EntityKind::Conversation, id, field, u"conversation"_s);
}

std::expected<protocol::Customer, Refusal> EntityState::customer(
    const QString& id, const QString& field)
{
    return read<protocol::Customer>(EntityKind::Customer, id, field, u"customer"_s);
}

std::expected<protocol::Agent, Refusal> EntityState::agent(const QString& id, const QString& field)
{
    return read<protocol::Agent>(EntityKind::Agent, id, field, u"agent"_s);
}

std::expected<protocol::Queue, Refusal> EntityState::queue(const QString& id, const QString& field)
{
    return read<protocol::Queue>(EntityKind::Queue, id, field, u"queue"_s);
}

std::expected<bool, Refusal> EntityState::exists(QLatin1StringView kind, const QString& id)
{
    auto payload = storage_.entity(space_, QString(kind), id);
    if (!payload)
        return std::unexpected(Refusal::internal(payload.error()));
    return payload->has_value();
}

} // namespace switchboard::server
