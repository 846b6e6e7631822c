#include "ui/MainWindow.h"

#include "models/CallLog.h"
#include "models/DraftStore.h"
#include "models/Workspace.h"
#include "ui/AssignMenu.h"
#include "ui/CallListDialog.h"
#include "ui/CollisionTracker.h"
#include "ui/Composer.h"
#include "ui/ConversationHeader.h"
#include "ui/CustomerEditDialog.h"
#include "ui/InboxPane.h"
#include "ui/JumpToDateDialog.h"
#include "ui/ProfilePanel.h"
#include "ui/SearchPopup.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SnoozeMenu.h"
#include "ui/TagEditor.h"
#include "ui/TimelineDelegate.h"
#include "ui/ViewListDelegate.h"
#include "ui/WorkspaceActions.h"
#include "ui/WorkspacePalette.h"
#include "ui/WorkspaceStatusBar.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

using models::ConversationListModel;
using protocol::ConversationStatus;
using protocol::Priority;

namespace {

QListView* makeList(const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* list = new QListView(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setFrameShape(QFrame::NoFrame);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

} // namespace

MainWindow::MainWindow(models::Workspace& workspace, models::DraftStore& drafts, QWidget* parent)
    : QMainWindow(parent)
    , workspace_(workspace)
    , drafts_(drafts)
{
    setWindowTitle(tr("Switchboard"));
    actions_ = new WorkspaceActions(this);
    buildLayout();
    buildMenus();
    connectActions();
    auto& agents = workspace_.agents();
    collisions_
        = new CollisionTracker([&agents](const QString& id) { return agents.nameOf(id); }, this);
    connect(
        collisions_, &CollisionTracker::textChanged, header_, &ConversationHeader::showCollision);
    resize(1440, 900);
}

MainWindow::~MainWindow() = default;

QString MainWindow::currentConversationId() const
{
    return current_ ? current_->id : QString();
}

void MainWindow::buildLayout()
{
    views_ = makeList(u"viewList"_s, tr("Views"), this);
    views_->setModel(&workspace_.views());
    views_->setItemDelegate(new ViewListDelegate(views_));
    views_->setBackgroundRole(QPalette::Window);
    views_->setAutoFillBackground(true);

    inboxPane_ = new InboxPane(workspace_.inbox(), workspace_.tags(), this);
    inbox_ = inboxPane_->list();

    header_ = new ConversationHeader(workspace_.tags(), this);
    timeline_ = makeList(u"timelineView"_s, tr("Customer timeline"), this);
    timeline_->setModel(&workspace_.timeline());
    timeline_->setItemDelegate(new TimelineDelegate(timeline_));
    timeline_->setResizeMode(QListView::Adjust);
    timeline_->setSelectionMode(QAbstractItemView::SingleSelection);
    composer_ = new Composer(drafts_, this);

    auto* centre = new QWidget(this);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(header_);
    centreLayout->addWidget(timeline_, 1);
    centreLayout->addWidget(composer_);

    profile_ = new ProfilePanel(workspace_.profile(), this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"workspaceSplitter"_s);
    splitter->setHandleWidth(1);
    splitter->addWidget(views_);
    splitter->addWidget(inboxPane_);
    splitter->addWidget(centre);
    splitter->addWidget(profile_);
    // The side panes keep their width; the timeline takes what the window grows by.
    for (int i = 0; i < 4; ++i) {
        splitter->setCollapsible(i, false);
        splitter->setStretchFactor(i, i == 2 ? 1 : 0);
    }
    views_->setMinimumWidth(180);
    inboxPane_->setMinimumWidth(320);
    profile_->setMinimumWidth(260);
    splitter->setSizes({ 190, 350, 610, 290 });
    setCentralWidget(splitter);

    statusBar_ = new WorkspaceStatusBar(this);
    setStatusBar(statusBar_);
    search_ = new SearchPopup(workspace_.search(), this);
    assignMenu_ = new AssignMenu(workspace_.agents(), workspace_.views(), this);
    snoozeMenu_ = new SnoozeMenu(this);
}

void MainWindow::buildMenus()
{
    WorkspaceActions& a = *actions_;
    QMenu* conversation = menuBar()->addMenu(tr("&Conversation"));
    conversation->addActions({ a.reply, a.note, a.send });
    conversation->addSeparator();
    conversation->addActions({ a.addTag, a.assignToMe, a.assign });
    conversation->addSeparator();
    conversation->addActions({ a.resolve, a.markPending, a.reopen, a.snooze });
    QMenu* priority = conversation->addMenu(tr("&Priority"));
    priority->addActions({ a.priorityLow, a.priorityNormal, a.priorityHigh, a.priorityUrgent });
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions({ a.search, a.jumpToDate });
    view->addSeparator();
    view->addActions({ a.focusViews, a.focusInbox, a.focusTimeline, a.focusProfile,
        a.nextConversation, a.previousConversation });
    view->addSeparator();
    view->addAction(a.darkTheme);
    helpMenu_ = menuBar()->addMenu(tr("&Help"));
    helpMenu_->addAction(a.shortcuts);

    assignButton_ = header_->addActionButton(a.assign);
    header_->addActionButton(a.assignToMe);
    snoozeButton_ = header_->addActionButton(a.snooze);
    header_->addActionButton(a.resolve);
}

void MainWindow::connectActions()
{
    WorkspaceActions& a = *actions_;
    auto& commands = workspace_.commands();
    const auto onCurrent = [this](auto intent) {
        return [this, intent] {
            if (current_)
                intent(current_->id);
        };
    };
    connect(a.search, &QAction::triggered, this, [this] { search_->popUp(this); });
    connect(a.addTag, &QAction::triggered, header_->tagEditor(), &TagEditor::focusInput);
    connect(a.assignToMe, &QAction::triggered, this,
        onCurrent([&commands](const QString& id) { commands.assignToMe(id); }));
    connect(
        a.assign, &QAction::triggered, this, [this] { popUpUnder(assignMenu_, assignButton_); });
    connect(
        a.snooze, &QAction::triggered, this, [this] { popUpUnder(snoozeMenu_, snoozeButton_); });
    connect(a.resolve, &QAction::triggered, this, onCurrent([&commands](const QString& id) {
        commands.setStatus(id, ConversationStatus::Resolved);
    }));
    connect(a.markPending, &QAction::triggered, this, onCurrent([&commands](const QString& id) {
        commands.setStatus(id, ConversationStatus::Pending);
    }));
    connect(a.reopen, &QAction::triggered, this, onCurrent([&commands](const QString& id) {
        commands.setStatus(id, ConversationStatus::Open);
    }));
    const std::pair<QAction*, Priority> priorities[]
        = { { a.priorityLow, Priority::Low }, { a.priorityNormal, Priority::Normal },
              { a.priorityHigh, Priority::High }, { a.priorityUrgent, Priority::Urgent } };
    for (const auto& [action, priority] : priorities) {
        const Priority p = priority;
        connect(action, &QAction::triggered, this,
            onCurrent([&commands, p](const QString& id) { commands.setPriority(id, p); }));
    }
    connect(a.reply, &QAction::triggered, this, [this] {
        composer_->setNoteMode(false);
        composer_->focusEditor();
    });
    connect(a.note, &QAction::triggered, this, [this] {
        composer_->setNoteMode(true);
        composer_->focusEditor();
    });
    connect(a.send, &QAction::triggered, composer_, &Composer::send);
    connect(a.nextConversation, &QAction::triggered, this, [this] { moveInboxSelection(1); });
    connect(a.previousConversation, &QAction::triggered, this, [this] { moveInboxSelection(-1); });
    connect(a.focusViews, &QAction::triggered, this,
        [this] { views_->setFocus(Qt::ShortcutFocusReason); });
    connect(a.focusInbox, &QAction::triggered, this,
        [this] { inbox_->setFocus(Qt::ShortcutFocusReason); });
    connect(a.focusTimeline, &QAction::triggered, this,
        [this] { timeline_->setFocus(Qt::ShortcutFocusReason); });
    connect(a.focusProfile, &QAction::triggered, this,
        [this] { profile_->setFocus(Qt::ShortcutFocusReason); });
    connect(a.jumpToDate, &QAction::triggered, this, &MainWindow::jumpToDate);
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.darkTheme, &QAction::toggled, this, [](bool dark) {
        QApplication::setPalette(dark ? WorkspacePalette::dark() : WorkspacePalette::light());
    });

    // With several rows selected, a tag goes on all of them (bulk tagging).
    connect(header_->tagEditor(), &TagEditor::addRequested, this,
        [this, &commands](const QString& tag) {
            const QModelIndexList selected = inbox_->selectionModel()->selectedRows();
            if (selected.size() > 1) {
                for (const QModelIndex& index : selected)
                    commands.addTag(
                        index.data(ConversationListModel::ConversationIdRole).toString(), tag);
            } else if (current_) {
                commands.addTag(current_->id, tag);
            }
        });
    connect(header_->tagEditor(), &TagEditor::removeRequested, this,
        [this, &commands](const QString& tag) {
            if (current_)
                commands.removeTag(current_->id, tag);
        });
    connect(assignMenu_, &AssignMenu::assignToMeRequested, a.assignToMe, &QAction::trigger);
    connect(assignMenu_, &AssignMenu::assignToAgentRequested, this,
        [this, &commands](const QString& agent) {
            if (current_)
                commands.assignTo(current_->id, agent);
        });
    connect(assignMenu_, &AssignMenu::assignToQueueRequested, this,
        [this, &commands](const QString& queue) {
            if (current_)
                commands.assignToQueue(current_->id, queue);
        });
    connect(assignMenu_, &AssignMenu::unassignRequested, this,
        onCurrent([&commands](const QString& id) { commands.unassign(id); }));
    connect(composer_, &Composer::replyRequested, &commands, &models::WorkspaceCommands::reply);
    connect(composer_, &Composer::noteRequested, &commands, &models::WorkspaceCommands::addNote);
    connect(composer_, &Composer::typing, &commands, &models::WorkspaceCommands::signalTyping);
    connect(statusBar_, &WorkspaceStatusBar::presenceChangeRequested, &commands,
        &models::WorkspaceCommands::setPresence);
    connect(search_, &SearchPopup::customerChosen, this,
        [this](const QString& customerId, const QString& messageId) {
            workspace_.openCustomer(customerId);
            const int row = messageId.isEmpty() ? 0 : workspace_.timeline().rowOf(messageId);
            if (row >= 0 && row < workspace_.timeline().rowCount())
                timeline_->scrollTo(
                    workspace_.timeline().index(row), QAbstractItemView::PositionAtTop);
        });

    connect(views_->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& index) {
            workspace_.inbox().setView(
                workspace_.views().viewAt(index.row()), workspace_.currentAgent());
        });
    connect(inbox_->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& index) { openInboxRow(index.row()); });
    connect(&workspace_.inbox(), &QAbstractItemModel::dataChanged, this,
        &MainWindow::refreshCurrentRow);
    connect(profile_, &ProfilePanel::editRequested, this, &MainWindow::editCustomer);
    connect(
        snoozeMenu_, &SnoozeMenu::snoozeRequested, this, [this, &commands](const QDateTime& until) {
            if (current_)
                commands.snooze(current_->id, until);
        });
    connect(&workspace_.profile(), &models::CustomerProfile::changed, this, [this] {
        const auto& orders = workspace_.profile().orders();
        composer_->setCustomer(workspace_.profile().customer(),
            orders.isEmpty() ? std::nullopt : std::optional(orders.first()));
    });
}

