#include "app/DeskSession.h"

#include "sync/SyncClient.h"

#include <QDir>
#include <QJsonArray>
#include <QFileInfo>

namespace switchboard::app {

using namespace Qt::StringLiterals;

namespace {

ui::SyncState shownState(sync::SyncState state)
{
    switch (state) {
    case sync::SyncState::Online:
        return ui::SyncState::Online;
    case sync::SyncState::Connecting:
    case sync::SyncState::Syncing:
        return ui::SyncState::Reconnecting;
    case sync::SyncState::Offline:
        return ui::SyncState::Offline;
    }
    return ui::SyncState::Offline;
}

QString shown(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(shown(item));
        return items.join(u", "_s);
    }
    if (value.isNull() || value.isUndefined())
        return DeskSession::tr("(empty)");
    return value.toVariant().toString();
}

// The notice for a refused change; a stale customer edit shows both values, so the agent
// can decide which one stands without opening the profile's history.
QString noticeFor(const sync::CommandRejection& rejection)
{
    if (!rejection.conflict)
        return rejection.message;
    const protocol::FieldConflict& conflict = *rejection.conflict;
    return DeskSession::tr("%1 Yours: \"%2\". Now: \"%3\".")
        .arg(rejection.message, shown(conflict.yours), shown(conflict.theirs));
}

} // namespace

std::expected<std::unique_ptr<DeskSession>, QString> DeskSession::open(const QString& path,
    const QString& draftsPath, const sync::SyncEndpoint& endpoint, const protocol::Agent& agent)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return std::unexpected(
            QObject::tr("Could not create the folder of the local cache %1").arg(path));
    // Two connections to one WAL file: the sync client writes on its thread while the
    // window reads on the GUI thread, neither waiting for the other.
    auto syncStore = store::Store::open(path);
    if (!syncStore)
        return std::unexpected(QObject::tr("Could not open the local cache %1: %2")
                                   .arg(path, syncStore.error().message));
    auto viewStore = store::Store::open(path);
    if (!viewStore)
        return std::unexpected(QObject::tr("Could not open the local cache %1: %2")
                                   .arg(path, viewStore.error().message));
    std::unique_ptr<DeskSession> session(
        new DeskSession(path, std::move(*syncStore), std::move(*viewStore), draftsPath));
    session->connectParts(endpoint, agent);
    return session;
}

DeskSession::DeskSession(
    QString cachePath, store::Store syncStore, store::Store viewStore, const QString& draftsPath)
    : cachePath_(std::move(cachePath))
    , syncStore_(std::make_unique<store::Store>(std::move(syncStore)))
    , viewStore_(std::move(viewStore))
    , drafts_(draftsPath)
{
    syncThread_.setObjectName(u"sync"_s);
}

