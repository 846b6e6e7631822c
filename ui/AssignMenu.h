// The assign menu: to me, to an agent (each with presence and how many open conversations
// they hold), to a queue, or back to nobody. Built from the models each time it opens, so
// presence and load are current.
#pragma once

#include <QMenu>

namespace switchboard::models {
class AgentListModel;
class ViewListModel;
} // namespace switchboard::models

namespace switchboard::ui {

class AssignMenu : public QMenu {
    Q_OBJECT
public:
    AssignMenu(
        models::AgentListModel& agents, models::ViewListModel& views, QWidget* parent = nullptr);

    void setCurrentAgent(const QString& agentId) { currentAgent_ = agentId; }
    // Fills the menu now; it also fills itself before it shows.
    void rebuild();

Q_SIGNALS:
    void assignToMeRequested();
    void assignToAgentRequested(const QString& agentId);
    void assignToQueueRequested(const QString& queueId);
    void unassignRequested();

private:
    models::AgentListModel& agents_;
    models::ViewListModel& views_;
    QString currentAgent_;
};

} // namespace switchboard::ui