void MainWindow::setCurrentAgent(const QString& agentId)
{
    workspace_.setCurrentAgent(agentId);
    assignMenu_->setCurrentAgent(agentId);
    collisions_->setSelf(agentId);
    const int row = workspace_.agents().rowOf(agentId);
    if (row >= 0) {
        statusBar_->setPresence(protocol::Presence(
            workspace_.agents().index(row).data(models::AgentListModel::PresenceRole).toInt()));
    }
    views_->setCurrentIndex(workspace_.views().index(0));
}

void MainWindow::setSyncState(SyncState state, int pendingCount)
{
    statusBar_->setSyncState(state, pendingCount);
}

void MainWindow::showRejectNotice(const QString& text)
{
    statusBar_->showRejectNotice(text);
}

void MainWindow::showLoadError(const QString& text)
{
    statusBar_->showLoadError(text);
}

void MainWindow::showSignal(const protocol::SignalFrame& signal)
{
    collisions_->add(signal);
}

void MainWindow::selectConversation(const QString& conversationId)
{
    const int row = workspace_.inbox().rowOf(conversationId);
    if (row >= 0)
        inbox_->setCurrentIndex(workspace_.inbox().index(row));
}

void MainWindow::openInboxRow(int row)
{
    const store::InboxRow* r = workspace_.inbox().rowAt(row);
    if (!r)
        return;
    current_ = *r;
    collisions_->setConversation(r->id);
    workspace_.openCustomer(r->customerId);
    header_->setConversation(current_, workspace_.agents().nameOf(r->assigneeId));
    composer_->setConversation(r->id, r->channel);
    workspace_.commands().signalViewing(r->id);
}