DeskSession::~DeskSession()
{
    // The windows before the models they show, the models before the store.
    callAlerts_.reset();
    wrapUpPanel_.reset();
    callPopWindow_.reset();
    window_.reset();
    // The client stops and is deleted on its own thread (a deferred delete runs as the
    // thread finishes); only then may its store go.
    QMetaObject::invokeMethod(
        client_,
        [client = client_] {
            client->stop();
            client->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    syncThread_.quit();
    syncThread_.wait();
    syncStore_.reset();
}

void DeskSession::connectParts(const sync::SyncEndpoint& endpoint, const protocol::Agent& agent)
{
    qRegisterMetaType<store::ChangeSet>();
    qRegisterMetaType<protocol::Command>();
    qRegisterMetaType<protocol::SignalFrame>();
    qRegisterMetaType<sync::CommandRejection>();
    qRegisterMetaType<sync::SyncEndpoint>();
    qRegisterMetaType<protocol::CallFrame>();

    workspace_ = std::make_unique<models::Workspace>(viewStore_);
    workspace_->setCurrentAgent(agent.id);
    window_ = std::make_unique<ui::MainWindow>(*workspace_, drafts_);
    window_->setCurrentAgent(agent.id);

    client_ = new sync::SyncClient(*syncStore_);
    client_->moveToThread(&syncThread_);
    connect(&workspace_->commands(), &models::WorkspaceCommands::commandReady, this,
        &DeskSession::route);
    connect(
        client_, &sync::SyncClient::changed, workspace_.get(), &models::Workspace::applyChanges);
    auto showState
        = [this] { window_->setSyncState(shownState(client_->state()), client_->pendingCount()); };
    connect(client_, &sync::SyncClient::stateChanged, this, showState);
    connect(client_, &sync::SyncClient::pendingCountChanged, this, showState);
    connect(client_, &sync::SyncClient::commandRejected, this,
        [this](const sync::CommandRejection& rejection) {
            window_->showRejectNotice(noticeFor(rejection));
        });
    connect(client_, &sync::SyncClient::commandFailed, this,
        [this](const protocol::Command&, const QString& message) {
            window_->showRejectNotice(message);
        });
    connect(client_, &sync::SyncClient::sessionRefused, this,
        [this](const QString&, const QString& message) {
            window_->showRejectNotice(tr("Signed out: %1").arg(message));
        });
    connect(client_, &sync::SyncClient::signalReceived, window_.get(), &ui::MainWindow::showSignal);
    connectCalls(agent);
    syncThread_.start();
    QMetaObject::invokeMethod(client_, [client = client_, endpoint] { client->start(endpoint); });
}

// The call pop over the view store, like the workspace: frames from the sync thread (queued,
// as every signal of the client is), its commands through route(), the customer it opens
// into the workspace with the main window raised.
void DeskSession::connectCalls(const protocol::Agent& agent)
{
    callPop_ = std::make_unique<models::CallPop>(viewStore_);
    callPop_->setCurrentAgent(agent.id);
    callLog_ = std::make_unique<models::CallLog>();
    callSearch_ = std::make_unique<models::SearchResultsModel>(viewStore_);
    // No parent: the pop must show while the main window is minimised.
    callPopWindow_
        = std::make_unique<ui::CallPopWindow>(*callPop_, *callSearch_, workspace_->tags());
    wrapUpPanel_ = std::make_unique<ui::WrapUpPanel>(
        *callPop_, workspace_->tags(), *callSearch_, window_.get());
    callAlerts_ = std::make_unique<ui::CallAlerts>(*callPop_, *callPopWindow_);
    window_->addCallControls(
        *callLog_, callPopWindow_->acceptAction(), callAlerts_->ringSoundAction());

    connect(client_, &sync::SyncClient::callReceived, callPop_.get(), &models::CallPop::handle,
        Qt::QueuedConnection);
    connect(client_, &sync::SyncClient::callReceived, callLog_.get(), &models::CallLog::handle,
        Qt::QueuedConnection);
    connect(client_, &sync::SyncClient::changed, callPop_.get(), &models::CallPop::applyChanges);
    connect(client_, &sync::SyncClient::changed, callSearch_.get(),
        &models::SearchResultsModel::applyChanges);
    connect(callPop_.get(), &models::CallPop::commandReady, this, &DeskSession::route);
    connect(callPop_.get(), &models::CallPop::loadFailed, window_.get(),
        &ui::MainWindow::showLoadError);
    connect(window_.get(), &ui::MainWindow::callbackRequested, callPop_.get(),
        [this](const QString& callId) { callPop_->logCallback(*callLog_, callId); });
    connect(
        callPop_.get(), &models::CallPop::customerOpened, this, [this](const QString& customerId) {
            workspace_->openCustomer(customerId);
            window_->setWindowState(window_->windowState() & ~Qt::WindowMinimized);
            window_->show();
            window_->raise();
            window_->activateWindow();
        });
}

// Collision hints travel as signals, straight to the socket; everything else is a command
// the outbox keeps until the server answers.
void DeskSession::route(const protocol::Command& command)
{
    const QString conversationId = command.payload.value("conversationId"_L1).toString();
    if (command.type == protocol::CommandType::SignalViewing) {
        QMetaObject::invokeMethod(client_, [client = client_, conversationId] {
            client->sendSignal(QString(protocol::SignalKind::Viewing), conversationId);
        });
    } else if (command.type == protocol::CommandType::SignalTyping) {
        QMetaObject::invokeMethod(client_, [client = client_, conversationId] {
            client->sendSignal(QString(protocol::SignalKind::Typing), conversationId);
        });
    } else {
        QMetaObject::invokeMethod(
            client_, [client = client_, command] { client->submit(command); });
    }
}

} // namespace switchboard::app
