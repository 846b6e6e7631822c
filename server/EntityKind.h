// The kinds of entity a space holds and how they meet the event log: which kind an event
// type writes, and which event type re-creates an entity in a resync snapshot.
#pragma once

#include <QLatin1StringView>
#include <QString>

namespace switchboard::server::EntityKind {

inline constexpr QLatin1StringView Customer { "customer" };
inline constexpr QLatin1StringView Order { "order" };
inline constexpr QLatin1StringView Conversation { "conversation" };
inline constexpr QLatin1StringView Message { "message" };
inline constexpr QLatin1StringView Feedback { "feedback" };
inline constexpr QLatin1StringView Tag { "tag" };
inline constexpr QLatin1StringView Agent { "agent" };
inline constexpr QLatin1StringView Queue { "queue" };

// The kind an upserted/added event type stores ("conversation.upserted" -> "conversation");
// empty for customer.merged and tag.deleted, which remove rather than store.
QString storedBy(QStringView eventType);
// The event type a snapshot of `kind` travels as ("message" -> "message.added").
QString snapshotEventType(QStringView kind);

} // namespace switchboard::server::EntityKind
