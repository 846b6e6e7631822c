// The inbox list: the conversations of one view, most recently updated first (or by SLA
// due time), read in
// pages as the view scrolls (canFetchMore/fetchMore with keyset paging), so a view of 100k
// conversations costs one page to open. A change notice updates, moves, inserts or removes
// only the rows it names; rows beyond what has been fetched arrive with their page.
#pragma once

#include "store/ChangeSet.h"
#include "store/InboxRow.h"
#include "store/InboxView.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace switchboard::store {
class Store;
}

namespace switchboard::models {

class ConversationListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        CustomerNameRole,
        ChannelRole, // int of protocol::Channel
        SubjectRole,
        SnippetRole,
        UpdatedAtRole, // QDateTime: the age is now minus this
        SlaDueRole, // QDateTime, invalid when none
        PriorityRole, // int of protocol::Priority
        StatusRole, // int of protocol::ConversationStatus
        TagsRole, // QStringList
        AssigneeIdRole,
        AssigneeNameRole, // empty when unassigned
        QueueIdRole,
    };
    static constexpr int kPageSize = 200;

    explicit ConversationListModel(store::Store& store, QObject* parent = nullptr);

    void setView(const store::InboxView& view, const QString& agentId);
    const store::InboxView& view() const { return view_; }
    // Reads the view again in `sort` order.
    void setSort(store::InboxSort sort);
    // Only conversations on this channel, in whichever view is shown; nullopt for all.
    void setChannelFilter(std::optional<protocol::Channel> channel);
    std::optional<protocol::Channel> channelFilter() const { return channelFilter_; }
    store::InboxSort sort() const { return sort_; }
    int rowOf(const QString& conversationId) const; // -1 when not loaded
    const store::InboxRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

public Q_SLOTS:
    void applyChanges(const store::ChangeSet& changes);

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void loadAgentNames();
    void refreshRow(const QString& conversationId);
    void removeAt(int row);
    void insertSorted(store::InboxRow row);

    store::Store& store_;
    store::InboxView view_;
    store::InboxSort sort_ = store::InboxSort::LastUpdate;
    std::optional<protocol::Channel> channelFilter_;
    QString agentId_;
    QList<store::InboxRow> rows_;
    bool atEnd_ = true;
    QHash<QString, QString> agentNames_; // id -> name, for the assignee column
    // Set while this model announces a change. A fetch asked for from a slot of one of
    // those signals (QAbstractItemModelTester does) would nest a second change inside the
    // first: it is ignored, and the view asks again when it next needs rows.
    bool announcing_ = false;
};

} // namespace switchboard::models
