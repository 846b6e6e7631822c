// The results of the search popup (Ctrl+K): customers, then messages, each under a heading
// row that cannot be selected, from the store's full-text index as the agent types. Works
// offline: it reads the local cache only.
#pragma once

#include "store/ChangeSet.h"
#include "store/SearchIndex.h"

#include <QAbstractListModel>
#include <QList>

namespace switchboard::store {
class Store;
}

namespace switchboard::models {

class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class RowKind { Heading, Customer, Message };
    enum Role {
        RowKindRole = Qt::UserRole + 1, // int of RowKind
        HitIdRole, // customer id or message id
        CustomerIdRole,
        TitleRole,
        SnippetRole,
        AtRole, // QDateTime: last contact, or when the message was sent
    };
    static constexpr int kHitsPerGroup = 8;

    explicit SearchResultsModel(store::Store& store, QObject* parent = nullptr);

    void setQuery(const QString& text);
    const QString& query() const { return query_; }
    RowKind kindAt(int row) const;
    // The next row from `row` in `step` (+1 or -1) that is a hit, or -1 when there is none.
    int nextHitRow(int row, int step) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void applyChanges(const store::ChangeSet& changes);

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    struct Row {
        RowKind kind = RowKind::Heading;
        QString heading;
        store::SearchHit hit;
    };
    QList<Row> search(const QString& text);

    store::Store& store_;
    QString query_;
    QList<Row> rows_;
};

} // namespace switchboard::models
