// The words the workspace shows for the protocol's closed vocabularies (channels,
// statuses, priorities, presence, segments, call outcomes) and for durations, ages and money,
// translated. One place, so a status reads the same in the list, the header and a menu.
#pragma once

#include "protocol/Enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace switchboard::ui {

class DisplayNames {
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
public:
    static QString channel(protocol::Channel channel);
    static QString status(protocol::ConversationStatus status);
    static QString priority(protocol::Priority priority);
    static QString presence(protocol::Presence presence);
    static QString segment(protocol::Segment segment);
    // A call disposition's wire name ("answered", "missed", "callback") as the agent reads it.
    static QString disposition(const QString& wireName);
    // Whether a call with this disposition reached nobody (missed or abandoned): those
    // stand out wherever calls are listed.
    static bool isUnansweredCall(const QString& wireName);
    // The agent's wrap-up outcome ("Resolved", "Callback needed"...).
    static QString wrapUpCode(protocol::WrapUpCode code);
    // An amount in minor units with the symbol agents read (₺, €, £), in the agent's locale.
    static QString money(qint64 minor, const QString& currency);
    // "4:05" or "1:02:30".
    static QString duration(qint64 seconds);
    // How long ago, short: "now", "5 min", "3 h", "2 d".
    static QString age(const QDateTime& since, const QDateTime& now);
    // Until a deadline, short, "in 20 min"; "overdue 2 h" once it has passed.
    static QString dueIn(const QDateTime& due, const QDateTime& now);
};

} // namespace switchboard::ui
