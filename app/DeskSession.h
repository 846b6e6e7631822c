// One signed-in desk: the local cache (one SQLite file per server, agent and space), the
// sync client with its own connection to that file on a worker thread, the workspace
// models on the GUI thread over a second connection, and the window. It only wires: the
// models' command intents go to the sync client, the sync client's change notices, state
// and refusals come back to the models and the window.
#pragma once

#include "models/FileDraftStore.h"
#include "models/Workspace.h"
#include "protocol/Agent.h"
#include "store/Store.h"
#include "sync/SyncEndpoint.h"
#include "ui/MainWindow.h"

#include <QObject>
#include <QThread>

#include <expected>
#include <memory>

namespace switchboard::sync {
class SyncClient;
}

namespace switchboard::app {

class DeskSession : public QObject {
    Q_OBJECT
public:
    // Opens (creating) the cache file and starts syncing; the window is not shown yet. The
    // error says what could not be opened.
    static std::expected<std::unique_ptr<DeskSession>, QString> open(const QString& cachePath,
        const QString& draftsPath, const sync::SyncEndpoint& endpoint,
        const protocol::Agent& agent);

    ~DeskSession() override;

    ui::MainWindow& window() { return *window_; }
    models::Workspace& workspace() { return *workspace_; }
    // The cache file, for the tests and the log.
    QString cachePath() const { return cachePath_; }

private:
    DeskSession(QString cachePath, store::Store syncStore, store::Store viewStore,
        const QString& draftsPath);
    void connectParts(const sync::SyncEndpoint& endpoint, const protocol::Agent& agent);
    void route(const protocol::Command& command);

    QString cachePath_;
    QThread syncThread_;
    std::unique_ptr<store::Store> syncStore_; // used on syncThread_ only
    sync::SyncClient* client_ = nullptr; // lives on syncThread_
    store::Store viewStore_;
    models::FileDraftStore drafts_;
    std::unique_ptr<models::Workspace> workspace_;
    std::unique_ptr<ui::MainWindow> window_;
};

} // namespace switchboard::app
