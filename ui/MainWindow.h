// The agent workspace window: views and the inbox on the left, the selected customer's
// timeline with the conversation header and the composer in the centre, the customer's
// profile on the right, the status bar below. It shows what the models hold and turns what
// the agent does into WorkspaceCommands intents; it holds no business rules and no data
// of its own beyond which conversation is selected.
#pragma once

#include "protocol/SignalFrame.h"
#include "store/InboxRow.h"
#include "ui/SyncState.h"

#include <QMainWindow>

#include <optional>

class QListView;
class QMenu;
class QToolButton;

namespace switchboard::models {
class CallLog;
class DraftStore;
class Workspace;
} // namespace switchboard::models

namespace switchboard::ui {

class AssignMenu;
class CallListDialog;
class CollisionTracker;
class InboxPane;
class Composer;
class ConversationHeader;
class ProfilePanel;
class SearchPopup;
class SnoozeMenu;
class WorkspaceActions;
class WorkspaceStatusBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(models::Workspace& workspace, models::DraftStore& drafts, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The selected conversation's id; empty when none. For the app and tests.
    QString currentConversationId() const;
    WorkspaceActions& actions() { return *actions_; }
    // The call pop's part of the window: a Calls menu (accept the ringing call, the call
    // list, the ring sound) and the missed-call count in the status bar, which opens the
    // call list. `accept` is application-wide (it works from the pop too); while it is
    // enabled, i.e. while a call rings, it takes Ctrl+Shift+A from Assign….
    void addCallControls(models::CallLog& log, QAction* accept, QAction* ringSound);
    WorkspaceStatusBar& workspaceStatusBar() { return *statusBar_; }

Q_SIGNALS:
    // "Log a callback…" on a missed call of the call list.
    void callbackRequested(const QString& callId);

public Q_SLOTS:
    void setCurrentAgent(const QString& agentId);
    void setSyncState(switchboard::ui::SyncState state, int pendingCount);
    void showRejectNotice(const QString& text);
    // The local cache could not be read; in the status bar until dismissed.
    void showLoadError(const QString& text);
    // Another agent viewing, typing in or leaving a conversation (collision display).
    void showSignal(const switchboard::protocol::SignalFrame& signal);
    // Selects the inbox row of the conversation, if it is in the current view.
    void selectConversation(const QString& conversationId);

private:
    void buildLayout();
    void buildMenus();
    void connectActions();
    void openInboxRow(int row);
    void refreshCurrentRow();
    void moveInboxSelection(int step);
    void popUpUnder(QMenu* menu, QToolButton* button);
    void jumpToDate();
    void editCustomer();
    void showShortcuts();
    void showCallList();
    void lendShortcutsTo(QAction* action);

    models::Workspace& workspace_;
    models::DraftStore& drafts_;
    WorkspaceActions* actions_ = nullptr;
    QListView* views_ = nullptr;
    InboxPane* inboxPane_ = nullptr;
    QListView* inbox_ = nullptr; // the pane's list
    QListView* timeline_ = nullptr;
    ConversationHeader* header_ = nullptr;
    Composer* composer_ = nullptr;
    ProfilePanel* profile_ = nullptr;
    WorkspaceStatusBar* statusBar_ = nullptr;
    SearchPopup* search_ = nullptr;
    AssignMenu* assignMenu_ = nullptr;
    SnoozeMenu* snoozeMenu_ = nullptr;
    QToolButton* assignButton_ = nullptr;
    QToolButton* snoozeButton_ = nullptr;
    std::optional<store::InboxRow> current_;
    CollisionTracker* collisions_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QList<QAction*> callActions_; // listed with the workspace's in Keyboard shortcuts
    models::CallLog* callLog_ = nullptr;
    CallListDialog* callList_ = nullptr;
};

} // namespace switchboard::ui
