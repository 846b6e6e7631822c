#include "store/InboxView.h"

namespace switchboard::store {

using protocol::ConversationStatus;

bool InboxView::contains(const InboxRow& c, const QString& agentId) const
{
    // Work still to do: the views that list it leave out snoozed and resolved conversations.
    const bool active
        = c.status == ConversationStatus::Open || c.status == ConversationStatus::Pending;
    switch (kind) {
    case Kind::Mine:
        return active && !agentId.isEmpty() && c.assigneeId == agentId;
    case Kind::Unassigned:
        return active && c.assigneeId.isEmpty();
    case Kind::Queue:
        return active && c.queueId == key;
    case Kind::Tag:
        return active && c.tags.contains(key);
    case Kind::Snoozed:
        return c.status == ConversationStatus::Snoozed && !agentId.isEmpty()
            && c.assigneeId == agentId;
    case Kind::Resolved:
        return c.status == ConversationStatus::Resolved && !agentId.isEmpty()
            && c.assigneeId == agentId;
    }
    return false;
}

} // namespace switchboard::store
