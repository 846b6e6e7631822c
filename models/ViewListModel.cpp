#include "models/ViewListModel.h"

#include "store/InboxQuery.h"
#include "store/QueueRepository.h"
#include "store/Store.h"
#include "store/TagRepository.h"

namespace switchboard::models {

using store::InboxView;
using Kind = store::InboxView::Kind;

ViewListModel::ViewListModel(store::Store& store, QObject* parent)
    : QAbstractListModel(parent)
    , store_(store)
{
    recountTimer_.setSingleShot(true);
    recountTimer_.setInterval(kRecountDelayMs);
    connect(&recountTimer_, &QTimer::timeout, this, &ViewListModel::recount);
    reload();
}

void ViewListModel::setAgentId(const QString& agentId)
{
    if (agentId == agentId_)
        return;
    agentId_ = agentId;
    reload();
}

InboxView ViewListModel::viewAt(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_.at(row).view : InboxView {};
}

int ViewListModel::rowOf(const InboxView& view) const
{
    for (int i = 0; i < rows_.size(); ++i) {
        if (rows_.at(i).view == view)
            return i;
    }
    return -1;
}

int ViewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant ViewListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return row.name;
    case ViewKindRole:
        return int(row.view.kind);
    case ViewKeyRole:
        return row.view.key;
    case CountRole:
        return row.count;
    case SectionRole:
        return row.section;
    case ColourRole:
        return row.colour;
    default:
        return {};
    }
}

QHash<int, QByteArray> ViewListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ViewKindRole, "viewKind");
    names.insert(ViewKeyRole, "viewKey");
    names.insert(CountRole, "count");
    names.insert(SectionRole, "section");
    names.insert(ColourRole, "colour");
    return names;
}

void ViewListModel::reload()
{
    beginResetModel();
    rows_ = readRows();
    endResetModel();
}

void ViewListModel::applyChanges(const store::ChangeSet& changes)
{
    if (!changes.queues.isEmpty() || !changes.tags.isEmpty() || !changes.removedTags.isEmpty()) {
        reload();
        return;
    }
    if (!changes.conversations.isEmpty() && !recountTimer_.isActive())
        recountTimer_.start();
}

void ViewListModel::recount()
{
    // Three grouped queries; cheaper than working out which views a change touched.
    const auto counts = readCounts();
    for (int i = 0; i < rows_.size(); ++i) {
        const qint64 count = countIn(counts, rows_.at(i).view);
        if (count != rows_.at(i).count) {
            rows_[i].count = count;
            const QModelIndex changed = index(i);
            Q_EMIT dataChanged(changed, changed, { CountRole });
        }
    }
}

QList<ViewListModel::Row> ViewListModel::readRows()
{
    const QString views = tr("Views");
    QList<Row> rows {
        { { Kind::Mine, {} }, tr("My open"), views, {}, 0 },
        { { Kind::Unassigned, {} }, tr("Unassigned"), views, {}, 0 },
        { { Kind::Snoozed, {} }, tr("Snoozed"), views, {}, 0 },
        { { Kind::Resolved, {} }, tr("Resolved"), views, {}, 0 },
    };
    if (auto queues = store_.queues().all()) {
        for (const auto& queue : *queues)
            rows.append({ { Kind::Queue, queue.id }, queue.name, tr("Queues"), {}, 0 });
    } else {
        Q_EMIT loadFailed(queues.error().toString());
    }
    if (auto tags = store_.tags().all()) {
        for (const auto& tag : *tags)
            rows.append({ { Kind::Tag, tag.name }, tag.name, tr("Tags"), tag.colour, 0 });
    } else {
        Q_EMIT loadFailed(tags.error().toString());
    }
    const auto counts = readCounts();
    for (Row& row : rows)
        row.count = countIn(counts, row.view);
    return rows;
}

store::InboxCounts ViewListModel::readCounts()
{
    auto counts = store::InboxQuery(store_.database()).counts(agentId_);
    if (!counts) {
        Q_EMIT loadFailed(counts.error().toString());
        return {};
    }
    return std::move(*counts);
}

qint64 ViewListModel::countIn(const store::InboxCounts& counts, const InboxView& view)
{
    switch (view.kind) {
    case Kind::Mine:
        return counts.mine;
    case Kind::Unassigned:
        return counts.unassigned;
    case Kind::Snoozed:
        return counts.snoozed;
    case Kind::Resolved:
        return counts.resolved;
    case Kind::Queue:
        return counts.byQueue.value(view.key);
    case Kind::Tag:
        return counts.byTag.value(view.key);
    }
    return 0;
}

} // namespace switchboard::models
