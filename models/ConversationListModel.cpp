#include "models/ConversationListModel.h"

#include "store/AgentRepository.h"
#include "store/InboxQuery.h"
#include "store/Store.h"

#include <algorithm>

namespace switchboard::models {

using store::InboxRow;

ConversationListModel::ConversationListModel(store::Store& store, QObject* parent)
    : QAbstractListModel(parent)
    , store_(store)
{
    loadAgentNames();
}

void ConversationListModel::setView(const store::InboxView& view, const QString& agentId)
{
    announcing_ = true;
    beginResetModel();
    view_ = view;
    agentId_ = agentId;
    rows_.clear();
    atEnd_ = false;
    endResetModel();
    announcing_ = false;
    // The first page at once, so a view that is shown is never empty for a frame.
    fetchMore({});
}

void ConversationListModel::setSort(store::InboxSort sort)
{
    if (sort == sort_)
        return;
    sort_ = sort;
    setView(view_, agentId_);
}

void ConversationListModel::setChannelFilter(std::optional<protocol::Channel> channel)
{
    if (channel == channelFilter_)
        return;
    channelFilter_ = channel;
    setView(view_, agentId_);
}

int ConversationListModel::rowOf(const QString& conversationId) const
{
    for (int i = 0; i < rows_.size(); ++i) {
        if (rows_.at(i).id == conversationId)
            return i;
    }
    return -1;
}

const InboxRow* ConversationListModel::rowAt(int row) const
{
    return row >= 0 && row < rows_.size() ? &rows_.at(row) : nullptr;
}

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow& r = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return r.customerName;
    case Qt::ToolTipRole:
    case SubjectRole:
        return r.subject;
    case Qt::AccessibleTextRole:
        return QString(r.customerName + u", " + r.subject);
    case ConversationIdRole:
        return r.id;
    case CustomerIdRole:
        return r.customerId;
    case ChannelRole:
        return int(r.channel);
    case SnippetRole:
        return r.snippet;
    case UpdatedAtRole:
        return r.updatedAt;
    case SlaDueRole:
        return r.slaDueAt;
    case PriorityRole:
        return int(r.priority);
    case StatusRole:
        return int(r.status);
    case TagsRole:
        return r.tags;
    case AssigneeIdRole:
        return r.assigneeId;
    case AssigneeNameRole:
        return agentNames_.value(r.assigneeId);
    case QueueIdRole:
        return r.queueId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(CustomerIdRole, "customerId");
    names.insert(CustomerNameRole, "customerName");
    names.insert(ChannelRole, "channel");
    names.insert(SubjectRole, "subject");
    names.insert(SnippetRole, "snippet");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(SlaDueRole, "slaDue");
    names.insert(PriorityRole, "priority");
    names.insert(StatusRole, "status");
    names.insert(TagsRole, "tags");
    names.insert(AssigneeIdRole, "assigneeId");
    names.insert(AssigneeNameRole, "assigneeName");
    names.insert(QueueIdRole, "queueId");
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !atEnd_;
}

void ConversationListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || atEnd_ || announcing_)
        return;
    std::optional<store::InboxKey> after;
    if (!rows_.isEmpty())
        after = rows_.constLast().key(sort_);
    auto page = store::InboxQuery(store_.database()).page(
        view_, agentId_, kPageSize, after, sort_, channelFilter_);
    if (!page) {
        atEnd_ = true; // do not ask again in a loop; the next setView() starts over
        Q_EMIT loadFailed(page.error().toString());
        return;
    }
    atEnd_ = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    announcing_ = true;
    beginInsertRows({}, int(rows_.size()), int(rows_.size() + page->size() - 1));
    rows_.append(std::move(*page));
    endInsertRows();
    announcing_ = false;
}

void ConversationListModel::applyChanges(const store::ChangeSet& changes)
{
    if (!changes.agents.isEmpty()) {
        loadAgentNames();
        if (!rows_.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(rows_.size()) - 1), { AssigneeNameRole });
    }
    QSet<QString> touched = changes.conversations;
    // A new message changes the snippet; a customer edit the name on their rows.
    for (auto it = changes.messages.cbegin(); it != changes.messages.cend(); ++it)
        touched.insert(it.value());
    for (auto it = changes.removedMessages.cbegin(); it != changes.removedMessages.cend(); ++it)
        touched.insert(it.value());
    if (!changes.customers.isEmpty()) {
        for (const InboxRow& row : std::as_const(rows_)) {
            if (changes.customers.contains(row.customerId))
                touched.insert(row.id);
        }
    }
    for (const QString& id : std::as_const(touched))
        refreshRow(id);
}

void ConversationListModel::loadAgentNames()
{
    agentNames_.clear();
    auto agents = store_.agents().all();
    if (!agents) {
        Q_EMIT loadFailed(agents.error().toString());
        return;
    }
    for (const auto& agent : *agents)
        agentNames_.insert(agent.id, agent.name);
}

void ConversationListModel::refreshRow(const QString& conversationId)
{
    auto fresh = store::InboxQuery(store_.database()).row(conversationId);
    if (!fresh) {
        Q_EMIT loadFailed(fresh.error().toString());
        return;
    }
    const int at = rowOf(conversationId);
    const bool belongs = fresh->has_value() && view_.contains(**fresh, agentId_)
        && (!channelFilter_ || (*fresh)->channel == *channelFilter_);
    if (!belongs) {
        if (at >= 0)
            removeAt(at);
        return;
    }
    InboxRow row = std::move(**fresh);
    if (at >= 0 && rows_.at(at).key(sort_) == row.key(sort_)) {
        rows_[at] = std::move(row);
        Q_EMIT dataChanged(index(at), index(at));
        return;
    }
    // Its place in the order moved (a new message): take it out and put it back.
    if (at >= 0)
        removeAt(at);
    insertSorted(std::move(row));
}

void ConversationListModel::removeAt(int row)
{
    announcing_ = true;
    beginRemoveRows({}, row, row);
    rows_.removeAt(row);
    endRemoveRows();
    announcing_ = false;
}

void ConversationListModel::insertSorted(InboxRow row)
{
    const auto key = row.key(sort_);
    const auto it = std::lower_bound(
        rows_.cbegin(), rows_.cend(), key, [this](const InboxRow& r, const store::InboxKey& k) {
            return r.key(sort_).before(k, sort_);
        });
    const int at = int(it - rows_.cbegin());
    // Past the last fetched row it belongs to a page not read yet, which will bring it.
    if (at == rows_.size() && !atEnd_)
        return;
    announcing_ = true;
    beginInsertRows({}, at, at);
    rows_.insert(at, std::move(row));
    endInsertRows();
    announcing_ = false;
}

} // namespace switchboard::models
