// Help → Keyboard shortcuts: every action of the window that has a shortcut, with it.
#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace switchboard::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace switchboard::ui
