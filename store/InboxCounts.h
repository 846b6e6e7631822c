// How many conversations each inbox view holds for one agent, read in three grouped
// queries rather than one COUNT per view.
#pragma once

#include <QHash>
#include <QString>

namespace switchboard::store {

struct InboxCounts {
    qint64 mine = 0;
    qint64 unassigned = 0;
    qint64 snoozed = 0; // the agent's
    qint64 resolved = 0; // the agent's
    QHash<QString, qint64> byQueue; // open and pending, by queue id; absent: none
    QHash<QString, qint64> byTag; // open and pending, by tag name; absent: none
};

} // namespace switchboard::store
