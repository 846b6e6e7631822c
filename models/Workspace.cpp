#include "models/Workspace.h"

namespace switchboard::models {

Workspace::Workspace(store::Store& store, QObject* parent)
    : QObject(parent)
    , store_(store)
    , views_(store)
    , inbox_(store)
    , timeline_(store)
    , profile_(store)
    , search_(store)
    , agents_(store)
    , tags_(store)
{
    connect(&views_, &ViewListModel::loadFailed, this, &Workspace::loadFailed);
    connect(&inbox_, &ConversationListModel::loadFailed, this, &Workspace::loadFailed);
    connect(&timeline_, &TimelineModel::loadFailed, this, &Workspace::loadFailed);
    connect(&profile_, &CustomerProfile::loadFailed, this, &Workspace::loadFailed);
    connect(&search_, &SearchResultsModel::loadFailed, this, &Workspace::loadFailed);
    connect(&agents_, &AgentListModel::loadFailed, this, &Workspace::loadFailed);
    connect(&tags_, &TagListModel::loadFailed, this, &Workspace::loadFailed);
}

void Workspace::setCurrentAgent(const QString& agentId)
{
    agentId_ = agentId;
    commands_.setCurrentAgent(agentId);
    views_.setAgentId(agentId);
    inbox_.setView(inbox_.view(), agentId);
}

void Workspace::openCustomer(const QString& customerId)
{
    if (customerId == timeline_.customerId() && !customerId.isEmpty())
        return;
    timeline_.setCustomer(customerId);
    profile_.setCustomer(customerId);
}

void Workspace::applyChanges(const store::ChangeSet& changes)
{
    if (changes.isEmpty())
        return;
    views_.applyChanges(changes);
    inbox_.applyChanges(changes);
    timeline_.applyChanges(changes);
    profile_.applyChanges(changes);
    search_.applyChanges(changes);
    agents_.applyChanges(changes);
    tags_.applyChanges(changes);
}

} // namespace switchboard::models
