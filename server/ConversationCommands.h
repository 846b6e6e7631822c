// The commands on one conversation: tags, assignment, status, priority, snooze, a reply and
// an internal note. Each reads the conversation, checks the role, and plans the new
// snapshot (revision + 1, updatedAt now); a command that changes nothing plans no event.
#pragma once

#include "protocol/Command.h"
#include "server/CommandPlan.h"
#include "server/EntityState.h"

namespace switchboard::server {

class ConversationCommands {
public:
    explicit ConversationCommands(EntityState& state);

    static bool handles(QStringView commandType);
    PlanResult plan(const Actor& actor, const protocol::Command& command, const QDateTime& now);

private:
    struct Loaded {
        protocol::Conversation conversation;
        std::optional<protocol::Agent> assignee;
    };
    std::expected<Loaded, Refusal> load(const QString& conversationId);
    PlanResult assign(
        const Actor& actor, Loaded loaded, const QJsonObject& payload, const QDateTime& now);
    PlanResult addMessage(const Actor& actor, const protocol::Conversation& conversation,
        const protocol::Command& command, const QDateTime& now);

    EntityState& state_;
};

} // namespace switchboard::server
