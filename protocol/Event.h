// One entry of a space's append-only event log. `seq` is gap-free and increasing per
// space; the payload is the full state of the entity after the change (a snapshot), so
// applying an event twice, or applying the latest of several, gives the same result.
#pragma once

#include "protocol/DecodeError.h"

#include <QDateTime>
#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

// The event types and the payload each carries.
namespace EventType {
inline constexpr QLatin1StringView CustomerUpserted{"customer.upserted"};   // Customer
inline constexpr QLatin1StringView CustomerMerged{"customer.merged"};       // {survivorId, mergedId}
inline constexpr QLatin1StringView OrderUpserted{"order.upserted"};         // Order
inline constexpr QLatin1StringView ConversationUpserted{"conversation.upserted"}; // Conversation
inline constexpr QLatin1StringView MessageAdded{"message.added"};           // Message
inline constexpr QLatin1StringView FeedbackAdded{"feedback.added"};         // Feedback
inline constexpr QLatin1StringView TagUpserted{"tag.upserted"};             // Tag
inline constexpr QLatin1StringView TagDeleted{"tag.deleted"};               // {name}
inline constexpr QLatin1StringView AgentUpserted{"agent.upserted"};         // Agent
inline constexpr QLatin1StringView QueueUpserted{"queue.upserted"};         // Queue
bool isKnown(QStringView type);
} // namespace EventType

inline constexpr QLatin1StringView kLiveSpace{"live"};

struct Event {
    qint64 seq = 0;
    QString space;
    QString type;
    QString entity; // the id of the entity the event is about
    QJsonObject payload;
    QDateTime at;

    QJsonObject toJson() const;
    static std::expected<Event, DecodeError> fromJson(const QJsonObject& json,
                                                      const QString& path = {});
    bool operator==(const Event&) const = default;
};

} // namespace switchboard::protocol
