// The shape of one conversation decided before any of it is written: channel, topic, when
// each message is sent and in which direction. Plans are small, so a customer's whole
// contact history can be planned (to know their last contact) before the customer is
// emitted, and the text is only written afterwards, one conversation at a time.
#pragma once

#include "demodata/ActivityPlanner.h"
#include "protocol/Enums.h"

#include <array>

namespace switchboard::demodata {

struct ConversationPlan {
    static constexpr int kMaxMessages = ActivityPlanner::kMaxMessagesPerConversation;

    int messageCount = 0;
    protocol::Channel channel = protocol::Channel::Email;
    qsizetype topic = 0;
    qint64 startMs = 0;
    std::array<qint64, kMaxMessages> offsetsMs{}; // each message's time after startMs
    // For the phone channel, In and Out are calls each way; InternalNote is a note.
    std::array<protocol::MessageDirection, kMaxMessages> directions{};
    quint64 seed = 0; // for everything written later: texts, agents, outcomes

    qint64 messageMs(int i) const { return startMs + offsetsMs[std::size_t(i)]; }
    qint64 endMs() const { return messageMs(messageCount - 1); }
    protocol::MessageDirection direction(int i) const { return directions[std::size_t(i)]; }
};

} // namespace switchboard::demodata
