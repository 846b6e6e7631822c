// The tag catalogue for the tag editor's completion and chips: each tag with its colour
// and category, by category then name.
#pragma once

#include "protocol/Tag.h"
#include "store/ChangeSet.h"

#include <QAbstractListModel>
#include <QList>

namespace switchboard::store {
class Store;
}

namespace switchboard::models {

class TagListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ColourRole = Qt::UserRole + 1, // QString "#rrggbb"
        CategoryRole,
    };

    explicit TagListModel(store::Store& store, QObject* parent = nullptr);

    // The tag's colour, or an empty string for a tag not in the catalogue.
    QString colourOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();
    void applyChanges(const store::ChangeSet& changes);

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    store::Store& store_;
    QList<protocol::Tag> tags_;
};

} // namespace switchboard::models
