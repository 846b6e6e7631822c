// One of the inbox's views (My open, Unassigned, a queue, a tag, Snoozed, Resolved), as
// the view list offers them and the inbox query filters by. contains() is the same filter
// in C++, so a model can tell from a changed row alone whether it enters or
// leaves the view it shows, without asking the database.
#pragma once

#include "store/InboxRow.h"

#include <QString>

namespace switchboard::store {

struct InboxView {
    enum class Kind { Mine, Unassigned, Queue, Tag, Snoozed, Resolved };

    Kind kind = Kind::Mine;
    QString key; // the queue id or the tag name; empty for the other kinds

    // Whether the conversation of `row` belongs in this view for the agent `agentId`.
    bool contains(const InboxRow& row, const QString& agentId) const;
    bool operator==(const InboxView&) const = default;
};

} // namespace switchboard::store
