#include "ui/WorkspaceActions.h"

#include <QAction>
#include <QWidget>

namespace switchboard::ui {

WorkspaceActions::WorkspaceActions(QWidget* window)
    : QObject(window)
    , window_(window)
{
    search = make(tr("&Search customers and messages…"), { QKeySequence(Qt::CTRL | Qt::Key_K) });
    addTag = make(tr("Add &tag"), { QKeySequence(Qt::CTRL | Qt::Key_T) });
    assignToMe = make(tr("Assign to &me"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) });
    assign = make(tr("&Assign…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) });
    resolve = make(tr("&Resolve"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) });
    markPending = make(tr("Mark &pending"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) });
    reopen = make(tr("Re&open"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) });
    snooze = make(tr("S&nooze…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    priorityLow = make(tr("Priority: low"), { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1) });
    priorityNormal = make(tr("Priority: normal"), { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2) });
    priorityHigh = make(tr("Priority: high"), { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3) });
    priorityUrgent = make(tr("Priority: urgent"), { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4) });
    reply = make(tr("&Reply"), { QKeySequence(Qt::CTRL | Qt::Key_R) });
    note = make(tr("Internal &note"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) });
    send = make(tr("Send"),
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    nextConversation = make(tr("Next conversation"), { QKeySequence(Qt::ALT | Qt::Key_Down) });
    previousConversation
        = make(tr("Previous conversation"), { QKeySequence(Qt::ALT | Qt::Key_Up) });
    focusViews = make(tr("Go to views"), { QKeySequence(Qt::CTRL | Qt::Key_1) });
    focusInbox = make(tr("Go to the inbox"), { QKeySequence(Qt::CTRL | Qt::Key_2) });
    focusTimeline = make(tr("Go to the timeline"), { QKeySequence(Qt::CTRL | Qt::Key_3) });
    focusProfile = make(tr("Go to the profile"), { QKeySequence(Qt::CTRL | Qt::Key_4) });
    jumpToDate = make(tr("&Jump to date…"), { QKeySequence(Qt::CTRL | Qt::Key_G) });
    darkTheme = make(tr("&Dark theme"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) });
    darkTheme->setCheckable(true);
    shortcuts = make(tr("&Keyboard shortcuts"),
        { QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash) });
}

QAction* WorkspaceActions::make(const QString& text, const QList<QKeySequence>& keys)
{
    auto* action = new QAction(text, window_);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    window_->addAction(action);
    all_.append(action);
    return action;
}

} // namespace switchboard::ui
