// The closed vocabularies of the protocol and their wire names. Each enum has one table
// of names; `wireName()` and `fromWireName<E>()` are the only conversions, so a name is
// spelt in exactly one place.
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace switchboard::protocol {

enum class Channel { Phone, Email, Chat, Sms, Social, Video };
enum class ConversationStatus { Open, Pending, Snoozed, Resolved };
enum class Priority { Low, Normal, High, Urgent };
enum class MessageDirection { Inbound, Outbound, InternalNote };
enum class AgentRole { Agent, Lead, Trainer, Admin };
enum class Presence { Available, Busy, Away, Offline };
enum class Segment { New, Occasional, Loyal, AtRisk };
enum class OrderStatus { Placed, Paid, Shipped, Delivered, Cancelled, Returned };
// The outcome of a call, as the agent records it at wrap-up (the contact centre's
// "disposition code"; not CallDisposition, which says whether the call was answered).
enum class WrapUpCode { Resolved, CallbackNeeded, Escalated, InformationGiven, WrongNumber };

template <typename E> struct EnumNames;

#define SWITCHBOARD_ENUM_NAMES(E, N, ...)                                                      \
    template <> struct EnumNames<E> {                                                          \
        static constexpr std::array<std::pair<E, const char16_t*>, N> names{{__VA_ARGS__}};   \
    };

SWITCHBOARD_ENUM_NAMES(Channel, 6, {Channel::Phone, u"phone"}, {Channel::Email, u"email"},
                       {Channel::Chat, u"chat"}, {Channel::Sms, u"sms"},
                       {Channel::Social, u"social"}, {Channel::Video, u"video"})
SWITCHBOARD_ENUM_NAMES(ConversationStatus, 4, {ConversationStatus::Open, u"open"},
                       {ConversationStatus::Pending, u"pending"},
                       {ConversationStatus::Snoozed, u"snoozed"},
                       {ConversationStatus::Resolved, u"resolved"})
SWITCHBOARD_ENUM_NAMES(Priority, 4, {Priority::Low, u"low"}, {Priority::Normal, u"normal"},
                       {Priority::High, u"high"}, {Priority::Urgent, u"urgent"})
SWITCHBOARD_ENUM_NAMES(MessageDirection, 3, {MessageDirection::Inbound, u"in"},
                       {MessageDirection::Outbound, u"out"},
                       {MessageDirection::InternalNote, u"note"})
SWITCHBOARD_ENUM_NAMES(AgentRole, 4, {AgentRole::Agent, u"agent"}, {AgentRole::Lead, u"lead"},
                       {AgentRole::Trainer, u"trainer"}, {AgentRole::Admin, u"admin"})
SWITCHBOARD_ENUM_NAMES(Presence, 4, {Presence::Available, u"available"},
                       {Presence::Busy, u"busy"}, {Presence::Away, u"away"},
                       {Presence::Offline, u"offline"})
SWITCHBOARD_ENUM_NAMES(Segment, 4, {Segment::New, u"new"}, {Segment::Occasional, u"occasional"},
                       {Segment::Loyal, u"loyal"}, {Segment::AtRisk, u"at_risk"})
SWITCHBOARD_ENUM_NAMES(OrderStatus, 6, {OrderStatus::Placed, u"placed"},
                       {OrderStatus::Paid, u"paid"}, {OrderStatus::Shipped, u"shipped"},
                       {OrderStatus::Delivered, u"delivered"},
                       {OrderStatus::Cancelled, u"cancelled"},
                       {OrderStatus::Returned, u"returned"})
SWITCHBOARD_ENUM_NAMES(WrapUpCode, 5, {WrapUpCode::Resolved, u"resolved"},
                       {WrapUpCode::CallbackNeeded, u"callback_needed"},
                       {WrapUpCode::Escalated, u"escalated"},
                       {WrapUpCode::InformationGiven, u"information_given"},
                       {WrapUpCode::WrongNumber, u"wrong_number"})

#undef SWITCHBOARD_ENUM_NAMES

template <typename E> QString wireName(E value)
{
    for (const auto& [v, name] : EnumNames<E>::names) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename E> std::optional<E> fromWireName(QStringView name)
{
    for (const auto& [v, n] : EnumNames<E>::names) {
        if (name == QStringView(n))
            return v;
    }
    return std::nullopt;
}

} // namespace switchboard::protocol
