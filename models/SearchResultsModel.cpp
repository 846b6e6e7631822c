#include "models/SearchResultsModel.h"

#include "store/Store.h"

namespace switchboard::models {

SearchResultsModel::SearchResultsModel(store::Store& store, QObject* parent)
    : QAbstractListModel(parent)
    , store_(store)
{
}

void SearchResultsModel::setQuery(const QString& text)
{
    query_ = text;
    beginResetModel();
    rows_ = search(text);
    endResetModel();
}

SearchResultsModel::RowKind SearchResultsModel::kindAt(int row) const
{
    return row >= 0 && row < rows_.size() ? rows_.at(row).kind : RowKind::Heading;
}

int SearchResultsModel::nextHitRow(int row, int step) const
{
    for (int i = row + step; i >= 0 && i < rows_.size(); i += step) {
        if (rows_.at(i).kind != RowKind::Heading)
            return i;
    }
    return -1;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_.at(index.row());
    const bool heading = row.kind == RowKind::Heading;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return heading ? row.heading : row.hit.title;
    case Qt::AccessibleTextRole:
        return heading ? row.heading : QString(row.hit.title + u", " + row.hit.snippet);
    case RowKindRole:
        return int(row.kind);
    case HitIdRole:
        return heading ? QString() : row.hit.id;
    case CustomerIdRole:
        return heading ? QString() : row.hit.customerId;
    case SnippetRole:
        return heading ? QString() : row.hit.snippet;
    case AtRole:
        return heading ? QDateTime() : row.hit.lastContactAt;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Headings are shown but skipped by the keyboard and never chosen.
    return rows_.at(index.row()).kind == RowKind::Heading
        ? Qt::ItemIsEnabled
        : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(HitIdRole, "hitId");
    names.insert(CustomerIdRole, "customerId");
    names.insert(TitleRole, "title");
    names.insert(SnippetRole, "snippet");
    names.insert(AtRole, "at");
    return names;
}

void SearchResultsModel::applyChanges(const store::ChangeSet& changes)
{
    // Results are few and found in milliseconds: searching again is simpler than patching.
    if (query_.trimmed().isEmpty())
        return;
    if (changes.customers.isEmpty() && changes.removedCustomers.isEmpty()
        && changes.messages.isEmpty() && changes.removedMessages.isEmpty()
        && changes.conversations.isEmpty())
        return;
    setQuery(query_);
}

QList<SearchResultsModel::Row> SearchResultsModel::search(const QString& text)
{
    QList<Row> rows;
    if (text.trimmed().isEmpty())
        return rows;
    auto customers = store_.search().searchCustomers(text, kHitsPerGroup);
    auto messages = store_.search().searchMessages(text, kHitsPerGroup);
    if (!customers || !messages) {
        Q_EMIT loadFailed(!customers ? customers.error().toString() : messages.error().toString());
        return rows;
    }
    if (!customers->isEmpty()) {
        rows.append({ RowKind::Heading, tr("Customers"), {} });
        for (auto& hit : *customers)
            rows.append({ RowKind::Customer, {}, std::move(hit) });
    }
    if (!messages->isEmpty()) {
        rows.append({ RowKind::Heading, tr("Messages"), {} });
        for (auto& hit : *messages)
            rows.append({ RowKind::Message, {}, std::move(hit) });
    }
    return rows;
}

} // namespace switchboard::models
