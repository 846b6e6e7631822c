// The agent workspace's models over one Store, for one signed-in agent: the views, the
// inbox list, the timeline, the profile, search, the staff and tag directories, and the
// command API. It passes each change notice to every model and keeps the agent id in step
// across them; the windows get their data from here and send intents to commands().
//
// The Store must live on this object's thread (the GUI thread): the sync client applies
// events through a Store of its own and sends the resulting ChangeSet to applyChanges().
#pragma once

#include "models/AgentListModel.h"
#include "models/ConversationListModel.h"
#include "models/CustomerProfile.h"
#include "models/SearchResultsModel.h"
#include "models/TagListModel.h"
#include "models/TimelineModel.h"
#include "models/ViewListModel.h"
#include "models/WorkspaceCommands.h"

#include <QObject>

namespace switchboard::models {

class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(store::Store& store, QObject* parent = nullptr);

    void setCurrentAgent(const QString& agentId);
    const QString& currentAgent() const { return agentId_; }

    store::Store& store() { return store_; }
    ViewListModel& views() { return views_; }
    ConversationListModel& inbox() { return inbox_; }
    TimelineModel& timeline() { return timeline_; }
    CustomerProfile& profile() { return profile_; }
    SearchResultsModel& search() { return search_; }
    AgentListModel& agents() { return agents_; }
    TagListModel& tags() { return tags_; }
    WorkspaceCommands& commands() { return commands_; }

    // Shows the customer in the timeline and the profile.
    void openCustomer(const QString& customerId);

public Q_SLOTS:
    void applyChanges(const store::ChangeSet& changes);

Q_SIGNALS:
    // Any model could not read the cache; the window shows it, the models stay usable.
    void loadFailed(const QString& message);

private:
    store::Store& store_;
    QString agentId_;
    ViewListModel views_;
    ConversationListModel inbox_;
    TimelineModel timeline_;
    CustomerProfile profile_;
    SearchResultsModel search_;
    AgentListModel agents_;
    TagListModel tags_;
    WorkspaceCommands commands_;
};

} // namespace switchboard::models
