// Names the one stored entity a queued command's optimistic effect touches, so the outbox
// can find the commands pending on an entity when the server's state for it arrives.
#pragma once

#include <QHashFunctions>
#include <QString>

namespace switchboard::store {

struct EntityRef {
    enum class Kind { None, Customer, Conversation, Message };

    Kind kind = Kind::None;
    QString id;

    bool isNone() const { return kind == Kind::None; }
    bool operator==(const EntityRef&) const = default;
};

inline size_t qHash(const EntityRef& entity, size_t seed = 0) noexcept
{
    return qHashMulti(seed, static_cast<int>(entity.kind), entity.id);
}

} // namespace switchboard::store
