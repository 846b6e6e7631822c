// Every action of the agent workspace, with its translated text and keyboard shortcut,
// in one place: the menus, the header's buttons and Help → Keyboard shortcuts all list
// these same objects. What each does is wired by MainWindow.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace switchboard::ui {

class WorkspaceActions : public QObject {
    Q_OBJECT
public:
    // The actions are added to `window` so their shortcuts work anywhere in it.
    explicit WorkspaceActions(QWidget* window);

    QList<QAction*> all() const { return all_; }

    QAction* search = nullptr;
    QAction* addTag = nullptr;
    QAction* assignToMe = nullptr;
    QAction* assign = nullptr;
    QAction* resolve = nullptr;
    QAction* markPending = nullptr;
    QAction* reopen = nullptr;
    QAction* snooze = nullptr;
    QAction* priorityLow = nullptr;
    QAction* priorityNormal = nullptr;
    QAction* priorityHigh = nullptr;
    QAction* priorityUrgent = nullptr;
    QAction* reply = nullptr;
    QAction* note = nullptr;
    QAction* send = nullptr;
    QAction* nextConversation = nullptr;
    QAction* previousConversation = nullptr;
    QAction* focusViews = nullptr;
    QAction* focusInbox = nullptr;
    QAction* focusTimeline = nullptr;
    QAction* focusProfile = nullptr;
    QAction* jumpToDate = nullptr;
    QAction* darkTheme = nullptr;
    QAction* shortcuts = nullptr;

private:
    QAction* make(const QString& text, const QList<QKeySequence>& keys);

    QWidget* window_;
    QList<QAction*> all_;
};

} // namespace switchboard::ui
