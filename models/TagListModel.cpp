#include "models/TagListModel.h"

#include "store/Store.h"
#include "store/TagRepository.h"

#include <QColor>

namespace switchboard::models {

TagListModel::TagListModel(store::Store& store, QObject* parent)
    : QAbstractListModel(parent)
    , store_(store)
{
    reload();
}

QString TagListModel::colourOf(const QString& name) const
{
    for (const auto& tag : tags_) {
        if (tag.name == name)
            return tag.colour;
    }
    return {};
}

int TagListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(tags_.size());
}

QVariant TagListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Tag& tag = tags_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::AccessibleTextRole:
        return tag.name;
    case Qt::DecorationRole:
        return QColor::fromString(tag.colour);
    case Qt::ToolTipRole:
    case CategoryRole:
        return tag.category;
    case ColourRole:
        return tag.colour;
    default:
        return {};
    }
}

QHash<int, QByteArray> TagListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ColourRole, "colour");
    names.insert(CategoryRole, "category");
    return names;
}

void TagListModel::reload()
{
    beginResetModel();
    tags_.clear();
    if (auto tags = store_.tags().all())
        tags_ = std::move(*tags);
    else
        Q_EMIT loadFailed(tags.error().toString());
    endResetModel();
}

void TagListModel::applyChanges(const store::ChangeSet& changes)
{
    if (!changes.tags.isEmpty() || !changes.removedTags.isEmpty())
        reload();
}

} // namespace switchboard::models
