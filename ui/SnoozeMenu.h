// Snooze choices (an hour, tomorrow morning, Monday morning), with the times worked out
// when the menu opens, not when the window was made.
#pragma once

#include <QDateTime>
#include <QMenu>

namespace switchboard::ui {

class SnoozeMenu : public QMenu {
    Q_OBJECT
public:
    explicit SnoozeMenu(QWidget* parent = nullptr);

Q_SIGNALS:
    void snoozeRequested(const QDateTime& until);

private:
    void rebuild();
};

} // namespace switchboard::ui
