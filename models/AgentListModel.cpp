#include "models/AgentListModel.h"

#include "store/AgentRepository.h"
#include "store/InboxQuery.h"
#include "store/Store.h"

namespace switchboard::models {

AgentListModel::AgentListModel(store::Store& store, QObject* parent)
    : QAbstractListModel(parent)
    , store_(store)
{
    recountTimer_.setSingleShot(true);
    recountTimer_.setInterval(kRecountDelayMs);
    connect(&recountTimer_, &QTimer::timeout, this, &AgentListModel::recount);
    reload();
}

int AgentListModel::rowOf(const QString& agentId) const
{
    for (int i = 0; i < agents_.size(); ++i) {
        if (agents_.at(i).id == agentId)
            return i;
    }
    return -1;
}

QString AgentListModel::nameOf(const QString& agentId) const
{
    const int row = rowOf(agentId);
    return row < 0 ? QString() : agents_.at(row).name;
}

int AgentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(agents_.size());
}

QVariant AgentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Agent& agent = agents_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return agent.name;
    case AgentIdRole:
        return agent.id;
    case PresenceRole:
        return int(agent.presence);
    case LoadRole:
        return loads_.at(index.row());
    case TeamsRole:
        return agent.teams;
    default:
        return {};
    }
}

QHash<int, QByteArray> AgentListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(AgentIdRole, "agentId");
    names.insert(PresenceRole, "presence");
    names.insert(LoadRole, "load");
    names.insert(TeamsRole, "teams");
    return names;
}

void AgentListModel::reload()
{
    beginResetModel();
    agents_.clear();
    loads_.clear();
    if (auto agents = store_.agents().all()) {
        agents_ = std::move(*agents);
        const auto loads = readLoads();
        for (const auto& agent : std::as_const(agents_))
            loads_.append(loads.value(agent.id));
    } else {
        Q_EMIT loadFailed(agents.error().toString());
    }
    endResetModel();
}

void AgentListModel::applyChanges(const store::ChangeSet& changes)
{
    if (!changes.agents.isEmpty()) {
        reload();
        return;
    }
    if (!changes.conversations.isEmpty() && !recountTimer_.isActive())
        recountTimer_.start();
}

void AgentListModel::recount()
{
    const auto loads = readLoads();
    for (int i = 0; i < agents_.size(); ++i) {
        const qint64 load = loads.value(agents_.at(i).id);
        if (load != loads_.at(i)) {
            loads_[i] = load;
            Q_EMIT dataChanged(index(i), index(i), { LoadRole });
        }
    }
}

QHash<QString, qint64> AgentListModel::readLoads()
{
    auto loads = store::InboxQuery(store_.database()).loads();
    if (!loads) {
        Q_EMIT loadFailed(loads.error().toString());
        return {};
    }
    return std::move(*loads);
}

} // namespace switchboard::models