void MainWindow::refreshCurrentRow()
{
    if (!current_)
        return;
    const store::InboxRow* r = workspace_.inbox().rowAt(workspace_.inbox().rowOf(current_->id));
    if (!r || *r == *current_)
        return;
    current_ = *r;
    header_->setConversation(current_, workspace_.agents().nameOf(r->assigneeId));
}

void MainWindow::moveInboxSelection(int step)
{
    const int row
        = qBound(0, inbox_->currentIndex().row() + step, workspace_.inbox().rowCount() - 1);
    inbox_->setCurrentIndex(workspace_.inbox().index(row));
}

void MainWindow::popUpUnder(QMenu* menu, QToolButton* button)
{
    menu->popup(button->mapToGlobal(QPoint(0, button->height())));
}

void MainWindow::jumpToDate()
{
    JumpToDateDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int row = workspace_.timeline().rowForDate(dialog.date());
    if (row >= 0) {
        const QModelIndex index = workspace_.timeline().index(row);
        timeline_->setCurrentIndex(index);
        timeline_->scrollTo(index, QAbstractItemView::PositionAtTop);
    }
}

void MainWindow::editCustomer()
{
    const auto& customer = workspace_.profile().customer();
    if (!customer)
        return;
    CustomerEditDialog dialog(*customer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Made on the revision shown, so the server can tell a stale edit (conflict).
    workspace_.commands().updateCustomer(customer->id, dialog.changedFields(), customer->revision);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(actions_->all() + callActions_, this);
    dialog.exec();
}

void MainWindow::addCallControls(models::CallLog& log, QAction* accept, QAction* ringSound)
{
    callLog_ = &log;
    auto* callList = new QAction(tr("Call &list…"), this);
    callList->setObjectName(u"callListAction"_s);
    connect(callList, &QAction::triggered, this, &MainWindow::showCallList);
    QMenu* calls = new QMenu(tr("C&alls"), this);
    calls->addAction(accept);
    calls->addAction(callList);
    calls->addSeparator();
    calls->addAction(ringSound);
    menuBar()->insertMenu(helpMenu_->menuAction(), calls);
    addAction(accept); // an application shortcut needs a visible widget holding it
    callActions_ = { accept, callList, ringSound };
    lendShortcutsTo(accept);

    statusBar_->setMissedCalls(log.missedCount());
    connect(&log, &models::CallLog::missedCountChanged, statusBar_,
        &WorkspaceStatusBar::setMissedCalls);
    connect(statusBar_, &WorkspaceStatusBar::callListRequested, this, &MainWindow::showCallList);
}

// Two enabled shortcuts on one key cancel each other out (Qt calls them ambiguous and runs
// neither), so while `action` is enabled the window's actions on its keys give them up,
// and get them back when it is disabled.
void MainWindow::lendShortcutsTo(QAction* action)
{
    const QList<QKeySequence> keys = action->shortcuts();
    QList<std::pair<QAction*, QList<QKeySequence>>> lenders;
    for (QAction* own : actions_->all()) {
        const QList<QKeySequence> ownKeys = own->shortcuts();
        if (std::any_of(ownKeys.begin(), ownKeys.end(),
                [&keys](const QKeySequence& key) { return keys.contains(key); }))
            lenders.append({ own, ownKeys });
    }
    if (lenders.isEmpty())
        return;
    const auto apply = [keys, lenders](bool lent) {
        for (const auto& [own, ownKeys] : lenders) {
            QList<QKeySequence> kept = ownKeys;
            if (lent)
                kept.removeIf([&keys](const QKeySequence& key) { return keys.contains(key); });
            own->setShortcuts(kept);
        }
    };
    connect(action, &QAction::enabledChanged, this, apply);
    apply(action->isEnabled());
}

void MainWindow::showCallList()
{
    if (!callLog_)
        return;
    if (!callList_) {
        callList_ = new CallListDialog(*callLog_, this);
        connect(
            callList_, &CallListDialog::callbackRequested, this, &MainWindow::callbackRequested);
    }
    callList_->show();
    callList_->raise();
    callList_->activateWindow();
}

} // namespace switchboard::ui
