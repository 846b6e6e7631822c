// A change a desktop asks the server to make. The id is made by the client, so a command
// sent twice (a resend after a lost ack) is applied once. `baseRevision` names the
// revision an edit was made on, for conflict detection on customer profiles.
#pragma once

#include "protocol/DecodeError.h"

#include <QJsonObject>
#include <QUuid>

#include <expected>
#include <optional>

namespace switchboard::protocol {

// The command types and the payload each carries.
namespace CommandType {
inline constexpr QLatin1StringView AddTag{"conversation.addTag"};           // {conversationId, tag}
inline constexpr QLatin1StringView RemoveTag{"conversation.removeTag"};     // {conversationId, tag}
inline constexpr QLatin1StringView Assign{"conversation.assign"};           // {conversationId, agentId | queueId}
inline constexpr QLatin1StringView Unassign{"conversation.unassign"};       // {conversationId}
inline constexpr QLatin1StringView SetStatus{"conversation.setStatus"};     // {conversationId, status}
inline constexpr QLatin1StringView SetPriority{"conversation.setPriority"}; // {conversationId, priority}
inline constexpr QLatin1StringView Snooze{"conversation.snooze"};           // {conversationId, until}
inline constexpr QLatin1StringView SendMessage{"message.send"};             // {conversationId, messageId, channel, body}
inline constexpr QLatin1StringView AddNote{"note.add"};                     // {conversationId, messageId, body}
inline constexpr QLatin1StringView CreateCustomer{"customer.create"};       // Customer
inline constexpr QLatin1StringView UpdateCustomer{"customer.update"};       // {customerId, fields{}}
inline constexpr QLatin1StringView MergeCustomers{"customer.merge"};        // {survivorId, mergedId}
inline constexpr QLatin1StringView SetPresence{"agent.setPresence"};        // {presence}
inline constexpr QLatin1StringView SignalViewing{"signal.viewing"};         // {conversationId}
inline constexpr QLatin1StringView SignalTyping{"signal.typing"};           // {conversationId}
// After-call work (docs/protocol.md, "Calls"): no local effect; the server's events follow.
inline constexpr QLatin1StringView DeclineCall{"call.decline"};             // {callId}
inline constexpr QLatin1StringView WrapUpCall{"call.wrapUp"};               // {callId, customerId?, code, notes, tags[], followUpAt?}
bool isKnown(QStringView type);
} // namespace CommandType

struct Command {
    QUuid id;
    QString type;
    QJsonObject payload;
    std::optional<qint64> baseRevision;

    static Command make(QLatin1StringView type, QJsonObject payload,
                        std::optional<qint64> baseRevision = std::nullopt);

    QJsonObject toJson() const;
    static std::expected<Command, DecodeError> fromJson(const QJsonObject& json,
                                                        const QString& path = {});
    bool operator==(const Command&) const = default;
};

} // namespace switchboard::protocol
