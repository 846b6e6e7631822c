// One signed-in desk: the local cache (one SQLite file per server, agent and space), the
// sync client with its own connection to that file on a worker thread, the workspace
// models on the GUI thread over a second connection, and the window; and the call pop
// (CallPop and CallLog fed the sync client's `call` frames, the pop and wrap-up windows,
// the tray and ring alerts). It only wires: the models' command intents go to the sync
// client, the sync client's change notices, calls, state and refusals come back to the
// models and the windows; "Log a callback…" in the call list goes to the pop, and the
// pop's cache errors to the status bar.
#pragma once

#include "models/CallLog.h"
#include "models/CallPop.h"
#include "models/FileDraftStore.h"
#include "models/SearchResultsModel.h"
#include "models/Workspace.h"
#include "protocol/Agent.h"
#include "store/Store.h"
#include "sync/SyncEndpoint.h"
#include "ui/CallAlerts.h"
#include "ui/CallPopWindow.h"
#include "ui/MainWindow.h"
#include "ui/WrapUpPanel.h"

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
    models::CallPop& callPop() { return *callPop_; }
    models::CallLog& callLog() { return *callLog_; }
    ui::CallPopWindow& callPopWindow() { return *callPopWindow_; }
    ui::WrapUpPanel& wrapUpPanel() { return *wrapUpPanel_; }
    // The cache file, for the tests and the log.
    QString cachePath() const { return cachePath_; }

private:
    DeskSession(QString cachePath, store::Store syncStore, store::Store viewStore,
        const QString& draftsPath);
    void connectParts(const sync::SyncEndpoint& endpoint, const protocol::Agent& agent);
    void connectCalls(const protocol::Agent& agent);
    void route(const protocol::Command& command);

    QString cachePath_;
    QThread syncThread_;
    std::unique_ptr<store::Store> syncStore_; // used on syncThread_ only
    sync::SyncClient* client_ = nullptr; // lives on syncThread_
    store::Store viewStore_;
    models::FileDraftStore drafts_;
    std::unique_ptr<models::Workspace> workspace_;
    std::unique_ptr<ui::MainWindow> window_;
    std::unique_ptr<models::CallPop> callPop_;
    std::unique_ptr<models::CallLog> callLog_;
    // The pop's own search (link an unknown caller), apart from the window's Ctrl+K one.
    std::unique_ptr<models::SearchResultsModel> callSearch_;
    std::unique_ptr<ui::CallPopWindow> callPopWindow_; // top level, on top of everything
    std::unique_ptr<ui::WrapUpPanel> wrapUpPanel_;
    std::unique_ptr<ui::CallAlerts> callAlerts_;
};

} // namespace switchboard::app
