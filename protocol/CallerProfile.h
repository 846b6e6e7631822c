// The profile summary a `call` frame carries for each customer the caller's number matched:
// enough for the desktop to pop a useful card before it reads its own cache (name, segment,
// lifetime value, the last three interactions, open conversations, last feedback, tags).
// A summary, never the source of truth: the desktop enriches it from its cache.
#pragma once

#include "protocol/DecodeError.h"
#include "protocol/Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <expected>
#include <optional>

namespace switchboard::protocol {

inline constexpr qsizetype kMaxCallerInteractions = 3; // last interactions in a profile
inline constexpr qsizetype kMaxCallerOpenConversations = 10; // open conversations listed
inline constexpr qsizetype kMaxCallerMatches = 10; // customers one number may match

// One recent message of the customer, shortened.
struct CallerInteraction {
    QString conversationId;
    Channel channel = Channel::Phone;
    MessageDirection direction = MessageDirection::Inbound;
    QString summary; // the start of the body, at most kMaxShortTextChars
    QDateTime at;

    QJsonObject toJson() const;
    static std::expected<CallerInteraction, DecodeError> fromJson(
        const QJsonObject& json, const QString& path = {});
    bool operator==(const CallerInteraction&) const = default;
};

struct CallerOpenConversation {
    QString id;
    Channel channel = Channel::Phone;
    QString subject;
    ConversationStatus status = ConversationStatus::Open;

    QJsonObject toJson() const;
    static std::expected<CallerOpenConversation, DecodeError> fromJson(
        const QJsonObject& json, const QString& path = {});
    bool operator==(const CallerOpenConversation&) const = default;
};

struct CallerFeedback {
    std::optional<qint64> csat;
    std::optional<qint64> nps;
    std::optional<qint64> ces;
    QString comment;
    QDateTime at;

    QJsonObject toJson() const;
    static std::expected<CallerFeedback, DecodeError> fromJson(
        const QJsonObject& json, const QString& path = {});
    bool operator==(const CallerFeedback&) const = default;
};

struct CallerProfile {
    QString customerId;
    QString name;
    Segment segment = Segment::New;
    qint64 lifetimeValueMinor = 0;
    QString currency;
    QStringList tags;
    QList<CallerInteraction> lastInteractions; // newest first
    QList<CallerOpenConversation> openConversations;
    std::optional<CallerFeedback> lastFeedback;

    QJsonObject toJson() const;
    static std::expected<CallerProfile, DecodeError> fromJson(
        const QJsonObject& json, const QString& path = {});
    bool operator==(const CallerProfile&) const = default;
};

} // namespace switchboard::protocol
