// The staff directory for the assign menu: each agent with their presence and how many
// open conversations they hold now (their load), so work goes to someone free.
#pragma once

#include "protocol/Agent.h"
#include "store/ChangeSet.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>

namespace switchboard::store {
class Store;
}

namespace switchboard::models {

class AgentListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        AgentIdRole = Qt::UserRole + 1,
        PresenceRole, // int of protocol::Presence
        LoadRole, // qint64: open and pending conversations assigned to them
        TeamsRole, // QStringList
    };

    explicit AgentListModel(store::Store& store, QObject* parent = nullptr);

    int rowOf(const QString& agentId) const; // -1 when unknown
    QString nameOf(const QString& agentId) const;

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
    QHash<QString, qint64> readLoads();

    store::Store& store_;
    QList<protocol::Agent> agents_;
    QList<qint64> loads_;
    QTimer recountTimer_;
};

} // namespace switchboard::models
