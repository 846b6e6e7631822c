// The inbox's views for the left pane: My open, Unassigned, Snoozed, Resolved, then one row
// per queue and per tag, each with how many conversations it holds. Counts are read from
// the store (three grouped queries) and recounted when a change notice names conversations; the
// list itself is rebuilt only when queues or tags change.
#pragma once

#include "store/ChangeSet.h"
#include "store/InboxCounts.h"
#include "store/InboxView.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>

namespace switchboard::store {
class Store;
}

namespace switchboard::models {

class ViewListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ViewKindRole = Qt::UserRole + 1, // int of store::InboxView::Kind
        ViewKeyRole, // queue id or tag name
        CountRole, // qint64
        SectionRole, // QString: "Views", "Queues" or "Tags", translated
        ColourRole, // QString "#rrggbb" for tags, empty otherwise
    };

    explicit ViewListModel(store::Store& store, QObject* parent = nullptr);

    void setAgentId(const QString& agentId);
    store::InboxView viewAt(int row) const;
    int rowOf(const store::InboxView& view) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();
    void applyChanges(const store::ChangeSet& changes);

Q_SIGNALS:
    void loadFailed(const QString& message);

public:
    // Counts are read again this long after a change notice, once for a burst of them:
    // they take a grouped scan of the active conversations, too much for every event.
    static constexpr int kRecountDelayMs = 500;

private:
    void recount();
    struct Row {
        store::InboxView view;
        QString name;
        QString section;
        QString colour;
        qint64 count = 0;
    };
    QList<Row> readRows();
    store::InboxCounts readCounts();
    static qint64 countIn(const store::InboxCounts& counts, const store::InboxView& view);

    store::Store& store_;
    QString agentId_;
    QList<Row> rows_;
    QTimer recountTimer_;
};

} // namespace switchboard::models
