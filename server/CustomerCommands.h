// Creating, editing and merging customers. An edit names the revision it was made on: a
// field changed at a later revision is a conflict (returned with both values); other fields
// of a stale edit go through. A merge follows the desktop store's EventApplier: the merged
// customer's conversations, messages, orders and feedback move to the survivor, its phones
// and emails are appended to the survivor's, and the merged customer is removed.
#pragma once

#include "protocol/Command.h"
#include "server/CommandPlan.h"
#include "server/EntityState.h"

namespace switchboard::server {

class CustomerCommands {
public:
    explicit CustomerCommands(EntityState& state);

    static bool handles(QStringView commandType);
    PlanResult plan(const Actor& actor, const protocol::Command& command, const QDateTime& now);

    // The fields customer.update may change, as named in the Customer JSON.
    static const QStringList& editableFields();

private:
    PlanResult create(const protocol::Command& command, const QDateTime& now);
    PlanResult update(const protocol::Command& command, const QDateTime& now);
    PlanResult merge(const protocol::Command& command, const QDateTime& now);

    EntityState& state_;
};

} // namespace switchboard::server
